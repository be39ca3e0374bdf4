package cn.jiuweihai.silver.wechat;

import java.util.Locale;

/** Reads msgSecCheck's {@code result.suggest}; anything it does not know is left for a person. */
final class TextVerdicts {

    private TextVerdicts() {
    }

    static TextVerdict of(String suggest) {
        if (suggest == null) {
            return TextVerdict.UNVERIFIED;
        }
        return switch (suggest.toLowerCase(Locale.ROOT)) {
            case "pass" -> TextVerdict.PASS;
            case "review" -> TextVerdict.REVIEW;
            case "risky" -> TextVerdict.RISKY;
            default -> TextVerdict.UNVERIFIED;
        };
    }
}
