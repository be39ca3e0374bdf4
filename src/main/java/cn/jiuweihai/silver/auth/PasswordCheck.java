package cn.jiuweihai.silver.auth;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Checks a password against a bcrypt hash in modular-crypt form ({@code $2a$10$...}). */
final class PasswordCheck {

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    /** A well-formed hash no password matches, so an unknown username costs as much as a known one. */
    static final String DECOY_HASH = "$2a$10$j7mVqCASZ/PBRRQlaIebpeY1yECK0oBPTsPGJDNe5GJLB/X1q6Djq";

    private PasswordCheck() {
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
