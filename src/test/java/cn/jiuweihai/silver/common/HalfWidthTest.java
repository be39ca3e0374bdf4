package cn.jiuweihai.silver.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HalfWidthTest {

    @Test
    void foldsFullWidthDigitsToAscii() {
        assertEquals("0123456789", HalfWidth.compact("０１２３４５６７８９"));
    }

    @Test
    void foldsFullWidthLettersKeepingTheirCase() {
        assertEquals("AZaz", HalfWidth.compact("ＡＺａｚ"));
    }

    @Test
    void foldsFullWidthPunctuation() {
        assertEquals("+(-)", HalfWidth.compact("＋（－）"));
    }

    @Test
    void dropsAsciiIdeographicAndNoBreakSpacesTabsAndNewlines() {
        assertEquals("138123", HalfWidth.compact(" 1\u30003\u00a08\t1\n2\r3 "));
    }

    @Test
    void keepsChineseCharactersAndAsciiAsTheyAre() {
        assertEquals("威海市环翠区abc-1", HalfWidth.compact("威海市 环翠区 abc-1"));
    }

    @Test
    void leavesNothingOfBlankText() {
        assertEquals("", HalfWidth.compact(" \u3000\u00a0"));
    }
}
