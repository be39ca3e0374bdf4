package cn.jiuweihai.silver.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/** Real staff accounts for tests that record who acted (their ids are foreign keys). */
public final class Staff {

    private Staff() {
    }

    /** A token of the city-wide staff account the test profile creates. */
    public static String cityWide() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", TestAccounts.ADMIN_USERNAME, "password", TestAccounts.ADMIN_PASSWORD))
                .when().post("/api/v1/auth/admin-login")
                .then().statusCode(200).extract().path("token");
    }

    /** A new staff account limited to {@code districtCode}, and a token of it. */
    public static String ofDistrict(EntityManager em, String districtCode) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO admin_account (username, password_hash, display_name, district_code,"
                            + " created_at) VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP)")
                    .setParameter(1, "d" + UUID.randomUUID().toString().substring(0, 12))
                    .setParameter(2, "$2a$10$j7mVqCASZ/PBRRQlaIebpeY1yECK0oBPTsPGJDNe5GJLB/X1q6Djq")
                    .setParameter(3, "区人社局工作人员")
                    .setParameter(4, districtCode)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM admin_account").getSingleResult())
                    .longValue();
        });
        return TestTokens.admin(id, districtCode);
    }
}
