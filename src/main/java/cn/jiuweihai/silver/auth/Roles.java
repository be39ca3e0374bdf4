package cn.jiuweihai.silver.auth;

/** Token groups. Seeker and employer capabilities are checked against the database instead. */
public final class Roles {

    /** Anyone who logged in through WeChat. */
    public static final String USER = "user";
    /** Bureau staff. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
