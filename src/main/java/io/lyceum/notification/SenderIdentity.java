package io.lyceum.notification;

import io.lyceum.tenancy.TenantContext;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * Who mail of the organization in context comes from: its own verified domain, signed with DKIM, or
 * Lyceum's shared address.
 */
@Component
class SenderIdentity {

    /** The local part of the From address at an organization's own domain. */
    static final String FROM_LOCAL_PART = "no-reply";
    /** The local part of the envelope sender at the domain's return-path host. */
    static final String BOUNCE_LOCAL_PART = "bounce";

    private final String sharedAddress;
    private final SenderDomains domains;

    SenderIdentity(
            @Value("${lyceum.mail.from:no-reply@lyceum.localhost}") String sharedAddress, SenderDomains domains) {
        this.sharedAddress = sharedAddress;
        this.domains = domains;
    }

    /** The From header: the organization's name, at its verified domain or at Lyceum's. */
    InternetAddress from() {
        String address = domains.signing()
                .map(signing -> FROM_LOCAL_PART + "@" + signing.domain())
                .orElse(sharedAddress);
        try {
            return new InternetAddress(address, TenantContext.require().name(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The envelope sender (Return-Path) for bounces. */
    String envelopeFrom() {
        return domains.signing()
                .map(signing -> BOUNCE_LOCAL_PART + "@" + signing.returnPathHost())
                .orElse(sharedAddress);
    }

    /** Whether the organization in context sends from a domain it verified. */
    boolean hasVerifiedDomain() {
        return domains.signing().isPresent();
    }

    /**
     * The message as it should go out: DKIM-signed for a verified domain (rsa-sha256, relaxed
     * header and body canonicalization, over From, To, Subject, Date, Message-ID, the MIME headers
     * and the unsubscribe headers), else unchanged. The signature is computed when the message is
     * written to the SMTP server, so headers set after this call are not covered.
     */
    MimeMessage sign(MimeMessage message) {
        var signing = domains.signing();
        if (signing.isEmpty()) {
            return message;
        }
        try {
            var signer = new DkimSigner(
                    signing.get().domain(),
                    signing.get().selector(),
                    signing.get().privateKey());
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            signer.setLengthParam(false);
            // The library would look the key up through the JVM's JNDI DNS, not Lyceum's resolver;
            // the domain's check already found it published.
            signer.setCheckDomainKey(false);
            // RFC 8058: one-click unsubscribe counts only when the signature covers both headers.
            signer.addHeaderToSign("List-Unsubscribe-Post");
            return new DkimMessage(message, signer);
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not DKIM-sign the message", e);
        }
    }
}
