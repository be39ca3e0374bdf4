package cn.jiuweihai.silver.notification;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newSeeker;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static cn.jiuweihai.silver.testing.TwoWay.allow;
import static cn.jiuweihai.silver.testing.TwoWay.interview;
import static cn.jiuweihai.silver.testing.TwoWay.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every event lands in the in-app list; subscribed ones go out as WeChat subscribe messages from
 * the outbox, exactly once, outages and several senders notwithstanding.
 */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class NoticeDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @Inject
    NoticeSender sender;

    @BeforeEach
    void healthyWeChatAndAnEmptyOutbox() {
        weChat.reset();
        sender.sendDue(Instant.now().plus(Duration.ofDays(2)));
        weChat.reset();
    }

    @Test
    void seekerAndEmployerFindEveryEventInTheirListAndMarkItRead() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 58);
        long application = apply(seeker, publish(employer, jobDraft("社区助老员"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        move(employer, application, interview()).then().statusCode(200);

        employer.member().request().when().get("/api/v1/notices").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("APPLICATION_RECEIVED"))
                .body("items[0].body", equalTo("张女士投递了“社区助老员”"))
                .body("items[0].read", equalTo(false));
        long notice = seeker.request().when().get("/api/v1/notices").then().statusCode(200)
                .body("items.kind", contains("INTERVIEW_SCHEDULED"))
                .body("items[0].refType", equalTo("APPLICATION"))
                .body("items[0].refId", equalTo((int) application))
                .extract().jsonPath().getLong("items[0].id");
        seeker.request().when().get("/api/v1/notices/unread-count").then().body("unread", equalTo(1));

        seeker.request().when().post("/api/v1/notices/" + notice + "/read").then().statusCode(204);

        seeker.request().when().get("/api/v1/notices/unread-count").then().body("unread", equalTo(0));
        seeker.request().when().get("/api/v1/notices?unread=true").then().body("total", equalTo(0));
        assertProblem(employer.member().request().when().post("/api/v1/notices/" + notice + "/read"), 404,
                "NOTICE_NOT_FOUND");
    }

    @Test
    void wechatOutageDuringEventsFailsNothingAndEveryNoticeArrivesOnceWhenItEnds() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 58);
        allow(employer.member(), "application-received");
        allow(seeker, "application-progress", "application-progress", "application-progress");
        long job = publish(employer, jobDraft("社区助老员"));

        weChat.startOutage();
        long application = apply(seeker, job).then().statusCode(201).extract().jsonPath().getLong("id");
        move(employer, application, Map.of("status", "VIEWED")).then().statusCode(200);
        move(employer, application, interview()).then().statusCode(200);
        int sentDuringOutage = sender.sendDue();
        weChat.endOutage();

        assertEquals(0, sentDuringOutage);
        assertEquals("3", Sql.value(db, "select count(*) from notice_outbox o join notice n on n.id = o.notice_id"
                + " where n.ref_id = ? and o.status = 'PENDING' and o.attempts = 1", application));
        assertEquals(0, sender.sendDue(), "nothing is retried before its backoff has passed");
        assertEquals(3, sender.sendDue(Instant.now().plus(Duration.ofMinutes(5))));
        assertEquals(0, sender.sendDue(Instant.now().plus(Duration.ofHours(5))));
        List<JsonNode> delivered = delivered();
        assertEquals(List.of("tmpl-application-received", "tmpl-application-progress", "tmpl-application-progress"),
                delivered.stream().map(m -> m.get("template_id").asText()).toList());
        assertEquals(List.of(employer.member().openid(), seeker.openid(), seeker.openid()),
                delivered.stream().map(m -> m.get("touser").asText()).toList());
        assertEquals("单位已查看", delivered.get(1).at("/data/phrase2/value").asText());
    }

    @Test
    void userWhoRefusedTheTemplateIsNotAskedAgain() {
        Applied applied = appliedWithOneProgressMessageAllowed("保洁员");
        EmployerAccount employer = applied.employer();
        User seeker = applied.seeker();
        long application = applied.id();
        weChat.refuseSendsTo(seeker.openid(), FakeWeChat.USER_REFUSED);

        move(employer, application, Map.of("status", "VIEWED")).then().statusCode(200);
        sender.sendDue();
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)));

        assertEquals(1, weChat.sendRequests());
        assertEquals("REFUSED", Sql.value(db, "select o.status from notice_outbox o join notice n"
                + " on n.id = o.notice_id where n.ref_id = ? and n.kind = 'APPLICATION_STATUS_CHANGED'", application));
    }

    @Test
    void withoutASubscriptionTheNoticeStaysInTheAppOnly() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 58);
        long application = apply(seeker, publish(employer, jobDraft("保洁员"))).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        move(employer, application, Map.of("status", "VIEWED")).then().statusCode(200);
        sender.sendDue();

        assertEquals(0, weChat.sendRequests());
        assertEquals("0", Sql.value(db, "select count(*) from notice_outbox o join notice n on n.id = o.notice_id"
                + " where n.ref_id = ?", application));
        seeker.request().when().get("/api/v1/notices").then().body("items.kind",
                contains("APPLICATION_STATUS_CHANGED"));
    }

    @Test
    void oneAllowIsOneMessage() {
        Applied applied = appliedWithOneProgressMessageAllowed("保洁员");
        EmployerAccount employer = applied.employer();
        long application = applied.id();

        move(employer, application, Map.of("status", "VIEWED")).then().statusCode(200);
        move(employer, application, interview()).then().statusCode(200);
        sender.sendDue();

        assertEquals(1, delivered().size());
    }

    @Test
    void longJobTitlesAreShortenedToWhatWeChatTakes() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 58);
        allow(seeker, "application-progress");
        String title = "威海市环翠区竹岛街道海港社区日间照料中心助老服务员";
        long application = apply(seeker, publish(employer, jobDraft(title))).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        move(employer, application, Map.of("status", "REJECTED", "note", "感谢您的投递，本岗位已确定人选，欢迎关注我们的其他岗位"))
                .then().statusCode(200);
        sender.sendDue();

        JsonNode data = delivered().get(0).get("data");
        assertEquals("威海市环翠区竹岛街道海港社区日间照料中…", data.at("/thing1/value").asText());
        assertTrue(data.at("/thing3/value").asText().length() <= 20, data.toString());
    }

    @Test
    void severalSendersAtOnceDeliverEachMessageOnce() throws Exception {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        allow(employer.member(), "application-received", "application-received", "application-received",
                "application-received", "application-received", "application-received");
        long job = publish(employer, jobDraft("保洁员"));
        for (int i = 0; i < 6; i++) {
            apply(newSeeker(weChat, 58), job).then().statusCode(201);
        }

        int sent = 0;
        for (Future<Integer> run : runTogether(4, () -> sender.sendDue())) {
            sent += run.get();
        }

        assertEquals(6, sent);
        assertEquals(6, delivered().size());
        assertEquals(6, weChat.sendRequests());
    }

    @Test
    void messageOfAnInstanceThatDiedIsTakenUpOnceItsLeaseRunsOut() {
        Applied applied = appliedWithOneProgressMessageAllowed("保洁员");
        EmployerAccount employer = applied.employer();
        long application = applied.id();
        move(employer, application, Map.of("status", "VIEWED")).then().statusCode(200);
        String outbox = "update notice_outbox set status = 'SENDING', claimed_by = 'gone', claimed_until = ?"
                + " where notice_id in (select id from notice"
                + " where ref_id = ? and kind = 'APPLICATION_STATUS_CHANGED')";

        Sql.update(db, outbox, java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(1))), application);
        assertEquals(0, sender.sendDue(), "a live claim of another instance is left alone");
        Sql.update(db, outbox, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), application);

        assertEquals(1, sender.sendDue());
        assertEquals(1, delivered().size());
    }

    /** A seeker who allowed one progress message and applied to a new employer's job. */
    private record Applied(EmployerAccount employer, User seeker, long id) {
    }

    private Applied appliedWithOneProgressMessageAllowed(String title) {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        User seeker = newSeeker(weChat, 58);
        allow(seeker, "application-progress");
        long application = apply(seeker, publish(employer, jobDraft(title))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Applied(employer, seeker, application);
    }

    private static List<Future<Integer>> runTogether(int count, Callable<Integer> task) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(task);
            }
            return pool.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private List<JsonNode> delivered() {
        return weChat.deliveredMessages().stream().map(NoticeDeliveryTest::parse).toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
