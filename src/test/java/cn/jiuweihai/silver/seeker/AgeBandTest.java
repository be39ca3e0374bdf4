package cn.jiuweihai.silver.seeker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void birthDateRangeOfEveryBandAgreesWithPeriodOnEveryDayOfALeapAndACommonYear() {
        LocalDate birth = LocalDate.of(1940, 1, 1);
        for (LocalDate today = LocalDate.of(2027, 12, 1); today.isBefore(LocalDate.of(2029, 3, 10));
                today = today.plusDays(7)) {
            for (LocalDate b = birth; b.isBefore(LocalDate.of(1982, 1, 1)); b = b.plusDays(13)) {
                assertBandAgrees(b, today);
            }
        }
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryEntersTheNextBandOnTheFirstOfMarchInACommonYear() {
        LocalDate birth = LocalDate.of(1972, 2, 29);

        assertEquals(AgeBand.FROM_50_TO_54, AgeBand.of(birth, LocalDate.of(2027, 2, 28)));
        assertEquals(AgeBand.FROM_55_TO_59, AgeBand.of(birth, LocalDate.of(2027, 3, 1)));
        assertBandAgrees(birth, LocalDate.of(2027, 2, 28));
        assertBandAgrees(birth, LocalDate.of(2027, 3, 1));
    }

    @Test
    void bandsCoverEveryAge() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertEquals(AgeBand.UNDER_50, AgeBand.of(today.minusYears(30), today));
        assertEquals(AgeBand.FROM_70, AgeBand.of(today.minusYears(99), today));
        assertEquals(AgeBand.FROM_65_TO_69, AgeBand.of(today.minusYears(70).plusDays(1), today));
        assertEquals(AgeBand.FROM_70, AgeBand.of(today.minusYears(70), today));
    }

    private static void assertBandAgrees(LocalDate birth, LocalDate today) {
        AgeBand band = AgeBand.of(birth, today);
        boolean inRange = !birth.isAfter(band.bornOnOrBefore(today)) && birth.isAfter(band.bornAfter(today));
        assertEquals(true, inRange, "born " + birth + ", age " + Period.between(birth, today).getYears() + " on "
                + today + " is " + band);
    }
}
