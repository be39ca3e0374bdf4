package cn.jiuweihai.silver.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the backend's own short-lived RS256 tokens. */
@ApplicationScoped
class TokenIssuer {

    private final String issuer;
    private final Duration ttl;

    TokenIssuer(@ConfigProperty(name = "silver.auth.issuer") String issuer,
            @ConfigProperty(name = "silver.auth.token-ttl") Duration ttl) {
        this.issuer = issuer;
        this.ttl = ttl;
    }

    record Issued(String token, Instant expiresAt) {
    }

    Issued forUser(long userId) {
        return sign(Jwt.issuer(issuer).subject(Long.toString(userId)).groups(Set.of(Roles.USER)));
    }

    Issued forAdmin(AdminAccount admin) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(admin.id.toString()).groups(Set.of(Roles.ADMIN));
        if (admin.districtCode != null) {
            claims.claim(CurrentUser.DISTRICT_CLAIM, admin.districtCode);
        }
        return sign(claims);
    }

    private Issued sign(JwtClaimsBuilder claims) {
        Instant expiresAt = Instant.now().plus(ttl);
        return new Issued(claims.expiresAt(expiresAt).sign(), expiresAt);
    }
}
