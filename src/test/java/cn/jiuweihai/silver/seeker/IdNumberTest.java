package cn.jiuweihai.silver.seeker;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jiuweihai.silver.common.Problem;
import cn.jiuweihai.silver.common.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check characters in these numbers were computed independently of the code (GB 11643). */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void readsBirthDateAndSexFromValidNumber() {
        IdNumber id = IdNumber.parse("371082195807150037", TODAY);

        assertEquals("371082195807150037", id.value());
        assertEquals(LocalDate.of(1958, 7, 15), id.birthDate());
        assertEquals(Sex.MALE, id.sex());
    }

    @Test
    void acceptsStandardExampleEndingInX() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);

        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
    }

    @Test
    void acceptsLowercaseXAndStoresUppercase() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x", TODAY).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "３７１０８２１９５８０７１５００３７",
        "371082 19580715 0037",
        "  3710 8219 5807 1500 37  ",
        "３７１０８２\u3000１９５８０７１５\u3000００３７",
        "371082\u00a0195807150037"})
    void acceptsFullWidthDigitsAndSpaces(String typed) {
        assertEquals("371082195807150037", IdNumber.parse(typed, TODAY).value());
    }

    @Test
    void acceptsFullWidthLowercaseX() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002ｘ", TODAY).value());
    }

    @Test
    void convertsLegacyFifteenDigitNumberToTheSamePersonsEighteenDigitNumber() {
        IdNumber legacy = IdNumber.parse("371002650301123", TODAY);
        IdNumber current = IdNumber.parse("371002196503011233", TODAY);

        assertEquals("371002196503011233", legacy.value());
        assertEquals(current, legacy);
        assertEquals(LocalDate.of(1965, 3, 1), legacy.birthDate());
        assertEquals(Sex.MALE, legacy.sex());
    }

    @Test
    void rejectsWrongCheckCharacter() {
        ProblemException e = refused("371082195807150038");

        assertThat(e.toProblem().detail(), containsString("校验位"));
    }

    @Test
    void rejectsXWhereTheCheckDigitIsANumber() {
        refused("37108219580715003X");
    }

    @Test
    void rejectsIdNumberWithImpossibleBirthDateEvenWhenChecksumPasses() {
        // 1967 is not a leap year; the check character 1 is right for these 17 digits.
        ProblemException e = refused("371002196702291231");

        assertThat(e.toProblem().detail(), containsString("出生日期"));
    }

    @Test
    void acceptsTwentyNinthOfFebruaryInLeapYear() {
        assertEquals(LocalDate.of(1960, 2, 29), IdNumber.parse("371002196002291230", TODAY).birthDate());
    }

    @Test
    void rejectsBirthDateInTheFuture() {
        ProblemException e = refused("371002203001011236");

        assertThat(e.toProblem().detail(), containsString("出生日期"));
    }

    @Test
    void rejectsBirthDateBefore1900() {
        ProblemException e = refused("371002189912311231");

        assertThat(e.toProblem().detail(), containsString("出生日期"));
    }

    @Test
    void acceptsSomeoneBornToday() {
        assertEquals(TODAY, IdNumber.parse("371002202606011234", TODAY).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "37108219580715003", "3710821958071500377", "37108219580715003A",
        "37100265030112", "37100265030112X"})
    void rejectsWrongLengthOrCharacters(String typed) {
        ProblemException e = refused(typed);

        assertThat(e.toProblem().detail(), containsString("18位"));
    }

    @Test
    void rejectsMissingNumber() {
        refused(null);
    }

    @Test
    void personBornOnTwentyNinthOfFebruaryIsStillYoungerTheDayBeforeFirstOfMarch() {
        IdNumber id = IdNumber.parse("371002196002291230", TODAY);

        assertEquals(62, id.ageOn(LocalDate.of(2023, 2, 28)));
    }

    @Test
    void personBornOnTwentyNinthOfFebruaryTurnsOlderOnFirstOfMarchInCommonYear() {
        IdNumber id = IdNumber.parse("371002196002291230", TODAY);

        assertEquals(63, id.ageOn(LocalDate.of(2023, 3, 1)));
    }

    @Test
    void personBornOnTwentyNinthOfFebruaryTurnsOlderOnTheDayInLeapYear() {
        IdNumber id = IdNumber.parse("371002196002291230", TODAY);

        assertEquals(63, id.ageOn(LocalDate.of(2024, 2, 28)));
        assertEquals(64, id.ageOn(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void ageCountsWholeYearsOnly() {
        IdNumber id = IdNumber.parse("371082195807150037", TODAY);

        assertEquals(67, id.ageOn(LocalDate.of(2026, 7, 14)));
        assertEquals(68, id.ageOn(LocalDate.of(2026, 7, 15)));
    }

    @Test
    void seventeenthDigitOddMeansMaleEvenMeansFemale() {
        assertEquals(Sex.MALE, IdNumber.parse("371002196002291230", TODAY).sex());
        assertEquals(Sex.FEMALE, IdNumber.parse("371002196003011229", TODAY).sex());
    }

    private static ProblemException refused(String typed) {
        ProblemException e = assertThrows(ProblemException.class, () -> IdNumber.parse(typed, TODAY));
        Problem problem = e.toProblem();
        assertEquals(400, problem.status());
        assertEquals("SEEKER_ID_NUMBER_INVALID", problem.code());
        assertEquals(List.of(new Problem.Violation("idNumber", problem.detail())), problem.violations());
        return e;
    }
}
