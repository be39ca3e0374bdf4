package cn.jiuweihai.silver.common;

/** Masks personal numbers for every reader but their owner. */
public final class Masking {

    private Masking() {
    }

    /** 370102199001011234 → 3701**********1234. */
    public static String idNumber(String value) {
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String value) {
        return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }
}
