package cn.jiuweihai.silver.testing;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.employer.CreditCode;
import cn.jiuweihai.silver.seeker.IdNumber;
import cn.jiuweihai.silver.seeker.Sex;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up personal and organisation numbers that pass their checksums (ID numbers GB 11643,
 * credit codes GB 32100), different on every call so tests never collide on a unique key.
 */
public final class TestData {

    /** 环翠区, a real Weihai area code, so the numbers look like local residents'. */
    public static final String AREA = "371002";

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(RANDOM.nextInt(1000));

    private TestData() {
    }

    /** An ID number of a person born on {@code birth}, with the given sex. */
    public static String idNumber(LocalDate birth, Sex sex) {
        int order = SEQUENCE.getAndIncrement() % 500 * 2 + (sex == Sex.MALE ? 1 : 0);
        return IdNumber.complete(AREA + birth.format(BASIC_DATE) + String.format("%03d", order));
    }

    /** A woman's ID number of someone who is exactly {@code years} old today in Weihai. */
    public static String idNumberAged(int years) {
        return idNumber(birthDateAged(years), Sex.FEMALE);
    }

    /** A birth date that makes someone {@code years} old today, their birthday a few days or weeks ago. */
    public static LocalDate birthDateAged(int years) {
        return Dates.today().minusYears(years).minusDays(1 + SEQUENCE.getAndIncrement() % 200);
    }

    /** An ID number born on {@code birth}, of the given sex, whose check character is X. */
    public static String idNumberEndingInX(LocalDate birth, Sex sex) {
        int start = SEQUENCE.getAndIncrement() % 500 * 2 + (sex == Sex.MALE ? 1 : 0);
        for (int step = 0; step < 1000; step += 2) {
            int order = (start + step) % 1000;
            String id = IdNumber.complete(AREA + birth.format(BASIC_DATE) + String.format("%03d", order));
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no order code gives X for " + birth);
    }

    /** The 15-digit legacy form (no century, no check character) of an 18-digit number of the 1900s. */
    public static String legacyForm(String idNumber) {
        if (!idNumber.startsWith("19", 6)) {
            throw new IllegalArgumentException("only people born in the 1900s have a 15-digit number");
        }
        return idNumber.substring(0, 6) + idNumber.substring(8, 17);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckCharacter(String idNumber) {
        char wrong = idNumber.charAt(17) == '0' ? '1' : '0';
        return idNumber.substring(0, 17) + wrong;
    }

    /** Seventeen digits made complete with their check character, whatever the date in them says. */
    public static String idNumberWithDate(String yyyymmdd) {
        return IdNumber.complete(AREA + yyyymmdd + String.format("%03d", SEQUENCE.getAndIncrement() % 1000));
    }

    /** A new unified social credit code of an enterprise registered in 环翠区. */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91" + AREA + "MA");
        for (int i = 0; i < 7; i++) {
            first17.append(CREDIT_ALPHABET.charAt(RANDOM.nextInt(CREDIT_ALPHABET.length())));
        }
        return CreditCode.complete(first17.toString());
    }

    /** A new mainland mobile number. */
    public static String phone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** A word found nowhere else, to find exactly the rows a test made (letters only, no LIKE wildcards). */
    public static String marker() {
        StringBuilder word = new StringBuilder("QX");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** The text as typed on a full-width keyboard: ASCII letters and digits become their full-width forms. */
    public static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
