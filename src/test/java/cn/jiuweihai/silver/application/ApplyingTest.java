package cn.jiuweihai.silver.application;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newSeeker;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Formats.instantWithOffset;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.seeker.Sex;
import cn.jiuweihai.silver.testing.AllAtOnce;
import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import cn.jiuweihai.silver.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seeker applies to a job in one step, once, and only when the job's age range allows. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class ApplyingTest {

    private static final String MINE = "/api/v1/seekers/me/applications";
    private static final int PARALLEL = 20;

    private static EmployerAccount shared;

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @TestHTTPResource("/api/v1/applications")
    URI applications;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void seekerAppliesAndFindsTheApplicationAmongTheirOwn() {
        long job = publish(employer(), jobDraft("社区助老员"));
        User seeker = newSeeker(weChat, 58);

        Response applied = apply(seeker, job);

        applied.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", greaterThan(0))
                .body("jobId", equalTo((int) job))
                .body("jobTitle", equalTo("社区助老员"))
                .body("employerName", equalTo("威海颐养之家"))
                .body("status", equalTo("SUBMITTED"))
                .body("statusText", equalTo("已投递"))
                .body("$", not(hasKey("interviewAt")))
                .body("createdAt", instantWithOffset());
        seeker.request().when().get(MINE)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(applied.jsonPath().getInt("id")))
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].jobTitle", equalTo("社区助老员"));
    }

    @Test
    void applyingTwiceToTheSameJobIsRefused() {
        long job = publish(employer(), jobDraft("保洁员"));
        User seeker = newSeeker(weChat, 58);
        apply(seeker, job).then().statusCode(201);

        assertProblem(apply(seeker, job), 409, "APPLICATION_DUPLICATE");
        seeker.request().when().get(MINE).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void twentyParallelApplicationsOfOneSeekerLeaveExactlyOne() throws Exception {
        long job = publish(employer(), jobDraft("门卫"));
        User seeker = newSeeker(weChat, 60);
        long seekerId = seeker.request().when().get("/api/v1/seekers/me").jsonPath().getLong("id");

        HttpRequest request = AllAtOnce.post(applications, seeker.token(), Map.of("jobId", job));
        List<HttpResponse<String>> answers = AllAtOnce.send(Collections.nCopies(PARALLEL, request));

        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertEquals(PARALLEL - 1, refused.size(),
                () -> "answers: " + answers.stream().map(HttpResponse::body).toList());
        assertAll(refused.stream().map(answer -> () ->
                assertTrue(AllAtOnce.isProblem(answer, 409, "APPLICATION_DUPLICATE"), answer.body())));
        assertEquals("1", Sql.value(db, "select count(*) from job_application where job_id = ? and seeker_id = ?",
                job, seekerId));
        assertEquals("1", Sql.value(db, "select count(*) from application_event e join job_application a"
                + " on a.id = e.application_id where a.job_id = ?", job));
    }

    @Test
    void userWhoHasNotRegisteredAsASeekerCannotApply() {
        long job = publish(employer(), jobDraft("保洁员"));
        User user = Api.newUser(weChat);

        assertProblem(apply(user, job), 403, "SEEKER_PROFILE_REQUIRED");
        assertProblem(user.request().when().get(MINE), 403, "SEEKER_PROFILE_REQUIRED");
        assertEquals("0", Sql.value(db, "select count(*) from job_application where job_id = ?", job));
    }

    @Test
    void seekerOlderThanTheJobAllowsIsRefused() {
        long job = publish(employer(), withAges("社区助老员", 50, 60));
        User seeker = newSeeker(weChat, 65);

        assertProblem(apply(seeker, job), 409, "APPLICATION_AGE_OUT_OF_RANGE")
                .body("detail", containsString("50岁以上"))
                .body("detail", containsString("60岁以下"));
        seeker.request().when().get(MINE).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void seekerYoungerThanTheJobAllowsIsRefused() {
        long job = publish(employer(), withAges("返聘技术顾问", 55, null));

        assertProblem(apply(newSeeker(weChat, 52), job), 409, "APPLICATION_AGE_OUT_OF_RANGE")
                .body("detail", containsString("55岁以上"));
    }

    @Test
    void seekersAtBothEndsOfTheAgeRangeMayApply() {
        long job = publish(employer(), withAges("社区助老员", 50, 60));

        apply(newSeeker(weChat, 50), job).then().statusCode(201);
        apply(newSeeker(weChat, 60), job).then().statusCode(201);
    }

    @Test
    void seekerWhoTurnsSixtyOneTomorrowStillFitsAnUpperLimitOfSixty() {
        long job = publish(employer(), withAges("社区助老员", null, 60));
        User seeker = Api.newUser(weChat);
        String idNumber = TestData.idNumber(Dates.today().minusYears(61).plusDays(1), Sex.MALE);
        Api.registerSeeker(seeker, Api.seekerRegistration(idNumber, TestData.phone())).then().statusCode(201);

        apply(seeker, job).then().statusCode(201);
    }

    @Test
    void applyingToAJobThatDoesNotExistIsNotFound() {
        assertProblem(apply(newSeeker(weChat, 58), 987_654_321L), 404, "JOB_NOT_FOUND");
    }

    @Test
    void applyingToAnExpiredJobIsRefusedAsClosed() {
        long job = publish(employer(), jobDraft("保洁员"));
        Sql.update(db, "update job set valid_until = ? where id = ?", Dates.today().minusDays(1), job);

        assertProblem(apply(newSeeker(weChat, 58), job), 409, "APPLICATION_JOB_CLOSED");
    }

    @Test
    void applicationWithoutAJobIsRefusedNamingTheField() {
        User seeker = newSeeker(weChat, 58);

        assertProblem(seeker.request().body("{}").when().post("/api/v1/applications"), 400, "VALIDATION_FAILED")
                .body("violations.field", contains("jobId"));
        assertProblem(seeker.request().body(Map.of("jobId", "第一个")).when().post("/api/v1/applications"),
                400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("jobId"));
    }

    @Test
    void staffTokenCannotApply() {
        long job = publish(employer(), jobDraft("保洁员"));

        assertProblem(Api.asCityAdmin().body(Map.of("jobId", job)).when().post("/api/v1/applications"),
                403, "FORBIDDEN");
    }

    private EmployerAccount employer() {
        if (shared == null) {
            shared = newVerifiedEmployer(weChat, "威海颐养之家");
        }
        return shared;
    }

    private static Map<String, Object> withAges(String title, Integer ageMin, Integer ageMax) {
        Map<String, Object> draft = jobDraft(title);
        draft.put("ageMin", ageMin);
        draft.put("ageMax", ageMax);
        return draft;
    }
}
