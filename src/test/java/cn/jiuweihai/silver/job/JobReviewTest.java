package cn.jiuweihai.silver.job;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Market;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class JobReviewTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    JobIndexSync sync;

    @Inject
    JobRepository repository;

    private Market market;
    private Market.Person clerk;
    private long employerId;

    @BeforeEach
    void verifiedEmployer() {
        weChat.reset();
        market = new Market(weChat);
        clerk = market.newUser();
        employerId = market.verifiedEmployer(clerk, "威海颐养之家" + Market.tag());
    }

    @Test
    void jobWhoseTextPassesIsPublishedAndFoundAtOnce() {
        String tag = Market.tag();

        Response posted = Market.post(clerk, employerId, Market.job("社区助老员" + tag));

        posted.then().statusCode(201).body("status", equalTo("PUBLISHED")).body("reviewCause", nullValue());
        assertEquals(1, weChat.textChecks());
        assertEquals(1, searchTotal(tag));
    }

    @Test
    void riskyTextWaitsInTheStaffQueueAndIsPublishedWhenApproved() {
        String tag = Market.tag();
        weChat.judgeText("高额返利", "risky");
        Map<String, Object> job = Market.job("电话回访员" + tag);
        job.put("description", "回访老客户，高额返利。");

        long id = Market.post(clerk, employerId, job).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW")).body("reviewCause", equalTo("CONTENT_RISKY"))
                .extract().jsonPath().getLong("id");

        assertEquals(0, searchTotal(tag));
        assertProblem(given().get("/api/v1/jobs/" + id), 404, "JOB_NOT_FOUND");
        Market.asStaff().get("/api/v1/admin/jobs/pending?size=50").then().statusCode(200)
                .body("items.id", hasItem((int) id));

        Market.asStaff().body(Map.of("decision", "APPROVE")).post("/api/v1/admin/jobs/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertEquals(1, searchTotal(tag));
        Market.asStaff().get("/api/v1/admin/jobs/pending?size=50").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void textWeChatCannotCheckIsHeldRatherThanPublished() {
        weChat.breakTextChecks(Fault.CONNECTION_RESET_BY_PEER);

        Market.post(clerk, employerId, Market.job("保洁员" + Market.tag())).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW")).body("reviewCause", equalTo("CONTENT_UNVERIFIED"));
    }

    @Test
    void textWeChatRefusesToCheckIsHeldRatherThanPublished() {
        weChat.refuseTextChecks(FakeWeChat.BUSY);

        Market.post(clerk, employerId, Market.job("保洁员" + Market.tag())).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW")).body("reviewCause", equalTo("CONTENT_UNVERIFIED"));
    }

    @Test
    void rejectedJobShowsTheReasonAndCanBeCorrectedAndSubmittedAgain() {
        weChat.judgeText("代开发票", "review");
        Map<String, Object> job = Market.job("会计助理" + Market.tag());
        job.put("description", "整理票据，代开发票。");
        long id = Market.post(clerk, employerId, job).then().extract().jsonPath().getLong("id");

        assertProblem(Market.asStaff().body(Map.of("decision", "REJECT")).post("/api/v1/admin/jobs/" + id
                + "/review"), 400, "JOB_REVIEW_REASON_REQUIRED");
        Market.asStaff().body(Map.of("decision", "REJECT", "reason", "工作内容含违规信息"))
                .post("/api/v1/admin/jobs/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        clerk.as().get(jobPath(id)).then().statusCode(200).body("reviewReason", equalTo("工作内容含违规信息"));

        job.put("description", "整理票据，录入报销单。");
        clerk.as().body(job).put(jobPath(id)).then().statusCode(200).body("status", equalTo("DRAFT"));
        clerk.as().post(jobPath(id) + "/submit").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void changingThePayOfAPublishedJobSendsItBackToReviewButNewHeadcountDoesNot() {
        String tag = Market.tag();
        Map<String, Object> job = Market.job("门卫" + tag);
        long id = Market.post(clerk, employerId, job).then().extract().jsonPath().getLong("id");

        job.put("headcount", 5);
        clerk.as().body(job).put(jobPath(id)).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("headcount", equalTo(5));
        job.put("payMax", 3000);
        clerk.as().body(job).put(jobPath(id)).then().statusCode(200).body("status", equalTo("PENDING_REVIEW"))
                .body("reviewCause", equalTo("MATERIAL_EDIT"));

        assertEquals(0, searchTotal(tag));
    }

    @Test
    void closedJobLeavesTheSearchAndCannotBeEdited() {
        String tag = Market.tag();
        Map<String, Object> job = Market.job("讲解员" + tag);
        long id = Market.post(clerk, employerId, job).then().extract().jsonPath().getLong("id");

        clerk.as().post(jobPath(id) + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));

        assertEquals(0, searchTotal(tag));
        assertProblem(clerk.as().body(job).put(jobPath(id)), 409, "JOB_CLOSED");
    }

    @Test
    void draftIsNotCheckedNorSearchableUntilSubmitted() {
        String tag = Market.tag();

        long id = clerk.as().body(Market.job("助浴员" + tag)).post("/api/v1/employers/" + employerId + "/jobs?draft=true")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");

        assertEquals(0, weChat.textChecks());
        assertEquals(0, searchTotal(tag));
        clerk.as().post(jobPath(id) + "/submit").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertEquals(1, searchTotal(tag));
    }

    @Test
    void jobPastItsValidUntilDateIsClosedBySweep() {
        String tag = Market.tag();
        long id = Market.post(clerk, employerId, Market.job("园林绿化工" + tag)).then().extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> repository.update("validUntil = ?1 where id = ?2",
                LocalDate.now().minusDays(2), id));

        sync.closeExpired();
        sync.refresh();

        clerk.as().get(jobPath(id)).then().body("status", equalTo("CLOSED"));
        assertEquals(0, searchTotal(tag));
    }

    @Test
    void refusesInvertedPayRangeNamingTheField() {
        Map<String, Object> job = Market.job("收银员" + Market.tag());
        job.put("payMin", 4000);

        assertProblem(Market.post(clerk, employerId, job), 400, "JOB_PAY_RANGE_INVALID")
                .body("violations[0].field", equalTo("payMax"));
    }

    @Test
    void refusesNoHeadcountAndPastValidUntil() {
        Map<String, Object> job = Market.job("收银员" + Market.tag());
        job.put("headcount", 0);
        assertProblem(Market.post(clerk, employerId, job), 400, "VALIDATION_FAILED");

        job.put("headcount", 1);
        job.put("validUntil", LocalDate.now().minusDays(1).toString());
        assertProblem(Market.post(clerk, employerId, job), 400, "JOB_VALID_UNTIL_INVALID");
    }

    @Test
    void anotherEmployersMemberCannotTouchTheJob() {
        long id = Market.post(clerk, employerId, Market.job("保安员" + Market.tag())).then().extract().jsonPath()
                .getLong("id");
        Market.Person stranger = market.newUser();

        assertProblem(stranger.as().post(jobPath(id) + "/close"), 403, "EMPLOYER_MEMBER_REQUIRED");
    }

    private String jobPath(long id) {
        return "/api/v1/employers/" + employerId + "/jobs/" + id;
    }

    private static int searchTotal(String keyword) {
        return given().queryParam("keyword", keyword).get("/api/v1/jobs").then().statusCode(200)
                .extract().path("total");
    }
}
