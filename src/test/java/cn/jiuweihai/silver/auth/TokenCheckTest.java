package cn.jiuweihai.silver.auth;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Who may call {@code GET /api/v1/auth/me}: a WeChat user with a genuine, current token. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class TokenCheckTest {

    private static final String ME = "/api/v1/auth/me";
    private static final long USER_ID = 4242;

    @Test
    void genuineUserTokenIsAccepted() {
        given().auth().oauth2(TestTokens.user(USER_ID))
                .when().get(ME)
                .then().statusCode(200)
                .body("userId", equalTo((int) USER_ID))
                .body("roles", empty());
    }

    @Test
    void requestWithoutTokenAsksToLogIn() {
        Response response = given().when().get(ME);

        assertProblem(response, 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void expiredTokenIsRefused() {
        assertProblem(withToken(TestTokens.expiredUser(USER_ID)), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        assertProblem(withToken(TestTokens.userFromOtherIssuer(USER_ID)), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        assertProblem(withToken(TestTokens.userSignedByAnotherKey(USER_ID)), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokenEditedToImpersonateAnotherUserIsRefused() {
        assertProblem(withToken(TestTokens.userImpersonatingAfterSigning(USER_ID, 1)), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokenEditedToClaimAdminIsRefused() {
        assertProblem(withToken(TestTokens.userPromotedToAdminAfterSigning(USER_ID)), 401, "UNAUTHENTICATED");
    }

    @Test
    void unsignedTokenIsRefused() {
        assertProblem(withToken(TestTokens.unsignedUser(USER_ID)), 401, "UNAUTHENTICATED");
    }

    @Test
    void garbageTokenIsRefused() {
        assertProblem(withToken("not-a-token"), 401, "UNAUTHENTICATED");
    }

    @Test
    void nonBearerAuthorizationIsRefused() {
        Response response = given().auth().preemptive().basic("city-admin", "secret").when().get(ME);

        assertProblem(response, 401, "UNAUTHENTICATED");
    }

    @Test
    void adminTokenIsForbiddenOnWeChatUserEndpoint() {
        assertProblem(withToken(TestTokens.admin(1)), 403, "FORBIDDEN");
    }

    @Test
    void districtAdminTokenIsForbiddenOnWeChatUserEndpoint() {
        assertProblem(withToken(TestTokens.admin(2, "371002")), 403, "FORBIDDEN");
    }

    private static Response withToken(String token) {
        return given().auth().oauth2(token).when().get(ME);
    }
}
