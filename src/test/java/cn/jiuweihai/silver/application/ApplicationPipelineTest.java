package cn.jiuweihai.silver.application;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Api.registerSeeker;
import static cn.jiuweihai.silver.testing.Api.seekerRegistration;
import static cn.jiuweihai.silver.testing.Formats.instantWithOffset;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.LogCapture;
import cn.jiuweihai.silver.testing.Sql;
import cn.jiuweihai.silver.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The employer's side of an application: seeing the applicant and moving them along. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class ApplicationPipelineTest {

    private static final String PLACE = "环翠区文化西路 88 号 一楼接待室";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    private EmployerAccount employer;
    private User seeker;
    private String seekerPhone;
    private long jobId;
    private long applicationId;

    @BeforeEach
    void seekerHasAppliedToAJob() {
        weChat.reset();
        employer = newVerifiedEmployer(weChat, "威海颐养之家");
        jobId = publish(employer, jobDraft("社区助老员"));
        seeker = Api.newUser(weChat);
        seekerPhone = TestData.phone();
        Map<String, Object> registration = seekerRegistration(TestData.idNumberAged(61), seekerPhone);
        registration.put("realName", "王秀兰🌸");
        registerSeeker(seeker, registration).then().statusCode(201);
        applicationId = apply(seeker, jobId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void employerSeesTheApplicantsNameAndPhoneOnceTheyApplied() {
        JsonPath received = received("");

        assertEquals(1, received.getInt("total"));
        assertEquals(applicationId, received.getLong("items[0].id"));
        assertEquals(jobId, received.getLong("items[0].jobId"));
        assertEquals("社区助老员", received.getString("items[0].jobTitle"));
        assertEquals("SUBMITTED", received.getString("items[0].status"));
        assertEquals("王秀兰🌸", received.getString("items[0].applicant.realName"));
        assertEquals(seekerPhone, received.getString("items[0].applicant.phone"));
        assertEquals(61, received.getInt("items[0].applicant.age"));
        assertEquals("FEMALE", received.getString("items[0].applicant.sex"));
        assertEquals("环翠区", received.getString("items[0].applicant.districtName"));
    }

    @Test
    void employerFiltersApplicationsByJobAndStatus() {
        long otherJob = publish(employer, jobDraft("保洁员"));

        assertEquals(List.of(applicationId), ids(received("?jobId=" + jobId)));
        assertEquals(List.of(), ids(received("?jobId=" + otherJob)));
        assertEquals(List.of(applicationId), ids(received("?status=SUBMITTED")));
        assertEquals(List.of(), ids(received("?status=INTERVIEW")));
    }

    @Test
    void malformedFiltersAreRefused() {
        String base = "/api/v1/employers/" + employer.id() + "/applications";

        assertProblem(employer.member().request().when().get(base + "?jobId=abc"), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("jobId"));
        assertProblem(employer.member().request().when().get(base + "?status=ACCEPTED"), 400, "INVALID_PARAMETER");
    }

    @Test
    void employerInvitesToAnInterviewAndTheSeekerSeesTimeAndPlace() {
        OffsetDateTime at = interviewTime();

        Response moved = move(Map.of("status", "INTERVIEW", "interviewAt", text(at), "interviewPlace", PLACE,
                "note", "请带上身份证和健康证"));

        moved.then().statusCode(200)
                .body("status", equalTo("INTERVIEW"))
                .body("statusText", equalTo("邀请面试"))
                .body("interviewAt", instantWithOffset())
                .body("interviewPlace", equalTo(PLACE))
                .body("applicant.realName", equalTo("王秀兰🌸"));
        assertEquals(at.toInstant(), Instant.parse(moved.jsonPath().getString("interviewAt")));
        JsonPath mine = seeker.request().when().get("/api/v1/seekers/me/applications")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("INTERVIEW", mine.getString("items[0].status"));
        assertEquals("邀请面试", mine.getString("items[0].statusText"));
        assertEquals(at.toInstant(), Instant.parse(mine.getString("items[0].interviewAt")));
        assertEquals(PLACE, mine.getString("items[0].interviewPlace"));
        assertEquals("请带上身份证和健康证", mine.getString("items[0].employerNote"));
    }

    @Test
    void interviewWithoutATimeIsRefusedNamingTheField() {
        assertProblem(move(Map.of("status", "INTERVIEW", "interviewPlace", PLACE)), 400, "INTERVIEW_TIME_REQUIRED")
                .body("violations.field", contains("interviewAt"));
        assertStatusStays("SUBMITTED", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void interviewWithoutAPlaceIsRefusedNamingTheField(String place) {
        Map<String, Object> change = new HashMap<>(Map.of("status", "INTERVIEW", "interviewAt",
                text(interviewTime())));
        if (!place.isEmpty()) {
            change.put("interviewPlace", place);
        }

        assertProblem(move(change), 400, "INTERVIEW_PLACE_REQUIRED")
                .body("violations.field", contains("interviewPlace"));
        assertStatusStays("SUBMITTED", 1);
    }

    @Test
    void interviewInThePastIsRefused() {
        String yesterday = text(OffsetDateTime.now(Dates.WEIHAI).minusDays(1));

        assertProblem(move(Map.of("status", "INTERVIEW", "interviewAt", yesterday, "interviewPlace", PLACE)),
                400, "VALIDATION_FAILED")
                .body("violations.field", contains("interviewAt"));
        assertStatusStays("SUBMITTED", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HIRED", "SUBMITTED", "WITHDRAWN"})
    void moveTheRulesDoNotAllowIsRefusedAndChangesNothing(String target) {
        assertProblem(move(Map.of("status", target)), 409, "APPLICATION_TRANSITION_NOT_ALLOWED");
        assertStatusStays("SUBMITTED", 1);
    }

    @Test
    void rejectedApplicationCannotBeMovedAgain() {
        move(Map.of("status", "REJECTED", "note", "岗位已招满")).then().statusCode(200);

        assertProblem(move(Map.of("status", "INTERVIEW", "interviewAt", text(interviewTime()),
                "interviewPlace", PLACE)), 409, "APPLICATION_TRANSITION_NOT_ALLOWED");
        assertStatusStays("REJECTED", 2);
    }

    @Test
    void unknownStatusIsRefusedNamingTheField() {
        assertProblem(move(Map.of("status", "ACCEPTED")), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("status"));
        assertProblem(move(Map.of()), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("status"));
    }

    @Test
    void historyRecordsEveryMoveWithWhoMadeItAndItsOwnNote() {
        move(Map.of("status", "VIEWED", "note", "已查看，近期联系")).then().statusCode(200);
        move(Map.of("status", "INTERVIEW", "interviewAt", text(interviewTime()), "interviewPlace", PLACE))
                .then().statusCode(200);
        move(Map.of("status", "HIRED", "note", "下周一上岗")).then().statusCode(200);

        List<Map<String, String>> history = Sql.rows(db, "select from_status, to_status, actor_user_id, note"
                + " from application_event where application_id = ? order by id", applicationId);

        assertEquals(List.of(
                event(null, "SUBMITTED", seeker.id(), null),
                event("SUBMITTED", "VIEWED", employer.member().id(), "已查看，近期联系"),
                event("VIEWED", "INTERVIEW", employer.member().id(), null),
                event("INTERVIEW", "HIRED", employer.member().id(), "下周一上岗")), history);
        seeker.request().when().get("/api/v1/seekers/me/applications")
                .then().statusCode(200)
                .body("items[0].status", equalTo("HIRED"))
                .body("items[0].statusText", equalTo("已录用"));
    }

    @Test
    void handlingAnApplicationLogsNeitherThePhoneNorTheIdNumberNorTheOpenid() {
        String logged;
        try (LogCapture log = LogCapture.open()) {
            received("");
            move(Map.of("status", "INTERVIEW", "interviewAt", text(interviewTime()), "interviewPlace", PLACE))
                    .then().statusCode(200);
            seeker.request().when().get("/api/v1/seekers/me/applications").then().statusCode(200);
            logged = log.text();
        }

        assertTrue(logged.contains("Application " + applicationId), "the capture saw the move:\n" + logged);
        String idNumber = seeker.request().when().get("/api/v1/seekers/me").jsonPath().getString("idNumber");
        for (String secret : List.of(seekerPhone, idNumber, seeker.openid(), employer.member().openid())) {
            assertFalse(logged.contains(secret), "the log reveals " + secret + ":\n" + logged);
        }
    }

    @Test
    void memberOfAnotherEmployerCannotSeeOrMoveTheApplication() {
        EmployerAccount other = newVerifiedEmployer(weChat, "威海另一家单位");
        String foreign = "/api/v1/employers/" + employer.id() + "/applications";
        String own = "/api/v1/employers/" + other.id() + "/applications";
        Map<String, String> viewed = Map.of("status", "VIEWED");

        assertProblem(other.member().request().when().get(foreign), 403, "EMPLOYER_MEMBER_REQUIRED");
        assertProblem(other.member().request().body(viewed).when().put(foreign + "/" + applicationId + "/status"),
                403, "EMPLOYER_MEMBER_REQUIRED");
        assertProblem(other.member().request().body(viewed).when().put(own + "/" + applicationId + "/status"),
                404, "APPLICATION_NOT_FOUND");
        other.member().request().when().get(own).then().statusCode(200).body("total", equalTo(0));
        assertStatusStays("SUBMITTED", 1);
    }

    @Test
    void seekerCannotMoveTheirOwnApplication() {
        Response response = seeker.request().body(Map.of("status", "HIRED"))
                .when().put("/api/v1/employers/" + employer.id() + "/applications/" + applicationId + "/status");

        assertProblem(response, 403, "EMPLOYER_MEMBER_REQUIRED");
        assertStatusStays("SUBMITTED", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-5"})
    void malformedApplicationIdIsRefusedNamingTheParameter(String id) {
        Response response = employer.member().request().body(Map.of("status", "VIEWED"))
                .when().put("/api/v1/employers/" + employer.id() + "/applications/" + id + "/status");

        assertProblem(response, 400, "VALIDATION_FAILED").body("violations.field", contains("applicationId"));
    }

    @Test
    void applicationThatDoesNotExistIsNotFound() {
        Response response = employer.member().request().body(Map.of("status", "VIEWED"))
                .when().put("/api/v1/employers/" + employer.id() + "/applications/987654321/status");

        assertProblem(response, 404, "APPLICATION_NOT_FOUND");
    }

    private Response move(Map<String, ?> change) {
        return employer.member().request().body(change)
                .when().put("/api/v1/employers/" + employer.id() + "/applications/" + applicationId + "/status");
    }

    private JsonPath received(String query) {
        return employer.member().request().when().get("/api/v1/employers/" + employer.id() + "/applications" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private void assertStatusStays(String status, int events) {
        assertEquals(status, received("").getString("items[0].status"));
        seeker.request().when().get("/api/v1/seekers/me/applications")
                .then().statusCode(200).body("items[0].status", equalTo(status));
        assertEquals(Integer.toString(events),
                Sql.value(db, "select count(*) from application_event where application_id = ?", applicationId));
    }

    private static OffsetDateTime interviewTime() {
        return Dates.today().plusDays(3).atTime(LocalTime.of(9, 30)).atZone(Dates.WEIHAI).toOffsetDateTime();
    }

    /** As the contract writes it: 2026-12-10T09:30:00+08:00, seconds included. */
    private static String text(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Map<String, String> event(String from, String to, long actor, String note) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("from_status", from);
        row.put("to_status", to);
        row.put("actor_user_id", Long.toString(actor));
        row.put("note", note);
        return row;
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
