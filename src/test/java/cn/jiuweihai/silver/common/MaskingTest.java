package cn.jiuweihai.silver.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumberShowsOnlyFirstFourAndLastFour() {
        assertEquals("3710**********0037", Masking.idNumber("371082195807150037"));
    }

    @Test
    void idNumberMaskHidesTheBirthDate() {
        String masked = Masking.idNumber("371082195807150037");

        assertEquals(18, masked.length());
        assertEquals(-1, masked.indexOf("19580715"));
    }

    @Test
    void idNumberEndingInXKeepsTheX() {
        assertEquals("1101**********002X", Masking.idNumber("11010519491231002X"));
    }

    @Test
    void phoneShowsOnlyFirstThreeAndLastFour() {
        assertEquals("138****5678", Masking.phone("13812345678"));
    }
}
