package cn.jiuweihai.silver.testing;

import static io.restassured.RestAssured.given;

import cn.jiuweihai.silver.common.Dates;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps every scenario starts with, taken through the public API as the mini-program and
 * the bureau's console take them: WeChat login against the fake WeChat, seeker and employer
 * registration, verification by the city-wide staff account, posting a job. Bodies come back
 * as mutable maps so a test can spoil one field and send the rest unchanged.
 */
public final class Api {

    /** A WeChat user logged in through the fake WeChat, with the token the service issued. */
    public record User(long id, String token, String openid) {

        /** A request carrying this user's token. */
        public RequestSpecification request() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    /** An employer and the member who registered it. */
    public record EmployerAccount(long id, User member) {
    }

    private static String privacyVersion;
    private static String cityAdminToken;

    private Api() {
    }

    /** A new WeChat user, logged in for the first time. */
    public static User newUser(FakeWeChat weChat) {
        String openid = weChat.newOpenid();
        Response session = given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(openid)))
                .when().post("/api/v1/auth/wechat-login");
        session.then().statusCode(200);
        return new User(session.jsonPath().getLong("userId"), session.jsonPath().getString("token"), openid);
    }

    /** A request as the city-wide staff account, logged in with its password. */
    public static RequestSpecification asCityAdmin() {
        return given().auth().oauth2(cityAdminToken()).contentType(ContentType.JSON);
    }

    /** The id of the city-wide staff account (the subject of its token). */
    public static long cityAdminId() {
        return Long.parseLong(TestTokens.claimsOf(cityAdminToken()).get("sub").asText());
    }

    /** The privacy notice version the service currently asks seekers to accept. */
    public static synchronized String privacyVersion() {
        if (privacyVersion == null) {
            privacyVersion = given().when().get("/api/v1/seekers/privacy-notice").then().statusCode(200)
                    .extract().path("version");
        }
        return privacyVersion;
    }

    /** A complete seeker registration living in 环翠区. */
    public static Map<String, Object> seekerRegistration(String idNumber, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("realName", "张桂芳");
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("districtCode", "371002");
        body.put("street", "环翠楼街道 西门社区");
        body.put("privacyVersion", privacyVersion());
        return body;
    }

    /** Registers {@code user} as a seeker; returns the registration's answer. */
    public static Response registerSeeker(User user, Map<String, Object> registration) {
        return user.request().body(registration).when().post("/api/v1/seekers");
    }

    /** A new user registered as a seeker who is {@code age} years old today. */
    public static User newSeeker(FakeWeChat weChat, int age) {
        User user = newUser(weChat);
        registerSeeker(user, seekerRegistration(TestData.idNumberAged(age), TestData.phone()))
                .then().statusCode(201);
        return user;
    }

    /** A complete registration of an enterprise in the silver economy. */
    public static Map<String, Object> employerRegistration(String name, String districtCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("creditCode", TestData.creditCode());
        body.put("employerType", "ENTERPRISE");
        body.put("industry", "ELDERLY_CARE");
        body.put("silverEconomy", true);
        body.put("silverSegment", "ELDERLY_CARE");
        body.put("districtCode", districtCode);
        body.put("address", "文化西路 88 号");
        body.put("contactName", "李经理");
        body.put("contactPhone", TestData.phone());
        return body;
    }

    /** Registers an employer for {@code user}; returns the registration's answer. */
    public static Response registerEmployer(User user, Map<String, Object> registration) {
        return user.request().body(registration).when().post("/api/v1/employers");
    }

    /** A new employer in {@code districtCode}, registered by a new user, awaiting verification. */
    public static EmployerAccount newPendingEmployer(FakeWeChat weChat, String name, String districtCode) {
        User member = newUser(weChat);
        long id = registerEmployer(member, employerRegistration(name, districtCode))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new EmployerAccount(id, member);
    }

    /** A new verified employer in 环翠区, free to publish. */
    public static EmployerAccount newVerifiedEmployer(FakeWeChat weChat, String name) {
        EmployerAccount employer = newPendingEmployer(weChat, name, "371002");
        decide(employer.id(), Map.of("decision", "VERIFIED")).then().statusCode(200);
        return employer;
    }

    /** The city-wide staff account's decision on an employer. */
    public static Response decide(long employerId, Map<String, Object> decision) {
        return asCityAdmin().body(decision).when().post("/api/v1/admin/employers/" + employerId + "/verification");
    }

    /**
     * A complete job in 环翠区 with no age limits: a part-time, seated, age-friendly post in the
     * silver talent zone, valid for three months.
     */
    public static Map<String, Object> jobDraft(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("category", "COMMUNITY_SERVICE");
        body.put("description", "陪伴社区独居老人聊天、读报，协助就餐。");
        body.put("districtCode", "371002");
        body.put("address", "竹岛街道 海港社区服务中心");
        body.put("payMin", 2800);
        body.put("payMax", 3500);
        body.put("payUnit", "MONTH");
        body.put("employmentForm", "PART_TIME");
        body.put("schedule", "周一至周五 8:30-11:30");
        body.put("headcount", 3);
        body.put("physicalDemand", "LOW");
        body.put("features", new ArrayList<>(List.of("SEATED_WORK", "NO_NIGHT_SHIFT")));
        body.put("protection", "OVER_AGE_INJURY_INSURANCE");
        body.put("zones", new ArrayList<>(List.of("SILVER_TALENT")));
        body.put("validUntil", Dates.today().plusMonths(3).toString());
        return body;
    }

    /** Posts a job as a member of {@code employer}; returns the answer. */
    public static Response postJob(EmployerAccount employer, Map<String, Object> draft) {
        return employer.member().request().body(draft).when().post("/api/v1/employers/" + employer.id() + "/jobs");
    }

    /** Posts a job that must be accepted; returns its id. */
    public static long publish(EmployerAccount employer, Map<String, Object> draft) {
        return postJob(employer, draft).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Applies to a job as {@code seeker}; returns the answer. */
    public static Response apply(User seeker, long jobId) {
        return seeker.request().body(Map.of("jobId", jobId)).when().post("/api/v1/applications");
    }

    /** Logged in once: bcrypt makes every staff login cost a tenth of a second. */
    private static synchronized String cityAdminToken() {
        if (cityAdminToken == null) {
            cityAdminToken = given().contentType(ContentType.JSON)
                    .body(Map.of("username", TestAccounts.ADMIN_USERNAME, "password", TestAccounts.ADMIN_PASSWORD))
                    .when().post("/api/v1/auth/admin-login")
                    .then().statusCode(200).extract().path("token");
        }
        return cityAdminToken;
    }
}
