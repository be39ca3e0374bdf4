package cn.jiuweihai.silver.employer;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Market;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class EmployerStaffTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    EntityManager em;

    private Market market;
    private Market.Person owner;

    @BeforeEach
    void market() {
        weChat.reset();
        market = new Market(weChat);
        owner = market.newUser();
    }

    @Test
    void invitedColleagueJoinsOnceAndCanPostJobs() {
        long employerId = market.verifiedEmployer(owner, "威海海颐康养" + Market.tag());
        Market.Person colleague = market.newUser();

        String code = owner.as().post("/api/v1/employers/" + employerId + "/invitations").then().statusCode(201)
                .body("link", matchesPattern(".*code=[A-Z0-9]{10}$")).extract().path("code");
        colleague.as().body(Map.of("code", code.toLowerCase())).post("/api/v1/employers/join").then()
                .statusCode(200).body("id", equalTo((int) employerId));

        owner.as().get("/api/v1/employers/" + employerId + "/members").then().statusCode(200)
                .body("", hasSize(2)).body("[1].role", equalTo("STAFF"));
        Market.post(colleague, employerId, Market.job("护理员" + Market.tag())).then().statusCode(201);
        assertProblem(market.newUser().as().body(Map.of("code", code)).post("/api/v1/employers/join"), 409,
                "INVITATION_USED");
    }

    @Test
    void expiredOrUnknownCodesAreRefused() {
        long employerId = market.verifiedEmployer(owner, "威海银滩物业" + Market.tag());
        String code = owner.as().post("/api/v1/employers/" + employerId + "/invitations").then().extract().path("code");
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update EmployerInvitation i set i.expiresAt = :past where i.code = :code")
                .setParameter("past", Instant.now().minusSeconds(60)).setParameter("code", code).executeUpdate());

        assertProblem(market.newUser().as().body(Map.of("code", code)).post("/api/v1/employers/join"), 409,
                "INVITATION_EXPIRED");
        assertProblem(market.newUser().as().body(Map.of("code", "ACDEFGHJKM")).post("/api/v1/employers/join"), 404,
                "INVITATION_NOT_FOUND");
    }

    @Test
    void onlyTheOwnerInvites() {
        long employerId = market.verifiedEmployer(owner, "威海刘公岛文旅" + Market.tag());
        Market.Person colleague = market.newUser();
        String code = owner.as().post("/api/v1/employers/" + employerId + "/invitations").then().extract().path("code");
        colleague.as().body(Map.of("code", code)).post("/api/v1/employers/join").then().statusCode(200);

        assertProblem(colleague.as().post("/api/v1/employers/" + employerId + "/invitations"), 403,
                "EMPLOYER_OWNER_REQUIRED");
    }

    @Test
    void rejectedEmployerCorrectsItsRegistrationAndIsReviewedAgain() {
        String creditCode = Market.newCreditCode();
        long id = owner.as().body(Market.registration("威海乐龄餐饮", creditCode)).post("/api/v1/employers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Market.asStaff().body(Map.of("decision", "REJECTED", "reason", "单位名称与营业执照不一致"))
                .post("/api/v1/admin/employers/" + id + "/verification").then().statusCode(200);

        owner.as().get("/api/v1/employers/mine").then().body("find { it.id == " + id + " }.rejectionReason",
                equalTo("单位名称与营业执照不一致"));
        owner.as().body(Market.registration("威海经区乐龄餐饮管理有限公司", creditCode)).put("/api/v1/employers/" + id)
                .then().statusCode(200).body("verificationStatus", equalTo("PENDING"))
                .body("submissions", equalTo(2)).body("name", equalTo("威海经区乐龄餐饮管理有限公司"));
    }

    @Test
    void secondAccountForTheSameCreditCodeIsRefusedEvenInLowerCase() {
        String creditCode = Market.newCreditCode();
        owner.as().body(Market.registration("威海甲单位", creditCode)).post("/api/v1/employers").then().statusCode(201);

        assertProblem(market.newUser().as().body(Market.registration("威海乙单位", creditCode.toLowerCase()))
                .post("/api/v1/employers"), 409, "EMPLOYER_CREDIT_CODE_TAKEN");
    }

    @Test
    void silverEconomyEmployerMustNameItsSegment() {
        Map<String, Object> body = Market.registration("威海康养", Market.newCreditCode());
        body.remove("silverSegment");

        assertProblem(owner.as().body(body).post("/api/v1/employers"), 400, "EMPLOYER_SEGMENT_REQUIRED");
    }

    @Test
    void ageFriendlyMarkShowsOnTheEmployersJobs() {
        long employerId = market.verifiedEmployer(owner, "威海颐养" + Market.tag());
        String tag = Market.tag();
        long jobId = Market.post(owner, employerId, Market.job("助老员" + tag)).then().extract().jsonPath().getLong("id");

        Market.asStaff().body(Map.of("granted", true)).put("/api/v1/admin/employers/" + employerId + "/age-friendly")
                .then().statusCode(200).body("ageFriendly", equalTo(true));

        given().get("/api/v1/jobs/" + jobId).then().body("employer.ageFriendly", equalTo(true));
        given().queryParams(Map.of("keyword", tag, "ageFriendlyEmployer", "true")).get("/api/v1/jobs").then()
                .body("total", equalTo(1)).body("items[0].employerAgeFriendly", equalTo(true));
    }

    @Test
    void unverifiedEmployerCannotHoldTheMark() {
        long employerId = market.registeredEmployer(owner, "威海未认证" + Market.tag());

        assertProblem(Market.asStaff().body(Map.of("granted", true))
                .put("/api/v1/admin/employers/" + employerId + "/age-friendly"), 409, "EMPLOYER_NOT_VERIFIED");
    }
}
