package cn.jiuweihai.silver.testing;

import cn.jiuweihai.silver.seeker.IdNumber;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Fresh, valid personal data for tests: ID numbers with computed check characters, mobile numbers. */
public final class People {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private People() {
    }

    /** An 18-digit ID number of a woman (even 17th digit) born on {@code birth}, from Huancui. */
    public static String idNumber(LocalDate birth) {
        int sequence = RANDOM.nextInt(500) * 2;
        return IdNumber.complete("371002" + birth.format(BASIC) + String.format("%03d", sequence));
    }

    /** An ID number of someone {@code age} today (Asia/Shanghai), born some days after their birthday. */
    public static String idNumberAged(int age) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return idNumber(today.minusYears(age).minusDays(1 + RANDOM.nextInt(300)));
    }

    /** A mainland mobile number. */
    public static String phone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
