package cn.jiuweihai.silver.testing;

import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.Api.User;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Steps of the two-way story shared by tests: moving applications, allowing subscribe messages
 * as the mini-program reports them, and the test profile's template ids.
 */
public final class TwoWay {

    /** Template ids of the test profile, by template key. */
    public static final Map<String, String> TEMPLATES = Map.of(
            "application-received", "tmpl-application-received",
            "application-progress", "tmpl-application-progress",
            "invitation", "tmpl-invitation",
            "seeker-reply", "tmpl-seeker-reply");

    private TwoWay() {
    }

    /**
     * The user taps "allow" for each template key in turn, one wx.requestSubscribeMessage each, as
     * a key given twice is allowed twice.
     */
    public static void allow(User user, String... templateKeys) {
        for (String key : templateKeys) {
            user.request().body(Map.of("results", Map.of(TEMPLATES.get(key), "accept")))
                    .when().post("/api/v1/notices/subscriptions")
                    .then().statusCode(200).body("granted[0]", org.hamcrest.Matchers.equalTo(key));
        }
    }

    /** The employer moves an application; returns the answer. */
    public static Response move(EmployerAccount employer, long applicationId, Map<String, Object> change) {
        return employer.member().request().body(change).when()
                .put("/api/v1/employers/" + employer.id() + "/applications/" + applicationId + "/status");
    }

    /** An interview invitation for tomorrow at the community centre. */
    public static Map<String, Object> interview() {
        return Map.of("status", "INTERVIEW", "interviewPlace", "海港社区服务中心 二楼",
                "interviewAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString());
    }
}
