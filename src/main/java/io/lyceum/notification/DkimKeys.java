package io.lyceum.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes organizations' DKIM key pairs and seals their private keys at rest with AES-256-GCM under
 * the installation's {@code lyceum.mail.domain-key}. Each sealed key is bound (as GCM's associated
 * data) to the schema and domain it belongs to, so a row copied into another organization's schema
 * does not open there. Without the key configured nothing can be sealed or opened.
 */
@Component
class DkimKeys {

    static final int KEY_BITS = 2048;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    DkimKeys(SenderDomainSettings settings) {
        this.key = key(settings.domainKey());
    }

    /** A new RSA-2048 key pair for one domain. */
    record Generated(String publicKey, RSAPrivateKey privateKey) {}

    private static @Nullable SecretKeySpec key(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("lyceum.mail.domain-key must be 32 bytes in base64", notBase64);
        }
        // Said at start-up, not at the first admin's click: a short key would be a weak one.
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "lyceum.mail.domain-key must be 32 bytes in base64, not " + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean configured() {
        return key != null;
    }

    Generated generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, random);
            KeyPair pair = generator.generateKeyPair();
            return new Generated(
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key's PKCS#8 form, encrypted: format byte, nonce, ciphertext with its tag. */
    byte[] seal(RSAPrivateKey privateKey, String boundTo) {
        SecretKeySpec secret = require();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = privateKey.getEncoded();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens a sealed private key; refuses one sealed under another key or for another schema or domain. */
    RSAPrivateKey open(byte[] sealed, String boundTo) {
        SecretKeySpec secret = require();
        if (sealed.length <= 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new SealedKeyException("Not a sealed DKIM key");
        }
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(plain));
        } catch (AEADBadTagException wrongKey) {
            throw new SealedKeyException("The DKIM key was sealed under another domain key or for another domain");
        } catch (GeneralSecurityException e) {
            throw new SealedKeyException("The DKIM key cannot be opened: " + e.getMessage());
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private SecretKeySpec require() {
        if (key == null) {
            throw new SealedKeyException("lyceum.mail.domain-key is not configured");
        }
        return key;
    }

    /** A sealed key that cannot be opened here (for the log, never for a page). */
    static class SealedKeyException extends RuntimeException {
        SealedKeyException(String message) {
            super(message);
        }
    }
}
