package cn.jiuweihai.silver.common;

import java.util.regex.Pattern;

/** Mainland mobile numbers, accepted with full-width digits, spaces, dashes or a +86 prefix. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PhoneNumber() {
    }

    /**
     * Returns the eleven-digit number.
     *
     * @throws ProblemException naming {@code field} when the text is not a mainland mobile number
     */
    public static String normalize(String raw, String field) {
        String compact = raw == null ? "" : HalfWidth.compact(raw).replace("-", "");
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("0086")) {
            compact = compact.substring(4);
        } else if (compact.length() == 13 && compact.startsWith("86")) {
            compact = compact.substring(2);
        }
        if (!MOBILE.matcher(compact).matches()) {
            throw ProblemException.invalidField("PHONE_INVALID", field, "请填写11位手机号码，例如 138 1234 5678");
        }
        return compact;
    }
}
