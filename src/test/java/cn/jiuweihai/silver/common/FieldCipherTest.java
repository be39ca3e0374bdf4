package cn.jiuweihai.silver.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String OLD_KEY = "t0:vo0SLkxa+Cl9o3cTcwn6eaZOKB9A26dR/ojdk8F4h2w=";
    private static final String NEW_KEY = "t1:mxCxd8YhVB3FUt8kwOPHPybswEa640EHhBG6EwmhffQ=";
    private static final String HASH_KEY = "5y5XbRB9rrglELddfF1oitHelu4XmumIxzCJxNgWBCs=";
    private static final String OTHER_HASH_KEY = "7Tjc1cdz0Zb8e8WmVq7XJm3+UGKJHzO2sVYeYXE8h0M=";
    private static final String ID_NUMBER = "371082195807150037";

    @Test
    void decryptsWhatItEncrypted() {
        FieldCipher cipher = cipher(NEW_KEY + "," + OLD_KEY, HASH_KEY);

        assertEquals(ID_NUMBER, cipher.decrypt(cipher.encrypt(ID_NUMBER)));
        assertEquals("张三丰 👵 13812345678", cipher.decrypt(cipher.encrypt("张三丰 👵 13812345678")));
    }

    @Test
    void storedTextRevealsNeitherTheValueNorAnyPartOfIt() {
        String stored = cipher(NEW_KEY, HASH_KEY).encrypt(ID_NUMBER);

        assertFalse(stored.contains(ID_NUMBER));
        assertFalse(stored.contains("19580715"));
        assertFalse(stored.contains("0037"));
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        FieldCipher cipher = cipher(NEW_KEY, HASH_KEY);

        assertNotEquals(cipher.encrypt(ID_NUMBER), cipher.encrypt(ID_NUMBER));
    }

    @Test
    void encryptsWithTheFirstConfiguredKey() {
        assertTrue(cipher(NEW_KEY + "," + OLD_KEY, HASH_KEY).encrypt(ID_NUMBER).startsWith("t1:"));
    }

    @Test
    void encryptedIdNumberFitsItsColumn() {
        // seeker.id_number_cipher and phone_cipher are VARCHAR(160).
        assertTrue(cipher(NEW_KEY, HASH_KEY).encrypt(ID_NUMBER).length() <= 160);
    }

    @Test
    void stillDecryptsTextEncryptedUnderARetiredKeyAfterRotation() {
        String underOldKey = cipher(OLD_KEY, HASH_KEY).encrypt(ID_NUMBER);

        FieldCipher rotated = cipher(NEW_KEY + "," + OLD_KEY, HASH_KEY);

        assertTrue(underOldKey.startsWith("t0:"));
        assertEquals(ID_NUMBER, rotated.decrypt(underOldKey));
        assertTrue(rotated.encrypt(ID_NUMBER).startsWith("t1:"));
    }

    @Test
    void refusesTextUnderAKeyNoLongerConfigured() {
        String underOldKey = cipher(OLD_KEY, HASH_KEY).encrypt(ID_NUMBER);

        FieldCipher withoutOldKey = cipher(NEW_KEY, HASH_KEY);

        assertThrows(IllegalStateException.class, () -> withoutOldKey.decrypt(underOldKey));
    }

    @Test
    void refusesTamperedText() {
        FieldCipher cipher = cipher(NEW_KEY, HASH_KEY);
        String stored = cipher.encrypt(ID_NUMBER);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(3));
        sealed[sealed.length - 20] ^= 1;
        String tampered = "t1:" + Base64.getEncoder().encodeToString(sealed);

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
    }

    @Test
    void refusesTextRelabelledWithAnotherKeyId() {
        FieldCipher cipher = cipher(NEW_KEY + "," + OLD_KEY, HASH_KEY);
        String relabelled = "t0:" + cipher.encrypt(ID_NUMBER).substring(3);

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(relabelled));
    }

    @Test
    void lookupHashIsStableAcrossInstancesAndKeyRotation() {
        String before = cipher(OLD_KEY, HASH_KEY).lookupHash(ID_NUMBER);
        String after = cipher(NEW_KEY + "," + OLD_KEY, HASH_KEY).lookupHash(ID_NUMBER);

        assertEquals(before, after);
        assertTrue(before.matches("[0-9a-f]{64}"), "fits the CHAR(64) hash columns");
    }

    @Test
    void lookupHashTellsDifferentValuesApart() {
        FieldCipher cipher = cipher(NEW_KEY, HASH_KEY);

        assertNotEquals(cipher.lookupHash("13812345678"), cipher.lookupHash("13812345679"));
    }

    @Test
    void lookupHashDependsOnTheSecretKeySoItCannotBeRecomputedWithoutIt() {
        assertNotEquals(cipher(NEW_KEY, HASH_KEY).lookupHash(ID_NUMBER),
                cipher(NEW_KEY, OTHER_HASH_KEY).lookupHash(ID_NUMBER));
    }

    private static FieldCipher cipher(String keys, String hashKey) {
        return new FieldCipher(new FieldCipher.Keys() {
            @Override
            public String keys() {
                return keys;
            }

            @Override
            public String hashKey() {
                return hashKey;
            }
        });
    }
}
