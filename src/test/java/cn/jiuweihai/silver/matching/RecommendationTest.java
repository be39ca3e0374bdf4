package cn.jiuweihai.silver.matching;

import static cn.jiuweihai.silver.testing.Api.apply;
import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs recommended to a seeker and candidates to an employer, scored and explained. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class RecommendationTest {

    private static final int CARE_WORKER = 1;

    @InjectFakeWeChat
    FakeWeChat weChat;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void seekerSeesTheNearbyAgeFriendlyJobFirstWithItsReasons() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long near = publish(employer, job("日间照料助老员", "371002", "37.510800", "ELDERLY_CARE", "LOW"));
        publish(employer, job("码头装卸工", "371083", "36.900000", "LOGISTICS", "HIGH"));
        long tooOld = publish(employer, withAges(job("青年护理员", "371002", "37.5108", "ELDERLY_CARE", "LOW"), 18, 45));
        User seeker = careWorker(58);

        seeker.request().when().get("/api/v1/seekers/me/recommendations?size=50").then().statusCode(200)
                .body("items[0].jobId", equalTo((int) near))
                .body("items[0].reasons", hasItems("距离约1.2公里", "符合您的期望工种", "坐姿工作", "您有8年养老护理员经验"))
                .body("items.jobId", not(hasItem((int) tooOld)))
                .body("items[0].payText", equalTo("2800-3500元/月"));
    }

    @Test
    void jobsAlreadyAppliedToAreNotRecommendedAgain() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long job = publish(employer, job("日间照料助老员", "371002", "37.510800", "ELDERLY_CARE", "LOW"));
        User seeker = careWorker(58);
        apply(seeker, job).then().statusCode(201);

        seeker.request().when().get("/api/v1/seekers/me/recommendations?size=50").then().statusCode(200)
                .body("items.jobId", not(hasItem((int) job)));
    }

    @Test
    void employerSeesCandidatesAsCardsWithReasonsAndNoContact() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        long job = publish(employer, withAges(job("日间照料助老员", "371002", "37.510800", "ELDERLY_CARE", "LOW"),
                50, 65));
        User fits = careWorker(58);
        User applied = careWorker(59);
        apply(applied, job).then().statusCode(201);
        careWorker(70);

        String body = employer.member().request().when()
                .get("/api/v1/employers/" + employer.id() + "/jobs/" + job + "/candidates?size=50")
                .then().statusCode(200)
                .body("items.candidate.seekerId", hasItem((int) seekerId(fits)))
                .body("items.candidate.seekerId", not(hasItem((int) seekerId(applied))))
                .body("items.candidate.ageBand", everyItem(not(equalTo("70岁及以上"))))
                .body("items[0].reasons", hasItems("有8年养老护理员经验", "住处距岗位约1.2公里"))
                .body("items[0].candidate.skills", hasItem("养老护理员 8年"))
                .extract().asString();
        assertFalse(body.contains("张桂芳"), body);
        assertFalse(body.matches("(?s).*1[3-9][0-9]{9}.*"), body);
    }

    @Test
    void onlyTheEmployersMembersSeeCandidatesOfItsOwnJobs() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海颐养之家");
        EmployerAccount other = newVerifiedEmployer(weChat, "荣成康养中心");
        long job = publish(employer, jobDraft("保洁员"));

        assertProblem(other.member().request().when()
                .get("/api/v1/employers/" + employer.id() + "/jobs/" + job + "/candidates"), 403,
                "EMPLOYER_MEMBER_REQUIRED");
        assertProblem(other.member().request().when()
                .get("/api/v1/employers/" + other.id() + "/jobs/" + job + "/candidates"), 404, "JOB_NOT_FOUND");
    }

    private User careWorker(int age) {
        User user = Api.newUser(weChat);
        Map<String, Object> registration = Api.seekerRegistration(TestData.idNumberAged(age), TestData.phone());
        registration.put("details", Map.of(
                "occupations", List.of(Map.of("occupationId", CARE_WORKER, "years", 8)),
                "desiredCategories", List.of("ELDERLY_CARE"),
                "employmentForms", List.of("PART_TIME"),
                "physicalCapacity", "LOW",
                "maxTravelKm", 5,
                "homeLocation", Map.of("latitude", "37.500000", "longitude", "122.100000")));
        Api.registerSeeker(user, registration).then().statusCode(201);
        return user;
    }

    private static Map<String, Object> job(String title, String district, String latitude, String category,
            String demand) {
        Map<String, Object> draft = jobDraft(title);
        draft.put("districtCode", district);
        draft.put("latitude", latitude);
        draft.put("longitude", "122.100000");
        draft.put("category", category);
        draft.put("occupationId", CARE_WORKER);
        draft.put("physicalDemand", demand);
        return draft;
    }

    private static Map<String, Object> withAges(Map<String, Object> draft, int min, int max) {
        draft.put("ageMin", min);
        draft.put("ageMax", max);
        return draft;
    }

    private static long seekerId(User seeker) {
        return seeker.request().when().get("/api/v1/seekers/me").jsonPath().getLong("id");
    }
}
