package cn.jiuweihai.silver.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted stand-in for {@code api.weixin.qq.com}, answering as WeChat and WxJava 4.7.9.B do:
 * errors come with HTTP 200 and a non-zero {@code errcode}, login codes work once, and the
 * credentials sent must be the test app's. Tests script codes and outages through it; every
 * test should call {@link #reset()} first.
 */
public final class FakeWeChat {

    /** The app id and secret of the test profile, which the fake insists on. */
    public static final String APP_ID = "wx7e57000000000001";
    public static final String SECRET = "test-secret-2f9c41d7b0e84a6f";

    /** WeChat error codes of the login exchange. */
    public static final int INVALID_CODE = 40029;
    public static final int CODE_USED = 40163;
    public static final int RATE_LIMITED = 45011;
    public static final int HIGH_RISK_USER = 40226;
    public static final int BUSY = -1;

    /** WeChat error codes of the subscribe-message send API. */
    public static final int USER_REFUSED = 43101;
    public static final int BAD_DATA = 47003;

    private static final String TOKEN_PATH = "/cgi-bin/token";
    private static final String LOGIN_PATH = "/sns/jscode2session";
    private static final String SEND_PATH = "/cgi-bin/message/subscribe/send";
    private static final String PHONE_PATH = "/wxa/business/getuserphonenumber";
    private static final String TEXT_CHECK_PATH = "/wxa/msg_sec_check";
    private static final Map<Integer, String> MESSAGES = Map.of(
            INVALID_CODE, "invalid code",
            CODE_USED, "code been used",
            RATE_LIMITED, "api minute-quota reach limit  mustslower  retry next minute",
            HIGH_RISK_USER, "high risk user, login blocked",
            BUSY, "system error",
            USER_REFUSED, "user refuse to accept the msg",
            BAD_DATA, "argument invalid! data.thing1.value invalid",
            47001, "data format error",
            40013, "invalid appid",
            40001, "invalid credential, access_token is invalid or not latest");

    private final WireMockServer server;
    private final SecureRandom random = new SecureRandom();
    private final String accessToken = "ACCESS_TOKEN_" + randomHex(16);
    private final List<String> sessionKeys = new ArrayList<>();
    private final List<StubMapping> outage = new ArrayList<>();
    private StubMapping sendAccepted;

    FakeWeChat(WireMockServer server) {
        this.server = server;
    }

    /** Back to a healthy WeChat that issues access tokens and knows no login code yet. */
    public void reset() {
        server.resetAll();
        outage.clear();
        stubAccessToken();
        stubUnknownCodes();
        stubSubscribeSend();
        stubTextChecks();
    }

    /** From now on WeChat cannot be reached at all: every call has its connection reset. */
    public synchronized void startOutage() {
        outage.add(server.stubFor(any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))));
    }

    /** WeChat answers again. */
    public synchronized void endOutage() {
        outage.forEach(server::removeStub);
        outage.clear();
    }

    /** Subscribe messages to {@code openid} are answered with {@code errcode} from now on. */
    public void refuseSendsTo(String openid, int errcode) {
        server.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(5)
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openid)))
                .willReturn(error(errcode)));
    }

    /** The bodies of the subscribe messages WeChat accepted since the last {@link #reset()}, oldest first. */
    public List<String> deliveredMessages() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()));
        return events.stream()
                .filter(e -> e.getStubMapping() != null && e.getStubMapping().getId().equals(sendAccepted.getId()))
                .map(e -> e.getRequest().getBodyAsString())
                .toList();
    }

    /** How many subscribe-message calls reached WeChat, answered or not. */
    public int sendRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(SEND_PATH)).build())
                .getCount();

    }

    /** From now on text holding {@code word} is judged with {@code suggest} ("risky" or "review"). */
    public void judgeText(String word, String suggest) {
        server.stubFor(post(urlPathEqualTo(TEXT_CHECK_PATH)).atPriority(10)
                .withRequestBody(containing(word))
                .willReturn(json(textVerdict(suggest, word))));
    }

    /** From now on every text check is refused with {@code errcode} (HTTP 200, as WeChat does). */
    public void refuseTextChecks(int errcode) {
        server.stubFor(post(urlPathEqualTo(TEXT_CHECK_PATH)).atPriority(1).willReturn(error(errcode)));
    }

    /** From now on every text check fails at the connection level. */
    public void breakTextChecks(Fault fault) {
        server.stubFor(post(urlPathEqualTo(TEXT_CHECK_PATH)).atPriority(1)
                .willReturn(aResponse().withFault(fault)));
    }

    /** How many text checks reached WeChat since the last {@link #reset()}. */
    public int textChecks() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(TEXT_CHECK_PATH)).build()).getCount();
    }

    /** A fresh {@code wx.login} code of the user {@code openid}: it works once, then is "used". */
    public String codeFor(String openid) {
        String code = newCode();
        String sessionKey = Base64.getEncoder().encodeToString(randomBytes(16));
        synchronized (sessionKeys) {
            sessionKeys.add(sessionKey);
        }
        String success = "{\"openid\":\"" + openid + "\",\"session_key\":\"" + sessionKey + "\"}";
        server.stubFor(loginWith(code).atPriority(5)
                .inScenario(code).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("used")
                .willReturn(json(success)));
        server.stubFor(loginWith(code).atPriority(5)
                .inScenario(code).whenScenarioStateIs("used")
                .willReturn(error(CODE_USED)));
        return code;
    }

    /** A fresh code that WeChat answers with {@code errcode} every time it is sent. */
    public String codeRefusedWith(int errcode) {
        String code = newCode();
        server.stubFor(loginWith(code).atPriority(5).willReturn(error(errcode)));
        return code;
    }

    /**
     * A fresh code of the getPhoneNumber button sharing {@code phone} (eleven digits): it works
     * once, then WeChat calls it invalid, as it does for a used or expired phone code.
     */
    public String phoneCodeFor(String phone) {
        String code = newCode();
        String success = "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + phone
                + "\",\"purePhoneNumber\":\"" + phone + "\",\"countryCode\":\"86\",\"watermark\":"
                + "{\"timestamp\":1764000000,\"appid\":\"" + APP_ID + "\"}}}";
        server.stubFor(phoneWith(code).atPriority(5)
                .inScenario("phone " + code).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("used")
                .willReturn(json(success)));
        server.stubFor(phoneWith(code).atPriority(5)
                .inScenario("phone " + code).whenScenarioStateIs("used")
                .willReturn(error(INVALID_CODE)));
        return code;
    }

    /** A phone code WeChat answers with {@code errcode} every time. */
    public String phoneCodeRefusedWith(int errcode) {
        String code = newCode();
        server.stubFor(phoneWith(code).atPriority(5).willReturn(error(errcode)));
        return code;
    }

    /** A phone code WeChat accepts but answers without {@code phone_info} (WxJava then gives null). */
    public String phoneCodeAnsweredWithoutPhone() {
        String code = newCode();
        server.stubFor(phoneWith(code).atPriority(5).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        return code;
    }

    /** How many phone-number exchanges reached WeChat since the last {@link #reset()}. */
    public int phoneRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(PHONE_PATH)).build()).getCount();
    }

    /** A new openid, shaped like WeChat's. */
    public String newOpenid() {
        return "oTst" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
    }

    /** From now on every login exchange fails at the connection level (reset, garbage...). */
    public void breakLogins(Fault fault) {
        server.stubFor(get(urlPathEqualTo(LOGIN_PATH)).atPriority(1)
                .willReturn(aResponse().withFault(fault)));
    }

    /** From now on every login exchange is answered with a bare HTTP status (a broken gateway). */
    public void answerLoginsWithHttpStatus(int status) {
        server.stubFor(get(urlPathEqualTo(LOGIN_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(status).withBody("<html>Bad Gateway</html>")));
    }

    /** From now on every login exchange is answered only after {@code delay}: WeChat hangs. */
    public void stallLogins(Duration delay) {
        server.stubFor(get(urlPathEqualTo(LOGIN_PATH)).atPriority(1)
                .willReturn(error(INVALID_CODE).withFixedDelay((int) delay.toMillis())));
    }

    /** How many login exchanges reached WeChat since the last {@link #reset()}. */
    public int loginRequests() {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(LOGIN_PATH)).build()).getCount();
    }

    /** Everything WeChat handed out or was given that must never reach a client or a log. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(SECRET, accessToken));
        synchronized (sessionKeys) {
            secrets.addAll(sessionKeys);
        }
        return secrets;
    }

    private void stubAccessToken() {
        server.stubFor(get(urlPathEqualTo(TOKEN_PATH)).atPriority(50)
                .withQueryParam("grant_type", equalTo("client_credential"))
                .withQueryParam("appid", equalTo(APP_ID))
                .withQueryParam("secret", equalTo(SECRET))
                .willReturn(json("{\"access_token\":\"" + accessToken + "\",\"expires_in\":7200}")));
        server.stubFor(get(urlPathEqualTo(TOKEN_PATH)).atPriority(60)
                .withQueryParam("appid", equalTo(APP_ID))
                .willReturn(error(40001)));
        server.stubFor(get(urlPathEqualTo(TOKEN_PATH)).atPriority(70).willReturn(error(40013)));
    }

    private void stubSubscribeSend() {
        sendAccepted = server.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(50)
                .withQueryParam("access_token", equalTo(accessToken))
                .withRequestBody(matchingJsonPath("$.template_id"))
                .withRequestBody(matchingJsonPath("$.touser"))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + System.nanoTime() + "}")));
        server.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(60).willReturn(error(40001)));
    }

    private void stubUnknownCodes() {
        server.stubFor(get(urlPathEqualTo(LOGIN_PATH)).atPriority(50)
                .withQueryParam("appid", equalTo(APP_ID))
                .withQueryParam("secret", equalTo(SECRET))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .willReturn(error(INVALID_CODE)));
        server.stubFor(get(urlPathEqualTo(LOGIN_PATH)).atPriority(60).willReturn(error(40013)));
        server.stubFor(post(urlPathEqualTo(PHONE_PATH)).atPriority(50)
                .withQueryParam("access_token", equalTo(accessToken))
                .willReturn(error(INVALID_CODE)));
        server.stubFor(post(urlPathEqualTo(PHONE_PATH)).atPriority(60).willReturn(error(40001)));
    }

    private MappingBuilder phoneWith(String code) {
        return post(urlPathEqualTo(PHONE_PATH))
                .withQueryParam("access_token", equalTo(accessToken))
                .withRequestBody(matchingJsonPath("$.code", equalTo(code)));
    }

    /** A well-formed version 2 request from a known user passes; anything else is a format error. */
    private void stubTextChecks() {
        server.stubFor(post(urlPathEqualTo(TEXT_CHECK_PATH)).atPriority(50)
                .withQueryParam("access_token", equalTo(accessToken))
                .withRequestBody(matchingJsonPath("$.version", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.openid"))
                .withRequestBody(matchingJsonPath("$.content"))
                .willReturn(json(textVerdict("pass", ""))));
        server.stubFor(post(urlPathEqualTo(TEXT_CHECK_PATH)).atPriority(60).willReturn(error(47001)));
    }

    private static String textVerdict(String suggest, String keyword) {
        int label = "pass".equals(suggest) ? 100 : 20001;
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"" + UUID.randomUUID()
                + "\",\"result\":{\"suggest\":\"" + suggest + "\",\"label\":" + label
                + "},\"detail\":[{\"strategy\":\"keyword\",\"errcode\":0,\"suggest\":\"" + suggest
                + "\",\"label\":" + label + ",\"keyword\":\"" + keyword + "\"}]}";
    }

    private static MappingBuilder loginWith(String code) {
        return get(urlPathEqualTo(LOGIN_PATH))
                .withQueryParam("appid", equalTo(APP_ID))
                .withQueryParam("secret", equalTo(SECRET))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .withQueryParam("js_code", equalTo(code));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; encoding=utf-8")
                .withBody(body);
    }

    private ResponseDefinitionBuilder error(int errcode) {
        String message = MESSAGES.getOrDefault(errcode, "error");
        return json("{\"errcode\":" + errcode + ",\"errmsg\":\"" + message + ", rid: " + randomHex(12) + "\"}");
    }

    private static String newCode() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private String randomHex(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }
}
