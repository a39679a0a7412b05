package io.lyceum.notification;

import io.lyceum.tenancy.TenantContext;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who mail of the organization in context comes from: its own verified domain, signed with DKIM, or
 * Lyceum's shared address.
 */
@Component
class SenderIdentity {

    private final String sharedAddress;

    SenderIdentity(@Value("${lyceum.mail.from:no-reply@lyceum.localhost}") String sharedAddress) {
        this.sharedAddress = sharedAddress;
    }

    // CONTRACT (helper "sender domains" replaces the bodies).
    /** The From header: the organization's name, at its verified domain or at Lyceum's. */
    InternetAddress from() {
        try {
            return new InternetAddress(sharedAddress, TenantContext.require().name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The envelope sender (Return-Path) for bounces. */
    String envelopeFrom() {
        return sharedAddress;
    }

    /** Whether the organization in context sends from a domain it verified. */
    boolean hasVerifiedDomain() {
        return false;
    }

    /** The message as it should go out: DKIM-signed for a verified domain, else unchanged. */
    MimeMessage sign(MimeMessage message) {
        return message;
    }
}
