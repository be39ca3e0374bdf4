package cn.jiuweihai.silver.seeker;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.LogCapture;
import cn.jiuweihai.silver.testing.People;
import cn.jiuweihai.silver.testing.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ID numbers, phone numbers and openids stay out of the database in clear and out of the log. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class RegistryPrivacyTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    EntityManager em;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void theLogOfAFullRegistrationHoldsNoIdNumberPhoneOrOpenid() {
        String openid = weChat.newOpenid();
        String idNumber = SeekerProfileTest.idEndingInX();
        String phone = People.phone();
        String typedPhone = People.phone();
        String logged;
        try (LogCapture log = LogCapture.open()) {
            fullJourney(openid, idNumber, phone, typedPhone);
            logged = log.text();
        }

        assertTrue(logged.contains("registered"), "the registration was logged as an event:\n" + logged);
        for (String secret : List.of(openid, idNumber, idNumber.toLowerCase(), idNumber.substring(0, 17), phone,
                typedPhone)) {
            assertFalse(logged.contains(secret), "the log reveals personal data:\n" + logged);
        }
    }

    @Test
    void noTableHoldsAnIdOrPhoneNumberInClearText() {
        List<String> personal = new ArrayList<>();
        String idNumber = People.idNumberAged(60);
        String phone = People.phone();
        fullJourney(weChat.newOpenid(), idNumber, phone, People.phone());
        personal.addAll(List.of(idNumber, idNumber.substring(0, 6) + idNumber.substring(8, 17), phone));
        String assistedId = People.idNumberAged(70);
        String assistedPhone = People.phone();
        StaffRegistryTest.assist(Staff.cityWide(), StaffRegistryTest.assisted(assistedId, assistedPhone, "371002"))
                .then().statusCode(201);
        String uploadedId = People.idNumberAged(55);
        String uploadedPhone = People.phone();
        String csv = BulkUploadTest.HEADER + "\n王芳," + uploadedId + "," + uploadedPhone + ",环翠区,,是";
        BulkUploadTest.upload(Staff.cityWide(), "a.csv", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        personal.addAll(List.of(assistedId, assistedPhone, uploadedId, uploadedPhone));

        String dump = dumpEveryTable();

        assertTrue(dump.contains("王芳"), "the dump holds the registrations");
        for (String value : personal) {
            assertFalse(dump.contains(value), "a table holds an ID or phone number in clear text");
        }
    }

    private void fullJourney(String openid, String idNumber, String phone, String typedPhone) {
        String token = given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(openid)))
                .post("/api/v1/auth/wechat-login").then().statusCode(200).extract().path("token");
        Map<String, Object> body = SeekerProfileTest.registration(idNumber.toLowerCase());
        body.remove("phone");
        body.put("phoneCode", weChat.phoneCodeFor(phone));
        body.put("details", SeekerProfileTest.fullDetails());
        SeekerProfileTest.register(token, body).then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("realName", "王秀兰", "phone", typedPhone, "districtCode", "371002"))
                .put("/api/v1/seekers/me").then().statusCode(200);
        SeekerProfileTest.register(token, SeekerProfileTest.registration(idNumber)).then().statusCode(409);
        SeekerProfileTest.declare(token, List.of("LOW_INCOME"), true).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/seekers/me/export").then().statusCode(200);
    }

    private String dumpEveryTable() {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder dump = new StringBuilder();
            List<?> tables = em.createNativeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE()").getResultList();
            for (Object table : tables) {
                for (Object row : em.createNativeQuery("SELECT * FROM `" + table + "`").getResultList()) {
                    Object[] cells = row instanceof Object[] array ? array : new Object[] {row};
                    for (Object cell : cells) {
                        dump.append(cell).append('\t');
                    }
                    dump.append('\n');
                }
            }
            return dump.toString();
        });
    }
}
