package cn.jiuweihai.silver.seeker;

import static cn.jiuweihai.silver.seeker.SeekerProfileTest.register;
import static cn.jiuweihai.silver.seeker.SeekerProfileTest.registration;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.People;
import cn.jiuweihai.silver.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class SeekerRightsTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    EntityManager em;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void downloadHoldsEverythingAboutTheSeekerAndNothingElse() {
        String token = login(weChat.newOpenid());
        String idNumber = People.idNumberAged(61);
        Map<String, Object> body = registration(idNumber);
        body.put("details", SeekerProfileTest.fullDetails());
        long seekerId = register(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
        SeekerProfileTest.declare(token, List.of("LOW_INCOME"), true).then().statusCode(200);
        given().auth().oauth2(Staff.cityWide()).queryParam("reason", "核实低收入认定材料")
                .get("/api/v1/admin/seekers/" + seekerId).then().statusCode(200);

        Response export = given().auth().oauth2(token).get("/api/v1/seekers/me/export");

        export.then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("profile.idNumber", equalTo(idNumber))
                .body("profile.details.occupations", hasSize(2))
                .body("profile.priorityGroups", contains("LOW_INCOME"))
                .body("consents.privacyVersion", equalTo("2026-12"))
                .body("consents.channel", equalTo("SELF"))
                .body("applications", hasSize(0))
                .body("staffReads", hasSize(1))
                .body("staffReads[0].reason", equalTo("核实低收入认定材料"));
    }

    @Test
    void deregistrationErasesThePersonEndsTheLoginAndALaterLoginStartsFresh() {
        String openid = weChat.newOpenid();
        Response session = given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(openid)))
                .post("/api/v1/auth/wechat-login");
        String token = session.path("token");
        long userId = session.jsonPath().getLong("userId");
        String idNumber = People.idNumberAged(66);
        Map<String, Object> body = registration(idNumber);
        body.put("details", SeekerProfileTest.fullDetails());
        long seekerId = register(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
        SeekerProfileTest.declare(token, List.of("DISABLED"), true).then().statusCode(200);

        given().auth().oauth2(token).delete("/api/v1/seekers/me").then().statusCode(204);

        assertProblem(given().auth().oauth2(token).get("/api/v1/seekers/me"), 401, "ACCOUNT_DEREGISTERED");
        Map<String, Object> row = seekerRow(seekerId);
        assertEquals("DEREGISTERED", row.get("status"));
        assertEquals("已注销", row.get("real_name"));
        assertNull(row.get("id_number_cipher"));
        assertNull(row.get("id_number_hash"));
        assertNull(row.get("phone_cipher"));
        assertNull(row.get("user_id"));
        assertNull(row.get("street"));
        assertNull(row.get("home_latitude"));
        assertTrue(row.get("birth_date").toString().endsWith("-01-01"), "only the birth year stays");
        for (String table : List.of("seeker_occupation", "seeker_category", "seeker_employment_form",
                "seeker_schedule", "seeker_priority_group")) {
            assertEquals(0L, count("SELECT COUNT(*) FROM " + table + " WHERE seeker_id = " + seekerId), table);
        }
        assertEquals(0L, count("SELECT COUNT(*) FROM app_user WHERE openid = '" + openid + "'"));

        Response again = given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(openid)))
                .post("/api/v1/auth/wechat-login");
        again.then().statusCode(200).body("newUser", equalTo(true));
        assertNotEquals(userId, again.jsonPath().getLong("userId"));
        assertProblem(given().auth().oauth2(again.<String>path("token")).get("/api/v1/seekers/me"), 404,
                "SEEKER_NOT_REGISTERED");
        register(again.path("token"), registration(idNumber)).then().statusCode(201);
    }

    @Test
    void deregisteredSeekersApplicationsStayOnlyAnonymouslyAndWithdrawn() {
        String token = login(weChat.newOpenid());
        long seekerId = register(token, registration(People.idNumberAged(58))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long applicationId = applyToSomeJob(seekerId);

        given().auth().oauth2(token).delete("/api/v1/seekers/me").then().statusCode(204);

        assertEquals(1L, count("SELECT COUNT(*) FROM job_application WHERE id = " + applicationId
                + " AND status = 'WITHDRAWN' AND seeker_id = " + seekerId));
        assertEquals(1L, count("SELECT COUNT(*) FROM application_event WHERE application_id = " + applicationId
                + " AND to_status = 'WITHDRAWN'"));
    }

    @Test
    void deregisteringWithoutARegistrationSaysSo() {
        assertProblem(given().auth().oauth2(login(weChat.newOpenid())).delete("/api/v1/seekers/me"), 404,
                "SEEKER_NOT_REGISTERED");
    }

    @Test
    void staffCannotDownloadOrDeregisterAsASeeker() {
        assertProblem(given().auth().oauth2(Staff.cityWide()).get("/api/v1/seekers/me/export"), 403, "FORBIDDEN");
    }

    /** An application made straight in the database: the employer side is not this test's subject. */
    private long applyToSomeJob(long seekerId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO app_user (openid, created_at, last_login_at) VALUES"
                    + " (CONCAT('emp-', ?1), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").setParameter(1, seekerId)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO employer (name, credit_code, employer_type, industry, silver_economy,"
                    + " district_code, address, contact_name, contact_phone_cipher, verification_status, created_at,"
                    + " updated_at) VALUES ('颐养之家', CONCAT('91371002MA', LPAD(?1, 8, '0')), 'ENTERPRISE',"
                    + " 'ELDERLY_CARE', TRUE, '371002', '文化西路', '刘经理', 'x', 'VERIFIED', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)").setParameter(1, seekerId).executeUpdate();
            long employer = scalar("SELECT MAX(id) FROM employer");
            em.createNativeQuery("INSERT INTO job (employer_id, title, category, description, district_code, address,"
                    + " pay_min, pay_max, pay_unit, employment_form, work_schedule, headcount, physical_demand,"
                    + " seated_work, no_night_shift, flexible_hours, near_transit, meals_provided, training_provided,"
                    + " protection, zone_silver_talent, zone_silver_economy, status, valid_until, created_at,"
                    + " updated_at) VALUES (?1, '助老员', 'ELDERLY_CARE', '陪伴老人', '371002', '海港社区', 2000, 2500,"
                    + " 'MONTH', 'PART_TIME', '上午', 1, 'LOW', TRUE, TRUE, TRUE, TRUE, FALSE, FALSE, 'NONE', TRUE,"
                    + " FALSE, 'PUBLISHED', '2099-01-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, employer).executeUpdate();
            long job = scalar("SELECT MAX(id) FROM job");
            em.createNativeQuery("INSERT INTO job_application (job_id, seeker_id, status, created_at, updated_at)"
                    + " VALUES (?1, ?2, 'SUBMITTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .setParameter(1, job).setParameter(2, seekerId).executeUpdate();
            return scalar("SELECT MAX(id) FROM job_application");
        });
    }

    private Map<String, Object> seekerRow(long seekerId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("SELECT status, real_name, id_number_cipher, id_number_hash,"
                    + " phone_cipher, user_id, street, home_latitude, birth_date FROM seeker WHERE id = ?1")
                    .setParameter(1, seekerId).getSingleResult();
            String[] names = {"status", "real_name", "id_number_cipher", "id_number_hash", "phone_cipher", "user_id",
                "street", "home_latitude", "birth_date"};
            Map<String, Object> row = new java.util.HashMap<>();
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], r[i]);
            }
            return row;
        });
    }

    private long scalar(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String login(String openid) {
        return given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(openid)))
                .post("/api/v1/auth/wechat-login").then().statusCode(200).extract().path("token");
    }
}
