package cn.jiuweihai.silver.employer;

import static cn.jiuweihai.silver.testing.Api.decide;
import static cn.jiuweihai.silver.testing.Api.newPendingEmployer;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import cn.jiuweihai.silver.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class EmployerVerificationTest {

    private static final String REVIEW = "/api/v1/admin/employers";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void newEmployerJoinsTheEndOfThePendingListAndItsTotal() {
        long before = pending(Api.asCityAdmin(), 1, 5).getLong("total");

        EmployerAccount employer = newPendingEmployer(weChat, "威海市颐和家政服务有限公司", "371002");

        long total = pending(Api.asCityAdmin(), 1, 5).getLong("total");
        assertEquals(before + 1, total);
        int lastPage = (int) ((total + 4) / 5);
        JsonPath last = pending(Api.asCityAdmin(), lastPage, 5);
        assertEquals(lastPage, last.getInt("page"));
        assertEquals(5, last.getInt("size"));
        assertEquals(employer.id(), last.getLong("items[-1].id"));
        assertEquals(List.of("PENDING"), last.getList("items.verificationStatus").stream().distinct().toList());
    }

    @Test
    void pageBeyondTheEndIsEmptyAndStillGivesTheTotal() {
        newPendingEmployer(weChat, "威海某单位", "371002");
        long total = pending(Api.asCityAdmin(), 1, 50).getLong("total");

        JsonPath beyond = pending(Api.asCityAdmin(), (int) (total / 50) + 2, 50);

        assertEquals(List.of(), beyond.getList("items"));
        assertEquals(total, beyond.getLong("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "size=0", "size=51", "size=100000", "page=abc", "page=-1"})
    void pagingOutsideItsLimitsIsRefusedNamingTheParameter(String query) {
        Response response = Api.asCityAdmin().when().get(REVIEW + "?status=PENDING&" + query);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", contains(query.substring(0, query.indexOf('='))));
    }

    @Test
    void unknownStatusFilterIsRefused() {
        assertProblem(Api.asCityAdmin().when().get(REVIEW + "?status=APPROVED"), 400, "INVALID_PARAMETER");
    }

    @Test
    void verifiedEmployerSeesItsNewStatusAndTheDecisionIsRecorded() {
        EmployerAccount employer = newPendingEmployer(weChat, "环翠区幸福里社区居委会", "371002");

        decide(employer.id(), Map.of("decision", "VERIFIED"))
                .then().statusCode(200)
                .body("id", equalTo((int) employer.id()))
                .body("verificationStatus", equalTo("VERIFIED"))
                .body("$", not(hasKey("rejectionReason")));

        employer.member().request().when().get("/api/v1/employers/mine")
                .then().statusCode(200).body("[0].verificationStatus", equalTo("VERIFIED"));
        Map<String, String> row = Sql.rows(db, "select reviewed_by, reviewed_at from employer where id = ?",
                employer.id()).get(0);
        assertEquals(Long.toString(Api.cityAdminId()), row.get("reviewed_by"));
        assertNotNull(row.get("reviewed_at"));
    }

    @Test
    void verifiedEmployerLeavesThePendingList() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        decide(employer.id(), Map.of("decision", "VERIFIED")).then().statusCode(200);

        assertFalse(allIds(Api::asCityAdmin, "PENDING").contains(employer.id()));
        assertTrue(allIds(Api::asCityAdmin, "VERIFIED").contains(employer.id()));
    }

    @Test
    void rejectionWithAReasonIsShownToTheEmployer() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        decide(employer.id(), Map.of("decision", "REJECTED", "reason", "营业执照名称与填写的单位名称不一致"))
                .then().statusCode(200)
                .body("verificationStatus", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("营业执照名称与填写的单位名称不一致"));

        employer.member().request().when().get("/api/v1/employers/mine")
                .then().statusCode(200)
                .body("[0].verificationStatus", equalTo("REJECTED"))
                .body("[0].rejectionReason", equalTo("营业执照名称与填写的单位名称不一致"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectionWithoutAReasonIsRefusedAndDecidesNothing(String reason) {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        assertProblem(decide(employer.id(), Map.of("decision", "REJECTED", "reason", reason)),
                400, "VERIFICATION_REASON_REQUIRED")
                .body("violations.field", contains("reason"));
        assertProblem(decide(employer.id(), Map.of("decision", "REJECTED")), 400, "VERIFICATION_REASON_REQUIRED");
        assertStillPending(employer);
    }

    @Test
    void pendingIsNotADecision() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        assertProblem(decide(employer.id(), Map.of("decision", "PENDING")), 400, "VERIFICATION_DECISION_INVALID")
                .body("violations.field", contains("decision"));
    }

    @Test
    void unknownDecisionValueIsRefusedNamingTheField() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        assertProblem(decide(employer.id(), Map.of("decision", "APPROVED")), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("decision"));
        assertProblem(decide(employer.id(), Map.of()), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("decision"));
        assertStillPending(employer);
    }

    @Test
    void decisionOnAnEmployerThatDoesNotExistIsNotFound() {
        assertProblem(decide(987_654_321L, Map.of("decision", "VERIFIED")), 404, "EMPLOYER_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-3", "1.5", "99999999999999999999"})
    void nonNumericEmployerIdIsRefusedNamingTheParameter(String id) {
        Response response = Api.asCityAdmin().body(Map.of("decision", "VERIFIED"))
                .when().post(REVIEW + "/" + id + "/verification");

        assertProblem(response, 400, "VALIDATION_FAILED").body("violations.field", contains("id"));
    }

    @Test
    void weChatUserCannotVerifyEvenTheirOwnEmployer() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        Response response = employer.member().request().body(Map.of("decision", "VERIFIED"))
                .when().post(REVIEW + "/" + employer.id() + "/verification");

        assertProblem(response, 403, "FORBIDDEN");
        assertProblem(employer.member().request().when().get(REVIEW), 403, "FORBIDDEN");
        assertStillPending(employer);
    }

    @Test
    void verificationNeedsALogin() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某单位", "371002");

        assertProblem(given().contentType(ContentType.JSON).body(Map.of("decision", "VERIFIED"))
                .when().post(REVIEW + "/" + employer.id() + "/verification"), 401, "UNAUTHENTICATED");
        assertStillPending(employer);
    }

    @Test
    void districtStaffCannotDecideOnAnEmployerOfAnotherDistrict() {
        EmployerAccount employer = newPendingEmployer(weChat, "环翠区某单位", "371002");

        Response response = districtAdmin("371003").body(Map.of("decision", "VERIFIED"))
                .when().post(REVIEW + "/" + employer.id() + "/verification");

        assertProblem(response, 403, "OUTSIDE_ADMIN_DISTRICT");
        assertStillPending(employer);
    }

    @Test
    void districtStaffDecideOnEmployersOfTheirOwnDistrict() {
        EmployerAccount employer = newPendingEmployer(weChat, "文登区某单位", "371003");

        districtAdmin("371003").body(Map.of("decision", "VERIFIED"))
                .when().post(REVIEW + "/" + employer.id() + "/verification")
                .then().statusCode(200)
                .body("verificationStatus", equalTo("VERIFIED"));
    }

    @Test
    void districtStaffSeeOnlyTheirOwnDistrictsEmployers() {
        EmployerAccount own = newPendingEmployer(weChat, "文登区某单位", "371003");
        EmployerAccount other = newPendingEmployer(weChat, "荣成市某单位", "371082");

        List<Long> seen = allIds(() -> districtAdmin("371003"), "PENDING");

        assertTrue(seen.contains(own.id()));
        assertFalse(seen.contains(other.id()));
        pending(districtAdmin("371003"), 1, 50).getList("items.districtCode")
                .forEach(code -> assertEquals("371003", code));
        assertTrue(allIds(Api::asCityAdmin, "PENDING").contains(other.id()));
    }

    @Test
    void listWithoutAStatusShowsEveryDecision() {
        EmployerAccount rejected = newPendingEmployer(weChat, "威海某单位", "371002");
        decide(rejected.id(), Map.of("decision", "REJECTED", "reason", "信息不全")).then().statusCode(200);

        assertTrue(allIds(Api::asCityAdmin, null).contains(rejected.id()));
        Api.asCityAdmin().when().get(REVIEW + "?status=REJECTED&size=50")
                .then().statusCode(200)
                .body("items.verificationStatus", everyItem(equalTo("REJECTED")))
                .body("total", greaterThanOrEqualTo(1));
    }

    private void assertStillPending(EmployerAccount employer) {
        employer.member().request().when().get("/api/v1/employers/mine")
                .then().statusCode(200)
                .body("id", hasItem((int) employer.id()))
                .body("find { it.id == " + employer.id() + " }.verificationStatus", equalTo("PENDING"));
    }

    private static RequestSpecification districtAdmin(String districtCode) {
        return given().auth().oauth2(TestTokens.admin(Api.cityAdminId(), districtCode)).contentType(ContentType.JSON);
    }

    private static JsonPath pending(RequestSpecification staff, int page, int size) {
        return staff.when().get(REVIEW + "?status=PENDING&page=" + page + "&size=" + size)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> allIds(Supplier<RequestSpecification> staff, String status) {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath body = staff.get().when().get(REVIEW + "?size=50&page=" + page
                    + (status == null ? "" : "&status=" + status)).then().statusCode(200).extract().jsonPath();
            List<Long> items = body.getList("items.id", Long.class);
            ids.addAll(items);
            if (items.isEmpty() || ids.size() >= body.getLong("total")) {
                return ids;
            }
        }
    }
}
