package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.common.HalfWidth;
import cn.jiuweihai.silver.common.ProblemException;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100): eighteen
 * characters over a 31-character alphabet that leaves out I, O, S, V and Z, the last one a
 * check character. Input is folded to upper case ASCII before it is checked.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final String FIELD = "creditCode";

    private CreditCode() {
    }

    /** Returns the normalised code, or refuses it with a message that says what is wrong. */
    public static String normalize(String raw) {
        String code = raw == null ? "" : HalfWidth.compact(raw).toUpperCase();
        if (code.length() != LENGTH) {
            throw invalid("统一社会信用代码应为18位，请对照营业执照核对");
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw invalid("统一社会信用代码中不会出现字母 I、O、S、V、Z 或其他符号，请核对“" + c + "”");
            }
        }
        if (checkChar(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            throw invalid("统一社会信用代码最后一位校验码不正确，请对照营业执照核对");
        }
        return code;
    }

    /** The full code for seventeen characters: they followed by their check character. */
    public static String complete(String first17) {
        return first17 + checkChar(first17);
    }

    /** The check character for the first seventeen characters; a remainder of zero gives '0'. */
    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalidField("EMPLOYER_CREDIT_CODE_INVALID", FIELD, message);
    }
}
