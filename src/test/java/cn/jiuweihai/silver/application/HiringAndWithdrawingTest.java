package cn.jiuweihai.silver.application;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newSeeker;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static cn.jiuweihai.silver.testing.TwoWay.interview;
import static cn.jiuweihai.silver.testing.TwoWay.move;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hiring fills a job's places safely; a seeker withdraws; closed and full jobs refuse with a reason. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class HiringAndWithdrawingTest {

    private static final int PARALLEL = 20;
    private static final String MINE = "/api/v1/seekers/me/applications";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void twentyParallelHiresIntoTheLastPlaceLeaveOneHireAndNineteenClearRefusals() throws Exception {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long job = publish(employer, withHeadcount("夜间值守员", 1));
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            long id = apply(newSeeker(weChat, 55), job).then().statusCode(201).extract().jsonPath().getLong("id");
            move(employer, id, interview()).then().statusCode(200);
            applications.add(id);
        }

        List<HttpRequest> hires = applications.stream().map(id -> AllAtOnce.put(root.resolve(
                "/api/v1/employers/" + employer.id() + "/applications/" + id + "/status"),
                employer.member().token(), Map.of("status", "HIRED"))).toList();
        List<HttpResponse<String>> answers = AllAtOnce.send(hires);

        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 200).toList();
        assertEquals(PARALLEL - 1, refused.size(), () -> answers.stream().map(HttpResponse::body).toList().toString());
        assertAll(refused.stream().map(answer -> () -> assertTrue(
                AllAtOnce.isProblem(answer, 409, "APPLICATION_HEADCOUNT_FILLED"), answer.body())));
        assertEquals("1", Sql.value(db, "select count(*) from job_application where job_id = ? and status = 'HIRED'",
                job));
    }

    @Test
    void applyingToAJobWhosePlacesAreFilledIsRefusedWithTheReason() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long job = publish(employer, withHeadcount("门卫", 1));
        long first = apply(newSeeker(weChat, 58), job).then().statusCode(201).extract().jsonPath().getLong("id");
        move(employer, first, interview()).then().statusCode(200);
        move(employer, first, Map.of("status", "HIRED")).then().statusCode(200);

        assertProblem(apply(newSeeker(weChat, 58), job), 409, "APPLICATION_HEADCOUNT_FILLED");
    }

    @Test
    void applyingToAClosedJobIsRefusedWithTheReason() {
        long job = publish(newVerifiedEmployer(weChat, "威海颐养之家"), jobDraft("保洁员"));
        Sql.update(db, "update job set status = 'CLOSED' where id = ?", job);

        assertProblem(apply(newSeeker(weChat, 58), job), 409, "APPLICATION_JOB_CLOSED");
    }

    @Test
    void seekerWithdrawsAndTheMoveIsRecordedAsTheSeekers() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 60);
        long id = apply(seeker, publish(employer, jobDraft("保洁员"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        seeker.request().when().post(MINE + "/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("statusText", equalTo("已撤回"))
                .body("$", not(hasKey("employerPhone")));

        assertEquals("SEEKER", Sql.value(db, "select actor_role from application_event"
                + " where application_id = ? and to_status = 'WITHDRAWN'", id));
        assertEquals(Long.toString(seeker.id()), Sql.value(db, "select actor_user_id from application_event"
                + " where application_id = ? and to_status = 'WITHDRAWN'", id));
        assertProblem(seeker.request().when().post(MINE + "/" + id + "/withdraw"), 409,
                "APPLICATION_TRANSITION_NOT_ALLOWED");
        assertProblem(move(employer, id, interview()), 409, "APPLICATION_TRANSITION_NOT_ALLOWED");
    }

    @Test
    void seekerCannotWithdrawSomeoneElsesApplication() {
        long id = apply(newSeeker(weChat, 60), publish(newVerifiedEmployer(weChat, "威海颐养之家"),
                jobDraft("保洁员"))).then().statusCode(201).extract().jsonPath().getLong("id");

        assertProblem(newSeeker(weChat, 61).request().when().post(MINE + "/" + id + "/withdraw"), 404,
                "APPLICATION_NOT_FOUND");
    }

    @Test
    void hiredApplicationCannotBeWithdrawn() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 60);
        long id = apply(seeker, publish(employer, jobDraft("保洁员"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        move(employer, id, interview()).then().statusCode(200);
        move(employer, id, Map.of("status", "HIRED")).then().statusCode(200);

        assertProblem(seeker.request().when().post(MINE + "/" + id + "/withdraw"), 409,
                "APPLICATION_TRANSITION_NOT_ALLOWED");
    }

    @Test
    void onceAppliedTheSeekerGetsTheEmployersPhoneForACall() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 60);

        apply(seeker, publish(employer, jobDraft("保洁员"))).then().statusCode(201)
                .body("employerContactName", equalTo("李经理"))
                .body("employerPhone", matchesPattern("^1[3-9][0-9]{9}$"));
    }

    @Test
    void employerMayMoveAnInterviewToANewTimeAndPlace() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long id = apply(newSeeker(weChat, 60), publish(employer, jobDraft("保洁员"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        move(employer, id, interview()).then().statusCode(200);

        move(employer, id, Map.of("status", "INTERVIEW", "interviewAt", "2099-01-05T01:30:00Z",
                "interviewPlace", "一楼接待室")).then().statusCode(200)
                .body("interviewPlace", equalTo("一楼接待室"));
    }

    private static Map<String, Object> withHeadcount(String title, int headcount) {
        Map<String, Object> draft = jobDraft(title);
        draft.put("headcount", headcount);
        return draft;
    }
}
