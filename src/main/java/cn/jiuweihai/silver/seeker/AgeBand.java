package cn.jiuweihai.silver.seeker;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age bands of the talent pool statistics. Bounds are whole years as {@link Period} counts them,
 * so a band becomes a range of birth dates that an index can serve.
 */
public enum AgeBand {
    UNDER_50("50岁以下", 0, 49), FROM_50_TO_54("50至54岁", 50, 54), FROM_55_TO_59("55至59岁", 55, 59),
    FROM_60_TO_64("60至64岁", 60, 64), FROM_65_TO_69("65至69岁", 65, 69), FROM_70("70岁及以上", 70, 200);

    public final String label;
    private final int youngest;
    private final int oldest;

    AgeBand(String label, int youngest, int oldest) {
        this.label = label;
        this.youngest = youngest;
        this.oldest = oldest;
    }

    /** The band of someone born on {@code birthDate}, on {@code today}. */
    public static AgeBand of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        for (AgeBand band : values()) {
            if (age <= band.oldest) {
                return band;
            }
        }
        return FROM_70;
    }

    /** The latest birth date in the band: people born on or before it are old enough. */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(youngest);
    }

    /** The earliest birth date is after this day: people born on or before it are too old. */
    public LocalDate bornAfter(LocalDate today) {
        return today.minusYears(oldest + 1L);
    }
}
