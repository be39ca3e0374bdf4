package cn.jiuweihai.silver.auth;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static cn.jiuweihai.silver.testing.Problems.assertRevealsNone;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.LogCapture;
import cn.jiuweihai.silver.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class WeChatLoginTest {

    private static final String LOGIN = "/api/v1/auth/wechat-login";

    @InjectFakeWeChat
    FakeWeChat weChat;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void firstLoginCreatesUserWithoutRoles() {
        Response response = login(weChat.codeFor(weChat.newOpenid()));

        response.then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("newUser", equalTo(true))
                .body("roles", empty())
                .body("token", not(emptyOrNullString()));
        long userId = response.jsonPath().getLong("userId");
        assertTrue(userId > 0);
        assertRevealsNone(response, weChat.secrets());
    }

    @Test
    void secondLoginWithNewCodeFindsTheSameUser() {
        String openid = weChat.newOpenid();
        long firstId = login(weChat.codeFor(openid)).jsonPath().getLong("userId");

        Response second = login(weChat.codeFor(openid));

        second.then().statusCode(200)
                .body("newUser", equalTo(false))
                .body("userId", equalTo((int) firstId));
    }

    @Test
    void differentWeChatUsersGetDifferentAccounts() {
        long first = login(weChat.codeFor(weChat.newOpenid())).jsonPath().getLong("userId");
        long second = login(weChat.codeFor(weChat.newOpenid())).jsonPath().getLong("userId");

        assertNotEquals(first, second);
    }

    @Test
    void loginTokenOpensTheUsersOwnAccount() {
        Response session = login(weChat.codeFor(weChat.newOpenid()));
        long userId = session.jsonPath().getLong("userId");

        given().auth().oauth2(session.jsonPath().getString("token"))
                .when().get("/api/v1/auth/me")
                .then().statusCode(200)
                .body("userId", equalTo((int) userId))
                .body("roles", empty());
    }

    @Test
    void loginTokenIsAShortLivedRs256TokenOfTheServiceForAWeChatUser() {
        Response session = login(weChat.codeFor(weChat.newOpenid()));
        String token = session.jsonPath().getString("token");
        ObjectNode claims = TestTokens.claimsOf(token);

        assertEquals("RS256", TestTokens.headerOf(token).get("alg").asText());
        assertEquals("https://jiuweihai.cn/silver-jobs", claims.get("iss").asText());
        assertEquals(session.jsonPath().getString("userId"), claims.get("sub").asText());
        assertEquals("[\"user\"]", claims.get("groups").toString());
        Instant expiresAt = OffsetDateTime.parse(session.jsonPath().getString("expiresAt")).toInstant();
        assertEquals(expiresAt.getEpochSecond(), claims.get("exp").asLong());
        Duration lifetime = Duration.between(Instant.now(), expiresAt);
        assertTrue(lifetime.compareTo(Duration.ofMinutes(55)) > 0 && lifetime.compareTo(Duration.ofMinutes(61)) < 0,
                "lives about an hour, not " + lifetime);
    }

    @Test
    void codeUsedTwiceIsRefusedTheSecondTime() {
        String code = weChat.codeFor(weChat.newOpenid());
        login(code).then().statusCode(200);

        Response again = login(code);

        assertProblem(again, 400, "WECHAT_CODE_USED");
        assertRevealsNone(again, weChat.secrets());
    }

    @Test
    void codeWeChatReportsAsUsedIsRefusedAsUsed() {
        Response response = login(weChat.codeRefusedWith(FakeWeChat.CODE_USED));

        assertProblem(response, 400, "WECHAT_CODE_USED");
    }

    @Test
    void invalidCodeIsRefusedAsInvalid() {
        Response response = login(weChat.codeRefusedWith(FakeWeChat.INVALID_CODE));

        assertProblem(response, 400, "WECHAT_CODE_INVALID");
        assertRevealsNone(response, weChat.secrets());
    }

    @Test
    void codeWeChatNeverIssuedIsRefusedAsInvalid() {
        assertProblem(login("0a3Xk2000abcDEF12neverIssued"), 400, "WECHAT_CODE_INVALID");
    }

    @Test
    void tooManyLoginsInAMinuteAskTheUserToWait() {
        assertProblem(login(weChat.codeRefusedWith(FakeWeChat.RATE_LIMITED)), 429, "WECHAT_RATE_LIMITED");
    }

    @Test
    void userWeChatFlagsAsHighRiskCannotLogIn() {
        assertProblem(login(weChat.codeRefusedWith(FakeWeChat.HIGH_RISK_USER)), 403, "WECHAT_USER_BLOCKED");
    }

    @Test
    void busyWeChatMeansServiceUnavailable() {
        Response response = login(weChat.codeRefusedWith(FakeWeChat.BUSY));

        assertProblem(response, 503, "WECHAT_UNAVAILABLE");
        assertRevealsNone(response, weChat.secrets());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
    void weChatOutageMeansServiceUnavailable(Fault fault) {
        weChat.breakLogins(fault);

        Response response = login(weChat.codeFor(weChat.newOpenid()));

        assertProblem(response, 503, "WECHAT_UNAVAILABLE");
        assertRevealsNone(response, weChat.secrets());
    }

    @Test
    void weChatGatewayErrorMeansServiceUnavailable() {
        weChat.answerLoginsWithHttpStatus(502);

        assertProblem(login(weChat.codeFor(weChat.newOpenid())), 503, "WECHAT_UNAVAILABLE");
    }

    @Test
    void weChatThatStopsAnsweringMeansServiceUnavailableWithinSeconds() {
        weChat.stallLogins(Duration.ofSeconds(4));
        Instant start = Instant.now();

        Response response = login(weChat.codeFor(weChat.newOpenid()));

        assertProblem(response, 503, "WECHAT_UNAVAILABLE");
        Duration waited = Duration.between(start, Instant.now());
        assertTrue(waited.compareTo(Duration.ofSeconds(4)) < 0, "the user waited " + waited);
    }

    @Test
    void userCanLogInAgainOnceWeChatIsBack() {
        weChat.breakLogins(Fault.CONNECTION_RESET_BY_PEER);
        login(weChat.codeFor(weChat.newOpenid())).then().statusCode(503);
        weChat.reset();

        login(weChat.codeFor(weChat.newOpenid())).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a b", "code;drop", "<script>", "码", "%2e%2e"})
    void malformedCodeIsRefusedWithoutAskingWeChat(String code) {
        Response response = login(code);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("code"));
        assertEquals(0, weChat.loginRequests());
    }

    @Test
    void overlongCodeIsRefusedWithoutAskingWeChat() {
        Response response = login("a".repeat(200));

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", contains("code"));
        assertEquals(0, weChat.loginRequests());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"code\":\"\"}", "{\"code\":null}"})
    void missingCodeIsRefusedNamingTheField(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(LOGIN);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", contains("code"))
                .body("violations[0].message", equalTo("缺少微信登录凭证"));
        assertEquals(0, weChat.loginRequests());
    }

    @Test
    void blankCodeIsRefusedNamingOnlyTheCode() {
        Response response = login("   ");

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", everyItem(equalTo("code")))
                .body("violations.message", hasItem("缺少微信登录凭证"));
        assertEquals(0, weChat.loginRequests());
    }

    @Test
    void missingBodyIsRefused() {
        assertProblem(given().contentType(ContentType.JSON).when().post(LOGIN), 400, "VALIDATION_FAILED");
    }

    @Test
    void codeOfTheWrongJsonTypeIsRefusedNamingTheField() {
        Response response = given().contentType(ContentType.JSON).body("{\"code\":{\"value\":1}}").when().post(LOGIN);

        assertProblem(response, 400, "INVALID_FIELD_FORMAT")
                .body("violations.field", contains("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\": \"abc", "code=abc", "{'code': 'abc'}", "[\"abc\"]", "\"abc\""})
    void malformedJsonIsRefused(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(LOGIN);

        assertProblem(response, 400, "MALFORMED_JSON");
        assertEquals(0, weChat.loginRequests());
    }

    @Test
    void formEncodedBodyIsRefusedAsUnsupportedMediaType() {
        Response response = given().contentType(ContentType.URLENC).formParam("code", "abc").when().post(LOGIN);

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertEquals(0, weChat.loginRequests());
    }

    @Test
    void noLoginAnswerOrLogLineRevealsWeChatSecretsOrTheOpenid() {
        String openid = weChat.newOpenid();
        List<Response> answers;
        String logged;
        try (LogCapture log = LogCapture.open()) {
            String code = weChat.codeFor(openid);
            answers = List.of(login(code), login(code),
                    login(weChat.codeRefusedWith(FakeWeChat.INVALID_CODE)),
                    login(weChat.codeRefusedWith(FakeWeChat.BUSY)),
                    login(weChat.codeRefusedWith(FakeWeChat.HIGH_RISK_USER)),
                    loginDuringOutage(weChat.codeFor(openid)));
            logged = log.text();
        }

        answers.forEach(answer -> assertRevealsNone(answer, weChat.secrets()));
        for (String secret : weChat.secrets()) {
            assertFalse(logged.contains(secret), "the log reveals a WeChat secret:\n" + logged);
        }
        assertFalse(logged.contains(openid), "the log reveals an openid:\n" + logged);
    }

    private Response loginDuringOutage(String code) {
        weChat.breakLogins(Fault.CONNECTION_RESET_BY_PEER);
        return login(code);
    }

    private static Response login(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code)).when().post(LOGIN);
    }
}
