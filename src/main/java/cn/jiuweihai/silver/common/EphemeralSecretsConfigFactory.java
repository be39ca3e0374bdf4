package cn.jiuweihai.silver.common;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With {@code silver.secrets.ephemeral=true} (dev profile and demos), supplies a throw-away
 * RS256 key pair for tokens and throw-away field-encryption keys, so the service starts with
 * nothing to set up. They live only as long as the process; real deployments configure keys.
 */
public class EphemeralSecretsConfigFactory implements ConfigSourceFactory {

    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue enabled = context.getValue("silver.secrets.ephemeral");
        if (enabled == null || !"true".equalsIgnoreCase(enabled.getValue())) {
            return List.of();
        }
        KeyPair pair = rsaKeyPair();
        Map<String, String> values = Map.of(
                "mp.jwt.verify.publickey", base64(pair.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", base64(pair.getPrivate().getEncoded()),
                "silver.crypto.keys", "ephemeral:" + randomKey(),
                "silver.crypto.hash-key", randomKey());
        return List.of(new PropertiesConfigSource(values, "silver-ephemeral-secrets", ORDINAL));
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** SmallRye JWT reads a key given as the Base64 of its DER form (X.509 public, PKCS#8 private). */
    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
