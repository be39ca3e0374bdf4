package cn.jiuweihai.silver.common;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal fields (ID and phone numbers) with AES-256-GCM and derives the keyed
 * hash by which a row is found without decrypting. Stored text is {@code keyId:base64(iv|ct)};
 * the first configured key encrypts and every configured key decrypts, so keys can rotate.
 */
@ApplicationScoped
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeKeyId;
    private final SecretKeySpec hashKey;

    /** Configuration of the field keys. */
    @ConfigMapping(prefix = "silver.crypto")
    public interface Keys {
        /** Comma-separated {@code id:base64} AES keys of 32 bytes; the first one encrypts. */
        String keys();

        /** Base64 HMAC-SHA256 key for the lookup hashes; never rotated without re-hashing. */
        String hashKey();
    }

    FieldCipher(Keys config) {
        for (String entry : config.keys().split(",")) {
            String[] parts = entry.trim().split(":", 2);
            keys.put(parts[0], new SecretKeySpec(Base64.getDecoder().decode(parts[1]), "AES"));
        }
        this.activeKeyId = keys.keySet().iterator().next();
        this.hashKey = new SecretKeySpec(Base64.getDecoder().decode(config.hashKey()), "HmacSHA256");
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            String[] parts = stored.split(":", 2);
            SecretKeySpec key = keys.get(parts[0]);
            if (key == null) {
                throw new IllegalStateException("No field key with id " + parts[0]);
            }
            byte[] in = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field decryption failed", e);
        }
    }

    /** The keyed hash by which an encrypted value is looked up and kept unique. */
    public String lookupHash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Lookup hash failed", e);
        }
    }
}
