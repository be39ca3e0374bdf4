package cn.jiuweihai.silver.employer;

import static cn.jiuweihai.silver.testing.Api.employerRegistration;
import static cn.jiuweihai.silver.testing.Api.newUser;
import static cn.jiuweihai.silver.testing.Api.registerEmployer;
import static cn.jiuweihai.silver.testing.Formats.instantWithOffset;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.AllAtOnce;
import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.User;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import cn.jiuweihai.silver.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class EmployerRegistrationTest {

    private static final String EMPLOYERS = "/api/v1/employers";
    private static final String MINE = "/api/v1/employers/mine";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @TestHTTPResource("/api/v1/employers")
    URI employers;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void registrationAwaitsVerificationWithTheCreditCodeInUpperCase() {
        Map<String, Object> registration = employerRegistration("威海市环翠区颐养之家养老服务中心", "371002");
        String creditCode = (String) registration.get("creditCode");
        registration.put("creditCode", creditCode.toLowerCase());

        Response response = registerEmployer(newUser(weChat), registration);

        response.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", greaterThan(0))
                .body("name", equalTo("威海市环翠区颐养之家养老服务中心"))
                .body("creditCode", equalTo(creditCode))
                .body("employerType", equalTo("ENTERPRISE"))
                .body("industry", equalTo("ELDERLY_CARE"))
                .body("silverEconomy", equalTo(true))
                .body("districtCode", equalTo("371002"))
                .body("districtName", equalTo("环翠区"))
                .body("contactName", equalTo("李经理"))
                .body("contactPhone", equalTo(registration.get("contactPhone")))
                .body("verificationStatus", equalTo("PENDING"))
                .body("$", not(hasKey("rejectionReason")))
                .body("createdAt", instantWithOffset());
    }

    @Test
    void creditCodeTypedInFullWidthWithSpacesIsAccepted() {
        Map<String, Object> registration = employerRegistration("荣成市石岛康养中心", "371082");
        String creditCode = (String) registration.get("creditCode");
        registration.put("creditCode", TestData.fullWidth(creditCode.substring(0, 9)) + " " + creditCode.substring(9));

        registerEmployer(newUser(weChat), registration).then().statusCode(201).body("creditCode", equalTo(creditCode));
    }

    @Test
    void registeredEmployerIsAmongTheUsersEmployers() {
        User clerk = newUser(weChat);
        clerk.request().when().get(MINE).then().statusCode(200).body("$", empty());

        long id = registerEmployer(clerk, employerRegistration("文登区家政服务中心", "371003"))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        clerk.request().when().get(MINE)
                .then().statusCode(200)
                .body("id", contains((int) id))
                .body("[0].verificationStatus", equalTo("PENDING"));
    }

    @Test
    void registeringGivesTheUserTheEmployerRole() {
        User clerk = newUser(weChat);

        registerEmployer(clerk, employerRegistration("乳山市银龄物业服务有限公司", "371083")).then().statusCode(201);

        clerk.request().when().get("/api/v1/auth/me").then().statusCode(200).body("roles", contains("employer"));
    }

    @Test
    void seekerWhoAlsoRegistersAnEmployerHoldsBothRoles() {
        User user = Api.newSeeker(weChat, 56);

        registerEmployer(user, employerRegistration("环翠区社区养老服务站", "371002")).then().statusCode(201);

        user.request().when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("seeker", "employer"));
    }

    @Test
    void creditCodeRegisteredBeforeIsRefusedEvenInLowerCase() {
        Map<String, Object> first = employerRegistration("威海银发康养有限公司", "371002");
        registerEmployer(newUser(weChat), first).then().statusCode(201);
        Map<String, Object> second = employerRegistration("另一家单位", "371003");
        second.put("creditCode", ((String) first.get("creditCode")).toLowerCase());
        User other = newUser(weChat);

        Response response = registerEmployer(other, second);

        assertProblem(response, 409, "EMPLOYER_CREDIT_CODE_TAKEN");
        other.request().when().get(MINE).then().statusCode(200).body("$", empty());
        other.request().when().get("/api/v1/auth/me").then().statusCode(200).body("roles", empty());
    }

    @Test
    void sameCreditCodeSentFromSeveralAccountsAtOnceIsRegisteredOnce() throws Exception {
        Map<String, Object> registration = employerRegistration("威海银发康养有限公司", "371002");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(AllAtOnce.post(employers, newUser(weChat).token(), registration));
        }

        List<HttpResponse<String>> answers = AllAtOnce.send(requests);

        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertEquals(5, refused.size(), () -> answers.stream().map(HttpResponse::body).toList().toString());
        assertAll(refused.stream().map(answer -> () ->
                assertTrue(AllAtOnce.isProblem(answer, 409, "EMPLOYER_CREDIT_CODE_TAKEN"), answer.body())));
        assertEquals("1", Sql.value(db, "select count(*) from employer_member m join employer e"
                + " on e.id = m.employer_id where e.credit_code = ?", registration.get("creditCode")));
    }

    static Stream<String> invalidCreditCodes() {
        String valid = TestData.creditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return Stream.of(
                valid.substring(0, 17) + wrong,
                valid.substring(0, 17),
                valid + "0",
                "91371002MA3I0GXX0N",
                "91371002MA3C0G-X0N",
                "");
    }

    @ParameterizedTest
    @MethodSource("invalidCreditCodes")
    void invalidCreditCodeIsRefusedNamingTheField(String creditCode) {
        Map<String, Object> registration = employerRegistration("威海某单位", "371002");
        registration.put("creditCode", creditCode);

        Response response = registerEmployer(newUser(weChat), registration);

        response.then().body("violations.field", contains("creditCode"));
        assertProblem(response, 400, creditCode.isEmpty() ? "VALIDATION_FAILED" : "EMPLOYER_CREDIT_CODE_INVALID");
    }

    @Test
    void invalidContactPhoneIsRefusedNamingTheField() {
        Map<String, Object> registration = employerRegistration("威海某单位", "371002");
        registration.put("contactPhone", "0631-5201234");

        assertProblem(registerEmployer(newUser(weChat), registration), 400, "PHONE_INVALID")
                .body("violations.field", contains("contactPhone"));
    }

    @Test
    void districtOutsideWeihaiIsRefused() {
        assertProblem(registerEmployer(newUser(weChat), employerRegistration("济南某单位", "370102")),
                400, "DISTRICT_UNKNOWN")
                .body("violations.field", contains("districtCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employerType", "industry"})
    void unknownVocabularyValueIsRefusedNamingTheField(String field) {
        Map<String, Object> registration = employerRegistration("威海某单位", "371002");
        registration.put(field, "SPACESHIP_YARD");

        assertProblem(registerEmployer(newUser(weChat), registration), 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains(field));
    }

    @Test
    void emptyRegistrationIsRefusedNamingEveryMissingField() {
        Response response = newUser(weChat).request().body("{}").when().post(EMPLOYERS);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", containsInAnyOrder("name", "creditCode", "employerType", "industry",
                        "silverEconomy", "districtCode", "address", "contactName", "contactPhone"));
    }

    @Test
    void contactPhoneIsNotStoredInClearText() {
        Map<String, Object> registration = employerRegistration("威海某单位", "371002");
        long id = registerEmployer(newUser(weChat), registration).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        Map<String, String> row = Sql.rows(db, "select * from employer where id = ?", id).get(0);

        row.forEach((column, value) -> assertFalse(value != null && value.contains((String) registration
                .get("contactPhone")), column + " holds the contact phone in clear"));
    }

    @Test
    void staffTokenCannotRegisterAnEmployer() {
        assertProblem(Api.asCityAdmin().body(employerRegistration("威海某单位", "371002")).when().post(EMPLOYERS),
                403, "FORBIDDEN");
    }

    @Test
    void listingOnesEmployersNeedsALogin() {
        assertProblem(given().when().get(MINE), 401, "UNAUTHENTICATED");
    }
}
