package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.HalfWidth;
import cn.jiuweihai.silver.common.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * A resident identity card number (居民身份证号码, GB 11643). Parsing is forgiving about how it
 * is typed (full-width characters, spaces, a lowercase x) and strict about what it says: the
 * check character must match and the birth date must be a real day that has already come.
 * The 15-digit legacy form is converted to the 18-digit form, so both are the same person.
 */
public record IdNumber(String value, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();
    private static final Pattern LONG_FORM = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern LEGACY_FORM = Pattern.compile("[0-9]{15}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String FIELD = "idNumber";

    /** Reads an ID number as a person typed it; {@code today} bounds the birth date. */
    public static IdNumber parse(String raw, LocalDate today) {
        String compact = raw == null ? "" : HalfWidth.compact(raw).toUpperCase();
        String full = LEGACY_FORM.matcher(compact).matches() ? fromLegacy(compact) : compact;
        if (!LONG_FORM.matcher(full).matches()) {
            throw invalid("身份证号码应为18位（最后一位可以是X），请核对后重新填写");
        }
        if (checkChar(full) != full.charAt(17)) {
            throw invalid("身份证号码校验位不正确，请核对每一位数字");
        }
        LocalDate birth = birthDate(full, today);
        Sex sex = (full.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new IdNumber(full, birth, sex);
    }

    /** Whole years of age on {@code today}; someone born on 29 February ages on 1 March. */
    public int ageOn(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** The full 18-digit number for seventeen digits: they followed by their check character. */
    public static String complete(String first17) {
        return first17 + checkChar(first17);
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static String fromLegacy(String legacy) {
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return first17 + checkChar(first17);
    }

    private static LocalDate birthDate(String full, LocalDate today) {
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(full.substring(6, 10)),
                    Integer.parseInt(full.substring(10, 12)), Integer.parseInt(full.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("身份证号码中的出生日期不存在，请核对第7到14位");
        }
        if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            throw invalid("身份证号码中的出生日期不正确，请核对第7到14位");
        }
        return birth;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalidField("SEEKER_ID_NUMBER_INVALID", FIELD, message);
    }
}
