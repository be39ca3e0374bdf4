package cn.jiuweihai.silver.common;

/** Forgiving input: full-width letters and digits become ASCII, and every kind of space goes. */
public final class HalfWidth {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private HalfWidth() {
    }

    /** Folds full-width forms to ASCII and drops spaces (ASCII, ideographic and no-break). */
    public static String compact(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                out.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
