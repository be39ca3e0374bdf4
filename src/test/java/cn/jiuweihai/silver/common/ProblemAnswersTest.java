package cn.jiuweihai.silver.common;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;

import cn.jiuweihai.silver.testing.FakeWeChatResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests no operation serves still get the one problem shape, never an empty or HTML page. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class ProblemAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/no-such-thing", "/api/v1/auth/no-such-thing", "/no-such-page",
        "/api/v1/auth/me/extra"})
    void unknownPathIsAnsweredWithNotFoundProblem(String path) {
        assertProblem(given().accept(ContentType.JSON).when().get(path), 404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/wechat-login", "/api/v1/auth/admin-login"})
    void wrongMethodIsAnsweredWithMethodNotAllowedProblem(String path) {
        assertProblem(given().when().get(path), 405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"code\":\"a\",\"code\":\"b\"}", "{\"code\":\"a\"} trailing ]]]",
        "{\"username\":\"a\",\"password\":\"b\"}{}"})
    void bodyWithARepeatedKeyOrTextAfterTheValueIsRefusedNotGuessed(String body) {
        assertProblem(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/wechat-login"),
                400, "MALFORMED_JSON");
    }
}
