package cn.jiuweihai.silver.seeker;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.People;
import cn.jiuweihai.silver.testing.Staff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class StaffRegistryTest {

    static final String ADMIN_SEEKERS = "/api/v1/admin/seekers";

    @Inject
    EntityManager em;

    @Test
    void staffRegisterAPersonOnTheirBehalfRecordingWhoAssistedAndTheConsent() {
        String idNumber = People.idNumberAged(67);
        String phone = People.phone();
        Map<String, Object> body = assisted(idNumber, phone, "371002");
        body.put("details", SeekerProfileTest.fullDetails());

        Response response = assist(Staff.cityWide(), body);

        response.then().statusCode(201)
                .body("channel", equalTo("ASSISTED"))
                .body("idNumber", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
                .body("phone", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("age", equalTo(67))
                .body("ageBand", equalTo("FROM_65_TO_69"));
        long id = response.jsonPath().getLong("id");
        assertEquals(1L, count("SELECT COUNT(*) FROM seeker s JOIN admin_account a ON a.id = s.assisted_by"
                + " WHERE s.id = " + id + " AND a.username = 'city-admin' AND s.consent_method = 'IN_PERSON'"
                + " AND s.consent_note = '西门社区服务站当面签字' AND s.user_id IS NULL"));
    }

    @Test
    void assistedRegistrationFollowsTheSameRulesAndNeedsConsent() {
        Map<String, Object> body = assisted(IdNumber.complete("37100219630229022"), People.phone(), "371002");
        assertProblem(assist(Staff.cityWide(), body), 400, "SEEKER_ID_NUMBER_INVALID");

        body = assisted(People.idNumberAged(60), People.phone(), "371002");
        body.remove("consentMethod");
        assertProblem(assist(Staff.cityWide(), body), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("consentMethod"));
    }

    @Test
    void priorityGroupOnAnAssistedRegistrationNeedsItsOwnConsent() {
        Map<String, Object> body = assisted(People.idNumberAged(60), People.phone(), "371002");
        body.put("priority", Map.of("groups", List.of("POVERTY_ALLEVIATED"), "consent", false));
        assertProblem(assist(Staff.cityWide(), body), 400, "PRIORITY_CONSENT_REQUIRED");

        body.put("priority", Map.of("groups", List.of("POVERTY_ALLEVIATED"), "consent", true));
        assist(Staff.cityWide(), body).then().statusCode(201).body("priorityGroups", contains("POVERTY_ALLEVIATED"));
    }

    @Test
    void districtStaffActOnlyWithinTheirDistrict() {
        String wendeng = Staff.ofDistrict(em, "371003");

        assertProblem(assist(wendeng, assisted(People.idNumberAged(60), People.phone(), "371002")), 403,
                "OUTSIDE_ADMIN_DISTRICT");
        long own = assist(wendeng, assisted(People.idNumberAged(60), People.phone(), "371003")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long other = assist(Staff.cityWide(), assisted(People.idNumberAged(60), People.phone(), "371082")).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(wendeng).get(ADMIN_SEEKERS).then().statusCode(200)
                .body("items.districtCode", everyItem(equalTo("371003")))
                .body("items.id", hasItem((int) own));
        assertProblem(given().auth().oauth2(wendeng).queryParam("districtCode", "371082").get(ADMIN_SEEKERS), 403,
                "OUTSIDE_ADMIN_DISTRICT");
        assertProblem(read(wendeng, other, "核实登记信息"), 403, "OUTSIDE_ADMIN_DISTRICT");
        given().auth().oauth2(wendeng).get(ADMIN_SEEKERS + "/statistics").then().statusCode(200)
                .body("byDistrict.districtCode", contains("371003"));
    }

    @Test
    void readingFullDataNeedsAReasonAndIsRecorded() {
        String idNumber = People.idNumberAged(62);
        String phone = People.phone();
        long id = assist(Staff.cityWide(), assisted(idNumber, phone, "371002")).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertProblem(given().auth().oauth2(Staff.cityWide()).get(ADMIN_SEEKERS + "/" + id), 400,
                "VALIDATION_FAILED");
        assertEquals(0L, count("SELECT COUNT(*) FROM seeker_access WHERE seeker_id = " + id));

        read(Staff.cityWide(), id, "办理就业困难人员认定").then().statusCode(200)
                .body("profile.idNumber", equalTo(idNumber))
                .body("profile.phone", equalTo(phone))
                .body("consents.channel", equalTo("ASSISTED"))
                .body("staffReads[0].reason", equalTo("办理就业困难人员认定"));
        assertEquals(1L, count("SELECT COUNT(*) FROM seeker_access x JOIN admin_account a ON a.id = x.admin_id"
                + " WHERE x.seeker_id = " + id + " AND a.username = 'city-admin' AND x.reason = '办理就业困难人员认定'"
                + " AND x.accessed_at IS NOT NULL"));
    }

    @Test
    void seekersCannotUseTheStaffRegistry() {
        assertProblem(given().auth().oauth2(cn.jiuweihai.silver.testing.TestTokens.user(1)).get(ADMIN_SEEKERS), 403,
                "FORBIDDEN");
        assertProblem(given().get(ADMIN_SEEKERS), 401, "UNAUTHENTICATED");
    }

    @Test
    void talentPoolSearchFiltersByEveryCriterionPagedInAStableOrder() {
        String staff = Staff.ofDistrict(em, "371083");
        Map<String, Object> retired = assisted(People.idNumberAged(63), People.phone(), "371083");
        retired.put("details", SeekerProfileTest.fullDetails());
        retired.put("priority", Map.of("groups", List.of("DISABLED"), "consent", true));
        long match = assist(staff, retired).then().statusCode(201).extract().jsonPath().getLong("id");
        long young = assist(staff, assisted(People.idNumberAged(52), People.phone(), "371083")).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(staff)
                .queryParam("ageBand", "FROM_60_TO_64").queryParam("occupationId", 45)
                .queryParam("employmentForm", "REHIRE").queryParam("retiredProfessional", true)
                .queryParam("priorityGroup", "DISABLED")
                .get(ADMIN_SEEKERS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) match))
                .body("items[0].occupations", contains("养老护理员", "技术顾问"))
                .body("items[0].idNumber", not(equalTo(null)));
        given().auth().oauth2(staff).queryParam("ageBand", "FROM_50_TO_54").get(ADMIN_SEEKERS).then()
                .body("items.id", contains((int) young));
        given().auth().oauth2(staff).queryParam("size", 1).queryParam("page", 1).get(ADMIN_SEEKERS).then()
                .body("items.id", contains((int) young)).body("size", equalTo(1));
        given().auth().oauth2(staff).queryParam("size", 1).queryParam("page", 2).get(ADMIN_SEEKERS).then()
                .body("items.id", contains((int) match));
        assertProblem(given().auth().oauth2(staff).queryParam("size", 51).get(ADMIN_SEEKERS), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void statisticsCountPerDistrictAndAgeBand() {
        String staff = Staff.ofDistrict(em, "371073");
        for (int age : new int[] {51, 53, 58, 71}) {
            assist(staff, assisted(People.idNumberAged(age), People.phone(), "371073")).then().statusCode(201);
        }

        Response stats = given().auth().oauth2(staff).get(ADMIN_SEEKERS + "/statistics");

        stats.then().statusCode(200)
                .body("total", equalTo(4))
                .body("byDistrict[0].districtName", equalTo("威海临港经济技术开发区"))
                .body("byDistrict[0].byAgeBand.find { it.ageBand == 'FROM_50_TO_54' }.count", equalTo(2))
                .body("byDistrict[0].byAgeBand.find { it.ageBand == 'FROM_55_TO_59' }.count", equalTo(1))
                .body("byDistrict[0].byAgeBand.find { it.ageBand == 'FROM_70' }.count", equalTo(1))
                .body("byAgeBand.find { it.ageBand == 'FROM_70' }.label", equalTo("70岁及以上"));
        Response city = given().auth().oauth2(Staff.cityWide()).get(ADMIN_SEEKERS + "/statistics");
        List<String> districts = city.jsonPath().getList("byDistrict.districtCode");
        assertTrue(districts.containsAll(List.of("371002", "371003", "371082", "371083", "371071", "371072",
                "371073")), districts.toString());
        assertTrue(city.jsonPath().getLong("total") >= 4);
    }

    static Response assist(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ADMIN_SEEKERS);
    }

    static Response read(String token, long id, String reason) {
        return given().auth().oauth2(token).queryParam("reason", reason).get(ADMIN_SEEKERS + "/" + id);
    }

    static Map<String, Object> assisted(String idNumber, String phone, String district) {
        return new HashMap<>(Map.of("realName", "孙玉梅", "idNumber", idNumber, "phone", phone,
                "districtCode", district, "street", "西门社区", "privacyVersion", "2026-12",
                "consentMethod", "IN_PERSON", "consentNote", "西门社区服务站当面签字"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
