package io.lyceum.platform;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.dns.DnsLookup;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The custom domain of the organization on whose host the admin is: added with a random challenge,
 * checked by DNS (a CNAME to the organization's subdomain and a TXT record with the challenge), and
 * once both are found the host filter serves the organization on it too. A host belongs to one
 * organization platform-wide (the table's primary key); each organization has at most one.
 */
@Service
public class CustomDomains {

    /** The label in front of the custom host that holds the TXT challenge. */
    public static final String CHALLENGE_LABEL = "_lyceum-challenge";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int TOKEN_LENGTH = 32;

    private final CustomDomainRepository domains;
    private final TenancyProperties tenancy;
    private final DomainDns dns;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CustomDomains(
            CustomDomainRepository domains,
            TenancyProperties tenancy,
            DomainDns dns,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.domains = domains;
        this.tenancy = tenancy;
        this.dns = dns;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The domain and the two records its owner publishes. */
    public record Setup(
            String host,
            String cnameName,
            String cnameTarget,
            String txtName,
            String txtValue,
            boolean verified,
            @Nullable Instant verifiedAt) {}

    /** What DNS holds for one of the records. */
    public record RecordCheck(
            Kind kind,
            String name,
            String expected,
            Outcome outcome,
            @Nullable String found) {

        public enum Kind {
            CNAME,
            TXT
        }

        public enum Outcome {
            FOUND,
            MISSING,
            /** Records of the type exist with other values, in {@code found}. */
            WRONG,
            /** DNS did not answer ({@code found} says why): nothing is known. */
            UNREACHABLE
        }
    }

    public record Check(Setup domain, List<RecordCheck> records) {}

    @Transactional(readOnly = true)
    @AdminsOnly
    public Optional<Setup> current() {
        Tenant tenant = TenantContext.require();
        return domains.findByOrganizationId(tenant.id()).map(domain -> setup(domain, tenant));
    }

    /**
     * Adds {@code typed} as the organization's domain, unverified. Refused when it is no host name, is
     * under Lyceum's base domain, the organization has a domain already, or another organization holds it.
     */
    @AdminsOnly
    public Setup add(String typed) {
        Tenant tenant = TenantContext.require();
        CustomDomainName name = CustomDomainName.parse(typed, tenancy.baseHost());
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                if (domains.findByOrganizationId(tenant.id()).isPresent()) {
                    throw new CustomDomainException(ConstraintMessages.get("custom-domain.already"));
                }
                if (domains.existsById(name.value())) {
                    throw taken(name);
                }
                var domain =
                        domains.saveAndFlush(new CustomDomain(name.value(), tenant.id(), token(), clock.instant()));
                audit.record("domain.added", name.value(), null);
                return setup(domain, tenant);
            }));
        } catch (DataIntegrityViolationException raced) {
            // Another organization (or this one, in another tab) added it at the same moment.
            throw taken(name);
        }
    }

    /**
     * Looks both records up (outside any transaction: DNS may take seconds); when both are as shown the
     * domain is verified from now on. A domain once verified stays so when a later check fails (a
     * resolver's hiccup must not take an organization off its address); removing it ends it.
     */
    @AdminsOnly
    public Check check() {
        Tenant tenant = TenantContext.require();
        Setup setup = Objects.requireNonNull(transaction.execute(status -> domains.findByOrganizationId(tenant.id())
                .map(domain -> setup(domain, tenant))
                .orElseThrow(() -> new CustomDomainException(ConstraintMessages.get("custom-domain.none")))));
        var cname = dns.cname(setup.cnameName());
        var txt = dns.txt(setup.txtName());
        var records = List.of(
                compare(RecordCheck.Kind.CNAME, setup.cnameName(), setup.cnameTarget(), cname.join()),
                compare(RecordCheck.Kind.TXT, setup.txtName(), setup.txtValue(), txt.join()));
        boolean allFound = records.stream().allMatch(record -> record.outcome() == RecordCheck.Outcome.FOUND);
        Setup result = setup;
        if (allFound && !setup.verified()) {
            String host = setup.host();
            result = Objects.requireNonNull(transaction.execute(status -> {
                var domain = domains.findById(host).orElseThrow();
                if (!domain.verified()) {
                    domain.verify(clock.instant());
                    audit.record("domain.verified", domain.host(), null);
                }
                return setup(domain, tenant);
            }));
        }
        return new Check(result, records);
    }

    /** Removes the organization's domain: it is served on its subdomain only from the next request. */
    @Transactional
    @AdminsOnly
    public void remove() {
        Tenant tenant = TenantContext.require();
        var domain = domains.findByOrganizationId(tenant.id())
                .orElseThrow(() -> new CustomDomainException(ConstraintMessages.get("custom-domain.none")));
        domains.delete(domain);
        audit.record("domain.removed", domain.host(), domain.verified() ? "was verified" : "was not verified");
    }

    private Setup setup(CustomDomain domain, Tenant tenant) {
        return new Setup(
                domain.host(),
                domain.host(),
                tenant.slug() + "." + tenancy.baseHost(),
                CHALLENGE_LABEL + "." + domain.host(),
                domain.challengeToken(),
                domain.verified(),
                domain.verifiedAt());
    }

    private static RecordCheck compare(RecordCheck.Kind kind, String name, String expected, DnsLookup.Answer answer) {
        return switch (answer.status()) {
            case FAILED -> new RecordCheck(kind, name, expected, RecordCheck.Outcome.UNREACHABLE, answer.failure());
            case NONE -> new RecordCheck(kind, name, expected, RecordCheck.Outcome.MISSING, null);
            case FOUND ->
                answer.values().stream().anyMatch(value -> value.equalsIgnoreCase(expected))
                        ? new RecordCheck(kind, name, expected, RecordCheck.Outcome.FOUND, null)
                        : new RecordCheck(
                                kind, name, expected, RecordCheck.Outcome.WRONG, String.join(", ", answer.values()));
        };
    }

    private static CustomDomainException taken(CustomDomainName name) {
        return new CustomDomainException(ConstraintMessages.get("custom-domain.host.taken", name.value()));
    }

    private static String token() {
        var token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)]);
        }
        return token.toString();
    }
}
