package io.lyceum.notification;

import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe links (RFC 8058) for non-essential mail, and what each recipient of the
 * organization in context does not want. A recipient is an address (members and people who are not
 * members yet alike), known by a random token that only mail to that address carries.
 */
@Component
class Unsubscribes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final TenancyProperties tenancy;

    Unsubscribes(EntityManager entityManager, TenancyProperties tenancy) {
        this.entityManager = entityManager;
        this.tenancy = tenancy;
    }

    /**
     * The org-host URL that unsubscribes this recipient from this kind of mail; empty for essential
     * mail. Creates the recipient's token on first use.
     */
    @Transactional
    Optional<String> urlFor(String email, MailKind kind) {
        if (kind.essential()) {
            return Optional.empty();
        }
        String token = token(email);
        return Optional.of(tenancy.organizationUrl(
                        tenancy.publicScheme(), TenantContext.require().slug())
                + "mail/unsubscribe?token=" + token + "&kind=" + kind.name());
    }

    /** Whether the address asked for no more mail of this kind (essential mail ignores it). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean optedOut(String email, MailKind kind) {
        return !entityManager
                .createNativeQuery("select 1 from mail_opt_out where email = :email and kind = :kind")
                .setParameter("email", normal(email))
                .setParameter("kind", kind.name())
                .getResultList()
                .isEmpty();
    }

    /** The address a token stands for, if any. */
    @Transactional(readOnly = true)
    Optional<String> recipient(String token) {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager
                .createNativeQuery("select email from mail_recipient where token = :token")
                .setParameter("token", token)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The one-click unsubscribe: false for an unknown token or a kind that cannot be unsubscribed. */
    @Transactional
    boolean unsubscribe(String token, String kindName) {
        Optional<MailKind> kind = optional(kindName);
        if (kind.isEmpty()) {
            return false;
        }
        return recipient(token)
                .map(email -> {
                    choose(email, kind.get(), false);
                    return true;
                })
                .orElse(false);
    }

    /** The kinds of non-essential mail the address does not want. */
    @Transactional(readOnly = true)
    Set<MailKind> optOuts(String email) {
        @SuppressWarnings("unchecked")
        List<String> kinds = entityManager
                .createNativeQuery("select kind from mail_opt_out where email = :email")
                .setParameter("email", normal(email))
                .getResultList();
        return kinds.stream().flatMap(kind -> optional(kind).stream()).collect(Collectors.toSet());
    }

    @Transactional
    void choose(String email, MailKind kind, boolean wanted) {
        if (kind.essential()) {
            throw new IllegalArgumentException(kind + " is essential mail");
        }
        String address = normal(email);
        if (wanted) {
            entityManager
                    .createNativeQuery("delete from mail_opt_out where email = :email and kind = :kind")
                    .setParameter("email", address)
                    .setParameter("kind", kind.name())
                    .executeUpdate();
        } else {
            token(address);
            entityManager
                    .createNativeQuery(
                            "insert into mail_opt_out (email, kind) values (:email, :kind)" + " on conflict do nothing")
                    .setParameter("email", address)
                    .setParameter("kind", kind.name())
                    .executeUpdate();
        }
    }

    /** A non-essential kind by its name. */
    static Optional<MailKind> optional(String name) {
        return Arrays.stream(MailKind.values())
                .filter(kind -> !kind.essential() && kind.name().equals(name))
                .findFirst();
    }

    private String token(String email) {
        String address = normal(email);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        entityManager
                .createNativeQuery("insert into mail_recipient (email, token) values (:email, :token)"
                        + " on conflict (email) do nothing")
                .setParameter("email", address)
                .setParameter("token", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .executeUpdate();
        return (String) entityManager
                .createNativeQuery("select token from mail_recipient where email = :email")
                .setParameter("email", address)
                .getSingleResult();
    }

    private static String normal(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
