package cn.jiuweihai.silver.seeker;

import static cn.jiuweihai.silver.testing.Api.newUser;
import static cn.jiuweihai.silver.testing.Api.registerSeeker;
import static cn.jiuweihai.silver.testing.Api.seekerRegistration;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.LogCapture;
import cn.jiuweihai.silver.testing.Sql;
import cn.jiuweihai.silver.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ID and phone numbers are encrypted at rest and never written to the log. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class SeekerDataProtectionTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void idAndPhoneNumbersAppearInNoColumnOfTheStoredRegistration() {
        String idNumber = TestData.idNumber(TestData.birthDateAged(62), Sex.FEMALE);
        String phone = TestData.phone();
        long seekerId = registerSeeker(newUser(weChat), seekerRegistration(idNumber, phone))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, String> row = Sql.rows(db, "select * from seeker where id = ?", seekerId).get(0);

        List<String> secrets = List.of(idNumber, TestData.legacyForm(idNumber), idNumber.substring(6, 17), phone,
                phone.substring(3));
        assertAll(row.entrySet().stream().filter(column -> column.getValue() != null)
                .flatMap(column -> secrets.stream().map(secret -> () -> assertFalse(
                        column.getValue().contains(secret), column.getKey() + " holds " + secret + " in clear"))));
    }

    @Test
    void idNumberLookupHashIsKeyedAndNotAPlainDigest() {
        String idNumber = TestData.idNumberAged(62);
        long seekerId = registerSeeker(newUser(weChat), seekerRegistration(idNumber, TestData.phone()))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String hash = Sql.value(db, "select id_number_hash from seeker where id = ?", seekerId);

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertNotEquals(sha256(idNumber), hash, "anyone could recompute an unkeyed digest of every ID number");
    }

    @Test
    void samePhoneIsEncryptedDifferentlyButHashedAlike() {
        String phone = TestData.phone();
        long first = registerSeeker(newUser(weChat), seekerRegistration(TestData.idNumberAged(60), phone))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long second = registerSeeker(newUser(weChat), seekerRegistration(TestData.idNumberAged(61), phone))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        String query = "select phone_cipher, phone_hash from seeker where id = ?";
        Map<String, String> one = Sql.rows(db, query, first).get(0);
        Map<String, String> other = Sql.rows(db, query, second).get(0);

        assertNotEquals(one.get("phone_cipher"), other.get("phone_cipher"), "a fresh IV for every value");
        assertEquals(one.get("phone_hash"), other.get("phone_hash"), "the lookup hash finds equal values");
    }

    @Test
    void registrationLogsNeitherTheIdNumberNorThePhoneNorTheOpenid() {
        String idNumber = TestData.idNumber(TestData.birthDateAged(65), Sex.MALE);
        String phone = TestData.phone();
        String newPhone = TestData.phone();
        String logged;
        User user;
        try (LogCapture log = LogCapture.open()) {
            user = newUser(weChat);
            Map<String, Object> badDistrict = seekerRegistration(idNumber, phone);
            badDistrict.put("districtCode", "110101");
            registerSeeker(user, badDistrict).then().statusCode(400);
            registerSeeker(user, seekerRegistration(TestData.legacyForm(idNumber).toLowerCase(), phone))
                    .then().statusCode(201);
            registerSeeker(newUser(weChat), seekerRegistration(idNumber, phone)).then().statusCode(409);
            user.request().when().get("/api/v1/seekers/me").then().statusCode(200);
            user.request().body(Map.of("realName", "王秀兰", "phone", newPhone, "districtCode", "371003"))
                    .when().put("/api/v1/seekers/me").then().statusCode(200);
            logged = log.text();
        }

        assertTrue(logged.contains("registered"), "the capture saw the registration:\n" + logged);
        for (String secret : List.of(idNumber, TestData.legacyForm(idNumber), phone, newPhone, user.openid())) {
            assertFalse(logged.contains(secret), "the log reveals " + secret + ":\n" + logged);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
