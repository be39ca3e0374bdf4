package cn.jiuweihai.silver.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar days are Weihai's: ages and expiry dates are reckoned in Asia/Shanghai. */
public final class Dates {

    public static final ZoneId WEIHAI = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(WEIHAI);
    }
}
