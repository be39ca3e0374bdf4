package cn.jiuweihai.silver.invitation;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newSeeker;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jiuweihai.silver.testing.AllAtOnce;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An employer invites; the seeker accepts into an interview or declines; invitations expire and are rationed. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class InvitingTest {

    private static final String MINE = "/api/v1/seekers/me/invitations";
    private static final int DAILY_LIMIT = 3;

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @Inject
    InvitationService service;

    @TestHTTPResource("/")
    URI root;

    private EmployerAccount employer;
    private long job;

    @BeforeEach
    void employerWithAJob() {
        weChat.reset();
        employer = newVerifiedEmployer(weChat, "威海颐养之家");
        job = publish(employer, jobDraft("社区助老员"));
    }

    @Test
    void beforeAcceptingTheEmployerSeesOnlySurnameAgeBandDistrictAndSkills() {
        User seeker = newSeeker(weChat, 57);

        invite(seekerId(seeker)).then().statusCode(201)
                .body("status", equalTo("SENT"))
                .body("candidate.salutation", equalTo("张女士"))
                .body("candidate.ageBand", equalTo("55至59岁"))
                .body("candidate.districtName", equalTo("环翠区"))
                .body("candidate", not(hasKey("phone")))
                .body("candidate", not(hasKey("realName")))
                .body("candidate", not(hasKey("idNumber")))
                .body("expiresAt", notNullValue());
        String list = employer.member().request().when().get(invitations()).then().statusCode(200).extract().asString();
        assertFalse(list.contains("张桂芳"), list);
        assertFalse(list.matches("(?s).*1[3-9][0-9]{9}.*"), list);
    }

    @Test
    void acceptingMakesAnApplicationAtInterviewWithBothPhonesVisible() {
        User seeker = newSeeker(weChat, 57);
        long invitation = invite(seekerId(seeker), Map.of("interviewAt", "2099-03-01T01:30:00Z",
                "interviewPlace", "海港社区服务中心")).then().statusCode(201).extract().jsonPath().getLong("id");
        seeker.request().when().get("/api/v1/notices").then().body("items.kind", contains("INVITATION_RECEIVED"));

        long application = seeker.request().when().post(MINE + "/" + invitation + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract().jsonPath().getLong("applicationId");

        seeker.request().when().get("/api/v1/seekers/me/applications").then()
                .body("items[0].id", equalTo((int) application))
                .body("items[0].status", equalTo("INTERVIEW"))
                .body("items[0].interviewPlace", equalTo("海港社区服务中心"))
                .body("items[0].employerPhone", matchesPattern("^1[3-9][0-9]{9}$"));
        employer.member().request().when().get("/api/v1/employers/" + employer.id() + "/applications").then()
                .body("items[0].applicant.realName", equalTo("张桂芳"))
                .body("items[0].applicant.phone", matchesPattern("^1[3-9][0-9]{9}$"));
        employer.member().request().when().get("/api/v1/notices").then()
                .body("items[0].kind", equalTo("INVITATION_ACCEPTED"))
                .body("items[0].body", containsString("张女士接受"));
        assertEquals("INVITED", Sql.value(db, "select origin from job_application where id = ?", application));
    }

    @Test
    void decliningTellsTheEmployerAndRevealsNothing() {
        User seeker = newSeeker(weChat, 57);
        long invitation = invite(seekerId(seeker)).then().statusCode(201).extract().jsonPath().getLong("id");

        seeker.request().when().post(MINE + "/" + invitation + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("$", not(hasKey("applicationId")));

        assertProblem(seeker.request().when().post(MINE + "/" + invitation + "/accept"), 409,
                "INVITATION_ALREADY_ANSWERED");
        employer.member().request().when().get("/api/v1/notices").then()
                .body("items[0].kind", equalTo("INVITATION_DECLINED"));
        assertEquals("0", Sql.value(db, "select count(*) from job_application where job_id = ?", job));
    }

    @Test
    void expiredInvitationCannotBeAcceptedAndTheSweepMarksIt() {
        User seeker = newSeeker(weChat, 57);
        long invitation = invite(seekerId(seeker)).then().statusCode(201).extract().jsonPath().getLong("id");
        Sql.update(db, "update invitation set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), invitation);

        seeker.request().when().get(MINE).then().body("items[0].status", equalTo("EXPIRED"));
        assertProblem(seeker.request().when().post(MINE + "/" + invitation + "/accept"), 409, "INVITATION_EXPIRED");
        service.expireDue();
        assertEquals("EXPIRED", Sql.value(db, "select status from invitation where id = ?", invitation));
    }

    @Test
    void invitingTheSameSeekerTwiceOrOneWhoAppliedIsRefused() {
        User invited = newSeeker(weChat, 57);
        invite(seekerId(invited)).then().statusCode(201);
        User applicant = newSeeker(weChat, 57);
        apply(applicant, job).then().statusCode(201);

        assertProblem(invite(seekerId(invited)), 409, "INVITATION_DUPLICATE");
        assertProblem(invite(seekerId(applicant)), 409, "INVITATION_ALREADY_APPLIED");
    }

    @Test
    void anotherEmployersJobOrAnUnknownSeekerCannotBeInvitedTo() {
        long otherJob = publish(newVerifiedEmployer(weChat, "荣成康养中心"), jobDraft("保洁员"));
        User seeker = newSeeker(weChat, 57);

        assertProblem(employer.member().request().body(Map.of("jobId", otherJob, "seekerId", seekerId(seeker)))
                .when().post(invitations()), 404, "JOB_NOT_FOUND");
        assertProblem(invite(987_654_321L), 404, "SEEKER_NOT_FOUND");
        assertProblem(seeker.request().body(Map.of("jobId", job, "seekerId", seekerId(seeker)))
                .when().post(invitations()), 403, "EMPLOYER_MEMBER_REQUIRED");
    }

    @Test
    void parallelInvitationsStopAtTheDailyLimit() throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < DAILY_LIMIT + 5; i++) {
            requests.add(AllAtOnce.post(root.resolve(invitations()), employer.member().token(),
                    Map.of("jobId", job, "seekerId", seekerId(newSeeker(weChat, 57)))));
        }

        List<HttpResponse<String>> answers = AllAtOnce.send(requests);

        assertEquals(DAILY_LIMIT, answers.stream().filter(a -> a.statusCode() == 201).count(),
                () -> answers.stream().map(HttpResponse::body).toList().toString());
        assertEquals(5, answers.stream().filter(a -> AllAtOnce.isProblem(a, 429, "INVITATION_DAILY_LIMIT")).count());
        assertEquals(Integer.toString(DAILY_LIMIT), Sql.value(db,
                "select count(*) from invitation where employer_id = ?", employer.id()));
    }

    private Response invite(long seekerId) {
        return invite(seekerId, Map.of());
    }

    private Response invite(long seekerId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("jobId", job);
        body.put("seekerId", seekerId);
        body.put("message", "您好，离您家很近，欢迎来聊聊");
        return employer.member().request().body(body).when().post(invitations());
    }

    private String invitations() {
        return "/api/v1/employers/" + employer.id() + "/job-invitations";
    }

    private static long seekerId(User seeker) {
        return seeker.request().when().get("/api/v1/seekers/me").jsonPath().getLong("id");
    }
}
