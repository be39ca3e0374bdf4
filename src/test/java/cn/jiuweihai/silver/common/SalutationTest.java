package cn.jiuweihai.silver.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Surname and title, never the full name. */
class SalutationTest {

    @Test
    void womanIsNamedBySurnameAndNvShi() {
        assertEquals("王女士", Salutation.of("王秀兰", true));
    }

    @Test
    void manIsNamedBySurnameAndXianSheng() {
        assertEquals("李先生", Salutation.of(" 李建国 ", false));
    }

    @Test
    void compoundSurnameIsKeptWhole() {
        assertEquals("欧阳先生", Salutation.of("欧阳明", false));
    }

    @Test
    void oneCharacterNameStillGivesASurname() {
        assertEquals("欧女士", Salutation.of("欧", true));
    }
}
