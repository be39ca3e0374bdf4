package cn.jiuweihai.silver.testing;

/** Accounts the test profile creates at start-up (see src/test/resources/application.properties). */
public final class TestAccounts {

    /** The city-wide staff account created from {@code silver.admin.bootstrap.*}. */
    public static final String ADMIN_USERNAME = "city-admin";
    /** The password whose bcrypt hash is configured for {@link #ADMIN_USERNAME}. */
    public static final String ADMIN_PASSWORD = "Weihai-admin-2026!";

    private TestAccounts() {
    }
}
