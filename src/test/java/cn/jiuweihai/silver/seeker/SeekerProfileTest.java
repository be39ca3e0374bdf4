package cn.jiuweihai.silver.seeker;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.People;
import cn.jiuweihai.silver.testing.Staff;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class SeekerProfileTest {

    static final String SEEKERS = "/api/v1/seekers";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void registersWithThePhoneNumberSharedThroughWeChat() {
        String phone = People.phone();
        Map<String, Object> body = registration(People.idNumberAged(62));
        body.remove("phone");
        body.put("phoneCode", weChat.phoneCodeFor(phone));

        register(login(), body).then().statusCode(201)
                .body("phone", equalTo(phone))
                .body("phoneSource", equalTo("WECHAT"))
                .body("age", equalTo(62));
        assertEquals(1, weChat.phoneRequests());
    }

    @Test
    void phoneCodeTakesPrecedenceOverATypedNumber() {
        String shared = People.phone();
        Map<String, Object> body = registration(People.idNumberAged(55));
        body.put("phoneCode", weChat.phoneCodeFor(shared));

        register(login(), body).then().statusCode(201).body("phone", equalTo(shared));
    }

    @Test
    void usedPhoneCodeIsRefusedAndTheNumberCanBeTypedInstead() {
        String code = weChat.phoneCodeFor(People.phone());
        Map<String, Object> first = registration(People.idNumberAged(60));
        first.remove("phone");
        first.put("phoneCode", code);
        register(login(), first).then().statusCode(201);

        Map<String, Object> second = registration(People.idNumberAged(61));
        second.remove("phone");
        second.put("phoneCode", code);
        String token = login();
        assertProblem(register(token, second), 400, "WECHAT_PHONE_CODE_INVALID")
                .body("violations.field", contains("phoneCode"));

        second.remove("phoneCode");
        second.put("phone", People.phone());
        register(token, second).then().statusCode(201).body("phoneSource", equalTo("MANUAL"));
    }

    @Test
    void phoneCodeWeChatRateLimitsAsksToWait() {
        Map<String, Object> body = registration(People.idNumberAged(58));
        body.put("phoneCode", weChat.phoneCodeRefusedWith(FakeWeChat.RATE_LIMITED));

        assertProblem(register(login(), body), 429, "WECHAT_RATE_LIMITED");
    }

    @Test
    void busyWeChatDuringPhoneExchangeMeansTryAgainOrTypeIt() {
        Map<String, Object> body = registration(People.idNumberAged(58));
        body.put("phoneCode", weChat.phoneCodeRefusedWith(FakeWeChat.BUSY));

        assertProblem(register(login(), body), 503, "WECHAT_PHONE_UNAVAILABLE");
    }

    @Test
    void answerWithoutPhoneInfoIsAnErrorNotAMissingPhone() {
        Map<String, Object> body = registration(People.idNumberAged(58));
        body.remove("phone");
        body.put("phoneCode", weChat.phoneCodeAnsweredWithoutPhone());
        String token = login();

        assertProblem(register(token, body), 503, "WECHAT_PHONE_UNAVAILABLE");
        assertProblem(given().auth().oauth2(token).get(SEEKERS + "/me"), 404, "SEEKER_NOT_REGISTERED");
    }

    @Test
    void neitherPhoneNorCodeIsRefusedNamingThePhone() {
        Map<String, Object> body = registration(People.idNumberAged(58));
        body.remove("phone");

        assertProblem(register(login(), body), 400, "PHONE_REQUIRED").body("violations.field", contains("phone"));
    }

    @Test
    void invalidIdNumberIsRefusedWithoutSpendingThePhoneCode() {
        Map<String, Object> body = registration("371002196505150021");
        body.put("phoneCode", weChat.phoneCodeFor(People.phone()));

        assertProblem(register(login(), body), 400, "SEEKER_ID_NUMBER_INVALID");
        assertEquals(0, weChat.phoneRequests());
    }

    @Test
    void acceptsFullWidthDigitsAndSpacesInThePhoneNumber() {
        Map<String, Object> body = registration(People.idNumberAged(57));
        body.put("phone", "＋８６ １３９ ０６３１ ２２３３");

        register(login(), body).then().statusCode(201).body("phone", equalTo("13906312233"));
    }

    @Test
    void acceptsAnIdNumberEndingInLowercaseXAndShowsItUppercase() {
        String upper = idEndingInX();
        Map<String, Object> body = registration(upper.toLowerCase());

        register(login(), body).then().statusCode(201).body("idNumber", equalTo(upper));
    }

    @Test
    void samePersonAsFifteenThenEighteenDigitsIsADuplicate() {
        String legacy = "371002" + "630512" + "022";
        register(login(), registration(legacy)).then().statusCode(201)
                .body("idNumber", equalTo(IdNumber.complete("37100219630512022")))
                .body("birthDate", equalTo("1963-05-12"));

        Response second = register(login(), registration(IdNumber.complete("37100219630512022")));

        assertProblem(second, 409, "SEEKER_ID_NUMBER_TAKEN");
    }

    @Test
    void samePersonAsEighteenThenFifteenDigitsIsADuplicate() {
        register(login(), registration(IdNumber.complete("37100219580821031"))).then().statusCode(201);

        assertProblem(register(login(), registration("371002580821031")), 409, "SEEKER_ID_NUMBER_TAKEN");
    }

    @Test
    void refusesAChecksumValidIdBornOnATwentyNinthOfFebruaryThatNeverWas() {
        Response response = register(login(), registration(IdNumber.complete("37100219630229022")));

        assertProblem(response, 400, "SEEKER_ID_NUMBER_INVALID").body("violations.field", contains("idNumber"));
    }

    @Test
    void acceptsSomeoneBornOnTheTwentyNinthOfFebruaryOfALeapYear() {
        register(login(), registration(IdNumber.complete("37100219640229022"))).then().statusCode(201)
                .body("birthDate", equalTo("1964-02-29"));
    }

    @Test
    void refusesAnIdWhoseBirthDateIsInTheFuture() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

        assertProblem(register(login(), registration(People.idNumber(tomorrow))), 400, "SEEKER_ID_NUMBER_INVALID");
    }

    @Test
    void registersTheFullProfileAndGivesItBack() {
        Map<String, Object> body = registration(People.idNumberAged(63));
        body.put("details", fullDetails());

        Response response = register(login(), body);

        response.then().statusCode(201)
                .body("details.occupations.occupationId", contains(1, 45))
                .body("details.occupations.occupationName", contains("养老护理员", "技术顾问"))
                .body("details.occupations.years", contains(6, 30))
                .body("details.desiredCategories", containsInAnyOrder("ELDERLY_CARE", "CONSULTING"))
                .body("details.employmentForms", containsInAnyOrder("PART_TIME", "REHIRE"))
                .body("details.schedule", containsInAnyOrder("WEEKDAYS", "MORNINGS"))
                .body("details.physicalCapacity", equalTo("LOW"))
                .body("details.expectedPay.amount", equalTo(3000))
                .body("details.expectedPay.unit", equalTo("MONTH"))
                .body("details.maxTravelKm", equalTo(5))
                .body("details.homeLocation.latitude", equalTo(37.5133f))
                .body("details.retiredProfessional.titleLevel", equalTo("DEPUTY_SENIOR"))
                .body("priorityGroups", empty())
                .body("channel", equalTo("SELF"))
                .body("privacyAcceptedAt", notNullValue());
    }

    @Test
    void aFullProfileEditReplacesTheDetails() {
        String token = login();
        Map<String, Object> body = registration(People.idNumberAged(59));
        body.put("details", fullDetails());
        register(token, body).then().statusCode(201);

        Map<String, Object> edit = new HashMap<>(Map.of("realName", "李桂英", "phone", People.phone(),
                "districtCode", "371003", "street", "龙山街道",
                "details", Map.of("occupations", List.of(Map.of("occupationId", 2, "years", 12)),
                        "employmentForms", List.of("FLEXIBLE"), "maxTravelKm", 3)));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(edit).when().put(SEEKERS + "/me")
                .then().statusCode(200)
                .body("realName", equalTo("李桂英"))
                .body("districtName", equalTo("文登区"))
                .body("details.occupations.occupationName", contains("家政服务员"))
                .body("details.employmentForms", contains("FLEXIBLE"))
                .body("details.desiredCategories", empty())
                .body("details.retiredProfessional", equalTo(null));
    }

    @Test
    void unknownOrRepeatedOccupationIsRefused() {
        Map<String, Object> body = registration(People.idNumberAged(59));
        body.put("details", Map.of("occupations", List.of(Map.of("occupationId", 9999, "years", 1))));
        assertProblem(register(login(), body), 400, "OCCUPATION_UNKNOWN");

        body.put("details", Map.of("occupations", List.of(Map.of("occupationId", 1, "years", 1),
                Map.of("occupationId", 1, "years", 2))));
        assertProblem(register(login(), body), 400, "SEEKER_OCCUPATION_REPEATED");
    }

    @Test
    void outOfRangeDetailsNameTheirFields() {
        Map<String, Object> body = registration(People.idNumberAged(59));
        body.put("details", Map.of("maxTravelKm", 0, "homeLocation", Map.of("latitude", 1, "longitude", 122)));

        assertProblem(register(login(), body), 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("maxTravelKm", "latitude"));
    }

    @Test
    void priorityGroupNeedsItsOwnConsentAndCanBeWithdrawn() {
        String token = login();
        register(token, registration(People.idNumberAged(64))).then().statusCode(201);

        assertProblem(declare(token, List.of("LOW_INCOME"), false), 400, "PRIORITY_CONSENT_REQUIRED");
        declare(token, List.of("LOW_INCOME", "DISABLED"), true).then().statusCode(200)
                .body("priorityGroups", contains("LOW_INCOME", "DISABLED"))
                .body("priorityConsentAt", notNullValue());
        declare(token, List.of(), false).then().statusCode(200)
                .body("priorityGroups", empty())
                .body("priorityConsentAt", equalTo(null));
    }

    @Test
    void anApplicantsPriorityGroupIsNotShownToTheEmployer() {
        String token = login();
        register(token, registration(People.idNumberAged(64))).then().statusCode(201);
        declare(token, List.of("DISABLED"), true).then().statusCode(200);

        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200).body("roles", hasItem("seeker"));
        // The employer's view of an applicant (Applicant) has no priority field at all.
        assertEquals(List.of("seekerId", "realName", "phone", "age", "sex", "districtName"),
                List.of(Applicant.class.getRecordComponents()).stream().map(c -> c.getName()).toList());
    }

    static Response declare(String token, List<String> groups, boolean consent) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("groups", groups, "consent", consent))
                .when().put(SEEKERS + "/me/priority-groups");
    }

    @Test
    void personRegisteredByStaffClaimsTheRegistrationOnlyWithThePhoneConfirmedByWeChat() {
        String idNumber = People.idNumberAged(66);
        String phone = People.phone();
        StaffRegistryTest.assist(Staff.cityWide(),
                StaffRegistryTest.assisted(idNumber, phone, "371002")).then().statusCode(201);
        String token = login();

        Map<String, Object> typed = registration(idNumber);
        typed.put("phone", phone);
        assertProblem(register(token, typed), 409, "SEEKER_CLAIM_NEEDS_WECHAT_PHONE");

        Map<String, Object> otherPhone = registration(idNumber);
        otherPhone.remove("phone");
        otherPhone.put("phoneCode", weChat.phoneCodeFor(People.phone()));
        assertProblem(register(token, otherPhone), 409, "SEEKER_ID_NUMBER_TAKEN");

        Map<String, Object> confirmed = registration(idNumber);
        confirmed.remove("phone");
        confirmed.put("phoneCode", weChat.phoneCodeFor(phone));
        register(token, confirmed).then().statusCode(201)
                .body("idNumber", equalTo(idNumber))
                .body("phone", equalTo(phone));
    }

    @Test
    void aBlankEntryInAListOfTheProfileIsRefusedNamingTheList() {
        Map<String, Object> body = registration(People.idNumberAged(60));
        Map<String, Object> details = new HashMap<>(fullDetails());
        details.put("occupations", java.util.Arrays.asList((Object) null));
        body.put("details", details);

        assertProblem(register(login(), body), 400, "VALIDATION_FAILED")
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("occupations")));
    }

    String login() {
        return given().contentType(ContentType.JSON).body(Map.of("code", weChat.codeFor(weChat.newOpenid())))
                .when().post("/api/v1/auth/wechat-login").then().statusCode(200).extract().path("token");
    }

    static Response register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(SEEKERS);
    }

    static Map<String, Object> registration(String idNumber) {
        return new HashMap<>(Map.of("realName", "王秀兰", "idNumber", idNumber, "phone", People.phone(),
                "districtCode", "371002", "street", "环翠楼街道 西门社区", "privacyVersion", "2026-12"));
    }

    static Map<String, Object> fullDetails() {
        return Map.of(
                "occupations", List.of(Map.of("occupationId", 1, "years", 6), Map.of("occupationId", 45, "years", 30)),
                "desiredCategories", List.of("ELDERLY_CARE", "CONSULTING"),
                "employmentForms", List.of("PART_TIME", "REHIRE"),
                "schedule", List.of("WEEKDAYS", "MORNINGS"),
                "physicalCapacity", "LOW",
                "expectedPay", Map.of("amount", 3000, "unit", "MONTH"),
                "maxTravelKm", 5,
                "homeLocation", Map.of("latitude", 37.5133, "longitude", 122.1204),
                "retiredProfessional", Map.of("formerProfession", "机械设计", "titleLevel", "DEPUTY_SENIOR",
                        "titleName", "高级工程师"));
    }

    /** A fresh ID number of a woman in her sixties whose check character is X. */
    static String idEndingInX() {
        while (true) {
            String id = People.idNumberAged(62);
            if (id.endsWith("X")) {
                return id;
            }
        }
    }
}
