package cn.jiuweihai.silver.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "13812345678",
        "１３８１２３４５６７８",
        "138 1234 5678",
        "138\u30001234\u30005678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "＋８６１３８１２３４５６７８",
        "0086 13812345678",
        "8613812345678",
        " 13812345678\n"})
    void acceptsMobileNumberAsPeopleTypeIt(String typed) {
        assertEquals("13812345678", PhoneNumber.normalize(typed, "phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "19912345678", "16612345678"})
    void acceptsEveryMobilePrefixFrom13To19(String typed) {
        assertEquals(typed, PhoneNumber.normalize(typed, "phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "1381234567", "138123456789", "12812345678", "23812345678", "0631-5201234",
        "+85 13812345678", "+8613812345678999", "138abcd5678", "１３８１２３４５６７"})
    void refusesWhatIsNotAMainlandMobileNumber(String typed) {
        ProblemException e = assertThrows(ProblemException.class, () -> PhoneNumber.normalize(typed, "phone"));

        assertEquals("PHONE_INVALID", e.code());
        assertEquals(400, e.status());
    }

    @Test
    void refusesMissingNumber() {
        ProblemException e = assertThrows(ProblemException.class, () -> PhoneNumber.normalize(null, "phone"));

        assertEquals("PHONE_INVALID", e.code());
    }

    @Test
    void refusalNamesTheFieldItWasGivenAndSaysWhatToType() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PhoneNumber.normalize("12345", "contactPhone"));

        Problem problem = e.toProblem();
        assertEquals(List.of(new Problem.Violation("contactPhone", "请填写11位手机号码，例如 138 1234 5678")),
                problem.violations());
    }
}
