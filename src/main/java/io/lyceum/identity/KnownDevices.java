package io.lyceum.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Browsers that have signed in to an account before ("device cookies", as OWASP recommends against
 * lock-out abuse): after a successful sign-in the browser gets a cookie with a keyed hash of the
 * organization and the account, and such a browser is spared the account's back-off that guessing
 * from elsewhere caused. The cookie names nobody; without the key (random per start of the node) it
 * cannot be made. After a restart, or on another node, browsers are strangers again until their next
 * sign-in, which costs them nothing but the back-off.
 */
@Component
class KnownDevices {

    static final String COOKIE = "lyceum-device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private final SecretKeySpec key;

    KnownDevices() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean recognises(HttpServletRequest request, String org, String email) {
        if (request.getCookies() == null) {
            return false;
        }
        byte[] expected = mark(org, email).getBytes(StandardCharsets.US_ASCII);
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())
                    && cookie.getValue() != null
                    && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String org, String email) {
        var cookie = new Cookie(COOKIE, mark(org, email));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private String mark(String org, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal((org + "\n" + User.normalizeEmail(email)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
