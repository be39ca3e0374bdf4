package cn.jiuweihai.silver.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Mints tokens the way the service does (RS256, the test signing key, the configured issuer)
 * and the ways an attacker or a stale client would: expired, from another issuer, signed by
 * another key, altered after signing, unsigned. For use inside {@code @QuarkusTest}s.
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    /** The issuer the service signs with and accepts ({@code silver.auth.issuer}). */
    public static String issuer() {
        return ConfigProvider.getConfig().getValue("silver.auth.issuer", String.class);
    }

    /** A valid token of the WeChat user {@code userId}. */
    public static String user(long userId) {
        return userClaims(userId).sign();
    }

    /** A valid token of a city-wide staff account. */
    public static String admin(long adminId) {
        return adminClaims(adminId).sign();
    }

    /** A valid token of a staff account limited to {@code districtCode}. */
    public static String admin(long adminId, String districtCode) {
        return adminClaims(adminId).claim("district", districtCode).sign();
    }

    /** A user token that expired an hour ago. */
    public static String expiredUser(long userId) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer()).subject(Long.toString(userId)).groups(Set.of("user"))
                .issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)))
                .sign();
    }

    /** A user token signed with the right key by someone else's issuer. */
    public static String userFromOtherIssuer(long userId) {
        return Jwt.issuer("https://example.invalid/other-app").subject(Long.toString(userId))
                .groups(Set.of("user")).expiresIn(LIFETIME).sign();
    }

    /** A user token with the right claims, signed by a key the service does not know. */
    public static String userSignedByAnotherKey(long userId) {
        return userClaims(userId).sign(otherKeyPair().getPrivate());
    }

    /** A genuine token of {@code realUserId} whose payload was edited to claim the admin group. */
    public static String userPromotedToAdminAfterSigning(long realUserId) {
        String[] parts = user(realUserId).split("\\.");
        ObjectNode claims = readJson(parts[1]);
        claims.putArray("groups").add("admin");
        return parts[0] + "." + writeJson(claims) + "." + parts[2];
    }

    /** A genuine token of {@code realUserId} whose subject was changed to another user after signing. */
    public static String userImpersonatingAfterSigning(long realUserId, long otherUserId) {
        String[] parts = user(realUserId).split("\\.");
        ObjectNode claims = readJson(parts[1]);
        claims.put("sub", Long.toString(otherUserId));
        return parts[0] + "." + writeJson(claims) + "." + parts[2];
    }

    /** A user token with {@code "alg":"none"} and no signature. */
    public static String unsignedUser(long userId) {
        String[] parts = user(userId).split("\\.");
        String header = ENCODER.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    /** The decoded claims of a token, without checking it: for asserting what login issued. */
    public static ObjectNode claimsOf(String token) {
        return readJson(token.split("\\.")[1]);
    }

    /** The decoded header of a token. */
    public static ObjectNode headerOf(String token) {
        return readJson(token.split("\\.")[0]);
    }

    private static JwtClaimsBuilder userClaims(long userId) {
        return Jwt.issuer(issuer()).subject(Long.toString(userId)).groups(Set.of("user")).expiresIn(LIFETIME);
    }

    private static JwtClaimsBuilder adminClaims(long adminId) {
        return Jwt.issuer(issuer()).subject(Long.toString(adminId)).groups(Set.of("admin")).expiresIn(LIFETIME);
    }

    private static KeyPair otherKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode readJson(String base64Url) {
        try {
            return (ObjectNode) JSON.readTree(DECODER.decode(base64Url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writeJson(ObjectNode node) {
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
