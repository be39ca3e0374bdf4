package cn.jiuweihai.silver.testing;

import static io.restassured.RestAssured.given;

import cn.jiuweihai.silver.employer.CreditCode;
import cn.jiuweihai.silver.seeker.IdNumber;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the people and records a test of the job market needs, through the API as a client
 * would: WeChat users, staff, verified employers, registered seekers and job postings.
 */
public final class Market {

    private static final String API = "/api/v1";
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final FakeWeChat weChat;

    public Market(FakeWeChat weChat) {
        this.weChat = weChat;
    }

    /** Someone logged in through WeChat. */
    public record Person(long userId, String token) {
        public RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    public Person newUser() {
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("code", weChat.codeFor(weChat.newOpenid())))
                .post(API + "/auth/wechat-login");
        login.then().statusCode(200);
        return new Person(login.jsonPath().getLong("userId"), login.jsonPath().getString("token"));
    }

    public static RequestSpecification asStaff() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", TestAccounts.ADMIN_USERNAME, "password", TestAccounts.ADMIN_PASSWORD))
                .post(API + "/auth/admin-login").then().statusCode(200).extract().path("token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A fresh, valid 统一社会信用代码. */
    public static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91371002");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (first17.length() < 17) {
            first17.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return CreditCode.complete(first17.toString());
    }

    public static Map<String, Object> registration(String name, String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("employerType", "ENTERPRISE");
        body.put("industry", "ELDERLY_CARE");
        body.put("silverEconomy", true);
        body.put("silverSegment", "ELDERLY_CARE");
        body.put("districtCode", "371002");
        body.put("address", "环翠区文化西路88号");
        body.put("contactName", "李经理");
        body.put("contactPhone", "13906301234");
        return body;
    }

    /** Registers an employer for {@code owner}; answers its id. */
    public long registeredEmployer(Person owner, String name) {
        return owner.as().body(registration(name, newCreditCode())).post(API + "/employers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Registers and verifies an employer owned by {@code owner}; answers its id. */
    public long verifiedEmployer(Person owner, String name) {
        long id = registeredEmployer(owner, name);
        asStaff().body(Map.of("decision", "VERIFIED")).post(API + "/admin/employers/" + id + "/verification")
                .then().statusCode(200);
        return id;
    }

    /** A seeker registered with a fresh ID number; answers the person. */
    public Person registeredSeeker() {
        Person person = newUser();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(3000)).toString().replace("-", "");
        String idNumber = IdNumber.complete("371002" + birth + String.format("%03d", random.nextInt(1000)));
        Map<String, Object> body = Map.of("realName", "王秀兰", "idNumber", idNumber, "phone", "13906310528",
                "districtCode", "371002", "privacyVersion", "2026-12");
        person.as().body(body).post(API + "/seekers").then().statusCode(201);
        return person;
    }

    /** A sane job posting; tests override what they are about. */
    public static Map<String, Object> job(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("category", "ELDERLY_CARE");
        body.put("description", "陪伴社区老人聊天、读报，协助午餐。");
        body.put("districtCode", "371002");
        body.put("address", "环翠区西门社区日间照料中心");
        body.put("latitude", 37.5092);
        body.put("longitude", 122.1133);
        body.put("payMin", 2600);
        body.put("payMax", 3200);
        body.put("payUnit", "MONTH");
        body.put("employmentForm", "PART_TIME");
        body.put("schedule", "周一至周五 8:00-11:30");
        body.put("headcount", 2);
        body.put("ageMin", 45);
        body.put("ageMax", 68);
        body.put("physicalDemand", "LOW");
        body.put("features", List.of("SEATED_WORK", "NO_NIGHT_SHIFT"));
        body.put("protection", "OVER_AGE_INJURY_INSURANCE");
        body.put("zones", List.of("SILVER_TALENT"));
        body.put("validUntil", LocalDate.now().plusMonths(2).toString());
        return body;
    }

    /** Posts a job; answers the whole response so tests can check status and review cause. */
    public static Response post(Person member, long employerId, Map<String, Object> job) {
        return member.as().body(job).post(API + "/employers/" + employerId + "/jobs");
    }

    /** A tag unlikely to appear in any other test's text, for keyword searches that must find one job. */
    public static String tag() {
        return "t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }
}
