package cn.jiuweihai.silver.common;

/** Path ids arrive as text (validated by pattern {@link #PATTERN}) and are read here. */
public final class Ids {

    /** The shape every numeric id in a path must have. */
    public static final String PATTERN = "^[1-9][0-9]{0,17}$";
    public static final String MESSAGE = "编号应为正整数";

    private Ids() {
    }

    public static long parse(String raw) {
        return Long.parseLong(raw);
    }
}
