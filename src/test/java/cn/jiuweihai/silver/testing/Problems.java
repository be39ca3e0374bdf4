package cn.jiuweihai.silver.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.text.MatchesPattern.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Locale;

/** Checks on the one error shape every client sees (RFC 9457 with a code and Chinese text). */
public final class Problems {

    private static final String TYPE_BASE = "https://jiuweihai.cn/problems/";
    private static final String CHINESE = "(?s).*\\p{IsHan}.*";
    private static final List<String> INTERNALS = List.of(
            "Exception", "\tat ", "java.", "jakarta.", "cn.jiuweihai", "SQL", "Hibernate", "WxJava");

    private Problems() {
    }

    /**
     * Asserts an answer is a problem with this status and code, a Chinese title and detail that
     * can be shown as they are, and nothing internal in it.
     */
    public static ValidatableResponse assertProblem(Response response, int status, String code) {
        String body = response.asString();
        assertAll(INTERNALS.stream().map(leak -> () -> assertFalse(body.contains(leak),
                "the problem body reveals internals (" + leak + "): " + body)));
        return response.then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')))
                .body("title", matchesPattern(CHINESE))
                .body("detail", matchesPattern(CHINESE));
    }

    /** Asserts that none of {@code secrets} appears anywhere in the answer, headers included. */
    public static void assertRevealsNone(Response response, List<String> secrets) {
        String everything = response.getHeaders().toString() + "\n" + response.asString();
        assertAll(secrets.stream().map(secret -> () -> assertFalse(everything.contains(secret),
                "the answer reveals a WeChat secret: " + everything)));
    }
}
