package cn.jiuweihai.silver.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers the way WeChat does, so the tests built on it mean something. */
class FakeWeChatTest {

    private static final FakeWeChatResource RESOURCE = new FakeWeChatResource();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String host;

    @BeforeAll
    static void start() {
        host = RESOURCE.start().get("silver.wechat.api-host");
    }

    @AfterAll
    static void stop() {
        RESOURCE.stop();
    }

    @BeforeEach
    void reset() {
        RESOURCE.weChat().reset();
    }

    @Test
    void listensOnlyOnTheLoopbackAddress() {
        assertTrue(host.startsWith("http://127.0.0.1:"), host);
    }

    @Test
    void issuesAccessTokenValidForTwoHoursToTheTestApp() throws Exception {
        JsonNode body = call("/cgi-bin/token?grant_type=client_credential&appid=" + FakeWeChat.APP_ID
                + "&secret=" + FakeWeChat.SECRET);

        assertTrue(body.get("access_token").asText().length() > 16);
        assertEquals(7200, body.get("expires_in").asInt());
    }

    @Test
    void refusesAccessTokenForWrongSecretWithHttp200AndErrcode() throws Exception {
        JsonNode body = call("/cgi-bin/token?grant_type=client_credential&appid=" + FakeWeChat.APP_ID
                + "&secret=wrong");

        assertEquals(40001, body.get("errcode").asInt());
    }

    @Test
    void refusesAccessTokenForUnknownAppWithHttp200AndErrcode() throws Exception {
        JsonNode body = call("/cgi-bin/token?grant_type=client_credential&appid=wx0&secret=" + FakeWeChat.SECRET);

        assertEquals(40013, body.get("errcode").asInt());
    }

    @Test
    void loginCodeGivesOpenidAndSessionKeyOnceThenIsReportedUsed() throws Exception {
        String code = RESOURCE.weChat().codeFor("oTstUser");

        JsonNode first = call(jscode2session(code, FakeWeChat.SECRET));
        JsonNode second = call(jscode2session(code, FakeWeChat.SECRET));

        assertEquals("oTstUser", first.get("openid").asText());
        assertTrue(RESOURCE.weChat().secrets().contains(first.get("session_key").asText()));
        assertEquals(FakeWeChat.CODE_USED, second.get("errcode").asInt());
    }

    @Test
    void unknownCodeIsInvalid() throws Exception {
        assertEquals(FakeWeChat.INVALID_CODE, call(jscode2session("never-issued", FakeWeChat.SECRET))
                .get("errcode").asInt());
    }

    @Test
    void issuedCodeSentWithWrongSecretIsRefused() throws Exception {
        String code = RESOURCE.weChat().codeFor("oTstUser");

        assertEquals(40013, call(jscode2session(code, "wrong")).get("errcode").asInt());
    }

    @Test
    void scriptedRefusalIsAnsweredEveryTimeAndCounted() throws Exception {
        String code = RESOURCE.weChat().codeRefusedWith(FakeWeChat.RATE_LIMITED);

        assertEquals(FakeWeChat.RATE_LIMITED, call(jscode2session(code, FakeWeChat.SECRET)).get("errcode").asInt());
        assertEquals(FakeWeChat.RATE_LIMITED, call(jscode2session(code, FakeWeChat.SECRET)).get("errcode").asInt());
        assertEquals(2, RESOURCE.weChat().loginRequests());
    }

    private static String jscode2session(String code, String secret) {
        return "/sns/jscode2session?appid=" + FakeWeChat.APP_ID + "&secret=" + secret + "&js_code=" + code
                + "&grant_type=authorization_code&access_token=whatever";
    }

    private static JsonNode call(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(host + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "WeChat answers errors with HTTP 200 too");
        return JSON.readTree(response.body());
    }
}
