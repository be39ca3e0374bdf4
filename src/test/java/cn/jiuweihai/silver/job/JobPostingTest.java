package cn.jiuweihai.silver.job;

import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newPendingEmployer;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.postJob;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Formats.instantWithOffset;
import static cn.jiuweihai.silver.testing.Formats.isoDate;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class JobPostingTest {

    private static final String TITLE = "🌸社区助老员·环翠楼";

    private static EmployerAccount shared;

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void employerCannotPostBeforeVerification() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某养老院", "371002");

        assertProblem(postJob(employer, jobDraft("护理员")), 403, "EMPLOYER_NOT_VERIFIED");
        assertEquals("0", jobsStoredFor(employer));
    }

    @Test
    void rejectedEmployerCannotPost() {
        EmployerAccount employer = newPendingEmployer(weChat, "威海某养老院", "371002");
        Api.decide(employer.id(), Map.of("decision", "REJECTED", "reason", "营业执照已过期")).then().statusCode(200);

        assertProblem(postJob(employer, jobDraft("护理员")), 403, "EMPLOYER_NOT_VERIFIED");
        assertEquals("0", jobsStoredFor(employer));
    }

    @Test
    void userWhoIsNotAMemberCannotPostForTheEmployer() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海某养老院");
        EmployerAccount stranger = new EmployerAccount(employer.id(), Api.newUser(weChat));

        assertProblem(postJob(stranger, jobDraft("护理员")), 403, "EMPLOYER_MEMBER_REQUIRED");
        assertEquals("0", jobsStoredFor(employer));
    }

    @Test
    void memberOfAnotherEmployerCannotPostForThisOne() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海某养老院");
        EmployerAccount other = newVerifiedEmployer(weChat, "威海另一家养老院");

        assertProblem(postJob(new EmployerAccount(employer.id(), other.member()), jobDraft("护理员")),
                403, "EMPLOYER_MEMBER_REQUIRED");
    }

    @Test
    void seekerCannotActForAnEmployer() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海某养老院");
        User seeker = Api.newSeeker(weChat, 58);
        String base = "/api/v1/employers/" + employer.id();

        assertProblem(postJob(new EmployerAccount(employer.id(), seeker), jobDraft("护理员")),
                403, "EMPLOYER_MEMBER_REQUIRED");
        assertProblem(seeker.request().when().get(base + "/jobs"), 403, "EMPLOYER_MEMBER_REQUIRED");
        assertProblem(seeker.request().when().get(base + "/applications"), 403, "EMPLOYER_MEMBER_REQUIRED");
    }

    @Test
    void postingForAnEmployerThatDoesNotExistIsRefusedLikeAnyOther() {
        User user = Api.newUser(weChat);

        assertProblem(postJob(new EmployerAccount(987_654_321L, user), jobDraft("护理员")),
                403, "EMPLOYER_MEMBER_REQUIRED");
    }

    @Test
    void staffTokenCannotPostJobs() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海某养老院");

        Response response = Api.asCityAdmin().body(jobDraft("护理员"))
                .when().post("/api/v1/employers/" + employer.id() + "/jobs");

        assertProblem(response, 403, "FORBIDDEN");
    }

    @Test
    void verifiedEmployerPublishesAJobAtOnce() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        Map<String, Object> draft = jobDraft(TITLE);
        draft.put("occupationId", 1);

        Response response = postJob(employer, draft);

        response.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", greaterThan(0))
                .body("title", equalTo(TITLE))
                .body("status", equalTo("PUBLISHED"))
                .body("employer.id", equalTo((int) employer.id()))
                .body("employer.name", equalTo("威海颐养之家"))
                .body("employer.verified", equalTo(true))
                .body("employer.silverEconomy", equalTo(true))
                .body("employer.districtName", equalTo("环翠区"))
                .body("occupationId", equalTo(1))
                .body("occupationName", equalTo("养老护理员"))
                .body("category", equalTo("COMMUNITY_SERVICE"))
                .body("districtName", equalTo("环翠区"))
                .body("payText", equalTo("2800-3500元/月"))
                .body("features", containsInAnyOrder("SEATED_WORK", "NO_NIGHT_SHIFT"))
                .body("featureLabels", containsInAnyOrder("坐姿工作", "无夜班"))
                .body("zones", contains("SILVER_TALENT"))
                .body("$", not(hasKey("ageMin")))
                .body("$", not(hasKey("latitude")))
                .body("publishedAt", instantWithOffset())
                .body("updatedAt", instantWithOffset())
                .body("validUntil", isoDate())
                .body("validUntil", equalTo(draft.get("validUntil")));
    }

    @Test
    void titleWithEmojiAndChineseSurvivesByteForByte() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long jobId = publish(employer, jobDraft(TITLE));

        String stored = Sql.value(db, "select hex(title) from job where id = ?", jobId);

        assertEquals(HexFormat.of().withUpperCase().formatHex(TITLE.getBytes(StandardCharsets.UTF_8)), stored);
        Api.newUser(weChat).request().when().get("/api/v1/jobs/" + jobId)
                .then().statusCode(200).body("title", equalTo(TITLE));
    }

    @Test
    void publishedJobIsInTheEmployersOwnList() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long jobId = publish(employer, jobDraft("家政服务员"));

        employer.member().request().when().get("/api/v1/employers/" + employer.id() + "/jobs")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains((int) jobId))
                .body("items[0].employerName", equalTo("威海颐养之家"));
    }

    @Test
    void jobWithALocationKeepsBothCoordinates() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("latitude", 37.513068);
        draft.put("longitude", 122.120419);
        draft.put("ageMin", 50);
        draft.put("ageMax", 65);

        postJob(employer, draft).then().statusCode(201)
                .body("latitude", equalTo(37.513068f))
                .body("longitude", equalTo(122.120419f))
                .body("ageMin", equalTo(50))
                .body("ageMax", equalTo(65));
    }

    @Test
    void payMinAbovePayMaxIsRefusedNamingPayMax() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("payMin", 4000);
        draft.put("payMax", 3000);

        assertProblem(postJob(verified(), draft), 400, "JOB_PAY_RANGE_INVALID")
                .body("violations.field", contains("payMax"));
    }

    @Test
    void ageMinAboveAgeMaxIsRefusedNamingAgeMax() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("ageMin", 65);
        draft.put("ageMax", 55);

        assertProblem(postJob(verified(), draft), 400, "JOB_AGE_RANGE_INVALID")
                .body("violations.field", contains("ageMax"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, -1, 0, 367, 800})
    void validUntilInThePastTodayOrMoreThanAYearAheadIsRefused(int daysFromToday) {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("validUntil", Dates.today().plusDays(daysFromToday).toString());

        assertProblem(postJob(verified(), draft), 400, "JOB_VALID_UNTIL_INVALID")
                .body("violations.field", contains("validUntil"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000})
    void headcountOutsideOneToNineHundredNinetyNineIsRefused(int headcount) {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("headcount", headcount);

        assertProblem(postJob(verified(), draft), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("headcount"));
    }

    @Test
    void jobInNoZoneIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("zones", List.of());
        Map<String, Object> without = jobDraft("护理员");
        without.remove("zones");
        EmployerAccount employer = verified();

        assertProblem(postJob(employer, draft), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("zones"));
        assertProblem(postJob(employer, without), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("zones"));
    }

    @Test
    void zoneListHoldingOnlyNullIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("zones", Arrays.asList((Object) null));

        assertProblem(postJob(verified(), draft), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("zones"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latitude", "longitude"})
    void onlyOneCoordinateIsRefused(String given) {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put(given, given.equals("latitude") ? 37.5 : 122.1);

        assertProblem(postJob(verified(), draft), 400, "JOB_LOCATION_INCOMPLETE");
    }

    @Test
    void locationOutsideWeihaiIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("latitude", 39.9);
        draft.put("longitude", 116.4);

        assertProblem(postJob(verified(), draft), 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("latitude", "longitude"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"category", "payUnit", "employmentForm", "physicalDemand", "protection"})
    void unknownVocabularyValueIsRefusedNamingTheField(String field) {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put(field, "SPACE_PILOT");

        assertProblem(postJob(verified(), draft), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zones", "features"})
    void unknownValueInAListIsRefusedNamingTheList(String field) {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put(field, List.of("SPACE_PILOT"));

        Response response = postJob(verified(), draft);

        assertProblem(response, 400, "INVALID_FIELD_FORMAT")
                .body("violations[0].field", startsWith(field));
    }

    @Test
    void validUntilNotWrittenAsYearMonthDayIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("validUntil", "2027/03/31");

        assertProblem(postJob(verified(), draft), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("validUntil"));
    }

    @Test
    void payWithAFractionOfAYuanIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("payMin", 2800.5);

        assertProblem(postJob(verified(), draft), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("payMin"));
    }

    @Test
    void unknownOccupationIsRefusedNamingTheField() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("occupationId", 99_999);

        assertProblem(postJob(verified(), draft), 400, "OCCUPATION_UNKNOWN")
                .body("violations.field", contains("occupationId"));
    }

    @Test
    void workplaceOutsideWeihaiIsRefused() {
        Map<String, Object> draft = jobDraft("护理员");
        draft.put("districtCode", "370102");

        assertProblem(postJob(verified(), draft), 400, "DISTRICT_UNKNOWN")
                .body("violations.field", contains("districtCode"));
    }

    @Test
    void emptyDraftIsRefusedNamingEveryMissingField() {
        EmployerAccount employer = verified();

        Response response = employer.member().request().body("{}")
                .when().post("/api/v1/employers/" + employer.id() + "/jobs");

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("title", "category", "description", "districtCode",
                        "address", "payMin", "payMax", "payUnit", "employmentForm", "schedule", "headcount",
                        "physicalDemand", "protection", "zones", "validUntil"));
    }

    /** One verified employer for the drafts it refuses: a refused draft changes nothing. */
    private EmployerAccount verified() {
        if (shared == null) {
            shared = newVerifiedEmployer(weChat, "威海颐养之家");
        }
        return shared;
    }

    private String jobsStoredFor(EmployerAccount employer) {
        return Sql.value(db, "select count(*) from job where employer_id = ?", employer.id());
    }
}
