package cn.jiuweihai.silver.employer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jiuweihai.silver.common.Problem;
import cn.jiuweihai.silver.common.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Published codes of real companies, plus codes whose check character was computed by hand. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726XG", "914403001922038216", "91330100716105852F"})
    void acceptsPublishedCodes(String code) {
        assertEquals(code, CreditCode.normalize(code));
    }

    @Test
    void acceptsCodeWhoseCheckCharacterIsZeroFromRemainderZero() {
        assertEquals("913710006700000040", CreditCode.normalize("913710006700000040"));
    }

    @Test
    void normalisesLowercaseToUppercase() {
        assertEquals("9144030071526726XG", CreditCode.normalize("9144030071526726xg"));
    }

    @Test
    void normalisesFullWidthCharactersAndSpaces() {
        assertEquals("9144030071526726XG", CreditCode.normalize(" ９１４４０３００ ７１５２６７２６ＸＧ "));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void refusesLettersTheCodeNeverUsesAndNamesThem(char letter) {
        String code = "91440300715267" + letter + "6XG";

        ProblemException e = refused(code);

        assertThat(e.toProblem().detail(), containsString("I、O、S、V、Z"));
        assertThat(e.toProblem().detail(), containsString("“" + letter + "”"));
    }

    @Test
    void refusesLowercaseForbiddenLetterAfterFoldingIt() {
        ProblemException e = refused("91440300715267o6XG");

        assertThat(e.toProblem().detail(), containsString("“O”"));
    }

    @Test
    void refusesWrongCheckCharacter() {
        ProblemException e = refused("9144030071526726XH");

        assertThat(e.toProblem().detail(), containsString("校验码"));
    }

    @Test
    void refusesSwappedCharacters() {
        refused("9144030017526726XG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9144030071526726X", "9144030071526726XGG", "440300715267267"})
    void refusesWrongLength(String code) {
        ProblemException e = refused(code);

        assertThat(e.toProblem().detail(), containsString("18位"));
    }

    @Test
    void refusesMissingCode() {
        refused(null);
    }

    private static ProblemException refused(String code) {
        ProblemException e = assertThrows(ProblemException.class, () -> CreditCode.normalize(code));
        Problem problem = e.toProblem();
        assertEquals(400, problem.status());
        assertEquals("EMPLOYER_CREDIT_CODE_INVALID", problem.code());
        assertEquals(List.of(new Problem.Violation("creditCode", problem.detail())), problem.violations());
        return e;
    }
}
