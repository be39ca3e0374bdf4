package cn.jiuweihai.silver.auth;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static cn.jiuweihai.silver.testing.TestAccounts.ADMIN_PASSWORD;
import static cn.jiuweihai.silver.testing.TestAccounts.ADMIN_USERNAME;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class AdminLoginTest {

    private static final String LOGIN = "/api/v1/auth/admin-login";

    @Test
    void cityAdminLogsInWithTheConfiguredPassword() {
        Response response = login(ADMIN_USERNAME, ADMIN_PASSWORD);

        response.then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("token", not(emptyOrNullString()))
                .body("roles", contains("admin"))
                .body("newUser", equalTo(false))
                .body("userId", nullValue())
                .body("districtCode", nullValue());
    }

    @Test
    void adminTokenNamesTheAdminGroupAndNoDistrictForCityWideStaff() {
        String token = login(ADMIN_USERNAME, ADMIN_PASSWORD).jsonPath().getString("token");
        ObjectNode claims = TestTokens.claimsOf(token);

        assertEquals("[\"admin\"]", claims.get("groups").toString());
        assertEquals("https://jiuweihai.cn/silver-jobs", claims.get("iss").asText());
        assertNull(claims.get("district"));
    }

    @Test
    void adminTokenIsGenuineButNotAWeChatUsersToken() {
        String token = login(ADMIN_USERNAME, ADMIN_PASSWORD).jsonPath().getString("token");

        assertProblem(given().auth().oauth2(token).when().get("/api/v1/auth/me"), 403, "FORBIDDEN");
    }

    @Test
    void usernameWithSurroundingSpacesStillLogsIn() {
        login("  " + ADMIN_USERNAME + " ", ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void wrongPasswordIsRefused() {
        Response response = login(ADMIN_USERNAME, ADMIN_PASSWORD + "x");

        assertProblem(response, 401, "ADMIN_LOGIN_FAILED")
                .body("token", nullValue());
    }

    @Test
    void passwordInAnotherCaseIsRefused() {
        assertProblem(login(ADMIN_USERNAME, ADMIN_PASSWORD.toLowerCase()), 401, "ADMIN_LOGIN_FAILED");
    }

    @Test
    void unknownUsernameGetsExactlyTheAnswerOfAWrongPassword() {
        Response wrongPassword = login(ADMIN_USERNAME, "not-the-password");
        Response unknownUser = login("no-such-admin", "not-the-password");

        assertProblem(unknownUser, 401, "ADMIN_LOGIN_FAILED");
        assertEquals(wrongPassword.asString(), unknownUser.asString());
        assertEquals(wrongPassword.getHeader("WWW-Authenticate"), unknownUser.getHeader("WWW-Authenticate"));
    }

    @Test
    void missingPasswordIsRefusedNamingTheField() {
        Response response = given().contentType(ContentType.JSON).body(Map.of("username", ADMIN_USERNAME))
                .when().post(LOGIN);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", contains("password"));
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefusedNamingTheField() {
        Response response = login(ADMIN_USERNAME, ADMIN_PASSWORD + "x".repeat(72));

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations.field", contains("password"));
    }

    @Test
    void formEncodedLoginIsRefusedAsUnsupportedMediaType() {
        Response response = given().contentType(ContentType.URLENC)
                .formParam("username", ADMIN_USERNAME).formParam("password", ADMIN_PASSWORD)
                .when().post(LOGIN);

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .when().post(LOGIN);
    }
}
