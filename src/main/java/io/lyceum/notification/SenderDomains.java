package io.lyceum.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.platform.PlanFeature;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organization's own sender domain (issue 15, item 6): its admins add one on a plan that
 * includes it, Lyceum makes its DKIM key pair and says which DNS records to create, checks them by
 * DNS lookup, and once all are found the organization's mail goes from the domain, DKIM-signed
 * ({@link SenderIdentity}). Verifying publishes {@link SenderDomainVerified}, which releases held mail.
 */
@Service
public class SenderDomains {

    private static final Logger log = LoggerFactory.getLogger(SenderDomains.class);
    private static final DateTimeFormatter SELECTOR_MONTH =
            DateTimeFormatter.ofPattern("yyyyMM").withZone(ZoneOffset.UTC);
    /** How long a node keeps an organization's opened key: other nodes see a change within this. */
    static final Duration SIGNER_CACHE_TTL = Duration.ofMinutes(5);

    private final SenderDomainRepository repository;
    private final DkimKeys keys;
    private final DnsRecords dns;
    private final SenderDomainRecords records;
    private final PlanPolicy plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseHost;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final Cache<String, Optional<DkimSigning>> signers = Caffeine.newBuilder()
            .expireAfterWrite(SIGNER_CACHE_TTL)
            .maximumSize(10_000)
            .build();

    SenderDomains(
            SenderDomainRepository repository,
            DkimKeys keys,
            DnsRecords dns,
            SenderDomainRecords records,
            PlanPolicy plans,
            ApplicationEventPublisher events,
            Clock clock,
            TenancyProperties tenancy,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.keys = keys;
        this.dns = dns;
        this.records = records;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
        this.baseHost = tenancy.baseHost();
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
    }

    /** What a domain signs with: for {@link SenderIdentity}. */
    record DkimSigning(String domain, String selector, String returnPathHost, RSAPrivateKey privateKey) {

        @Override
        public String toString() {
            return "DkimSigning[" + domain + ", " + selector + "]"; // never the key
        }
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public SenderDomainOverview overview() {
        return new SenderDomainOverview(
                keys.configured(),
                plans.check(PlanFeature.OWN_SENDER_DOMAIN),
                repository.findFirstByOrderByIdAsc().map(this::details).orElse(null));
    }

    /**
     * Adds the organization's sender domain with a new DKIM key pair, pending until its DNS records
     * are found. Refused without a domain key configured here, on a plan without the feature (the
     * plan's reason), for a name that is no domain or is Lyceum's, and when there is one already.
     */
    @Transactional
    @AdminsOnly
    public SenderDomainDetails add(String typed) {
        if (!keys.configured()) {
            throw new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.not-configured"));
        }
        plans.check(PlanFeature.OWN_SENDER_DOMAIN).orThrow();
        SenderDomainName name = SenderDomainName.parse(typed, baseHost);
        if (repository.findFirstByOrderByIdAsc().isPresent()) {
            throw new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.already"));
        }
        Tenant tenant = TenantContext.require();
        Instant now = clock.instant();
        DkimKeys.Generated pair = keys.generate();
        var domain = new SenderDomain(
                name,
                "lyceum" + SELECTOR_MONTH.format(now),
                pair.publicKey(),
                keys.seal(pair.privateKey(), boundTo(tenant, name.value())),
                now);
        try {
            repository.saveAndFlush(domain);
        } catch (DataIntegrityViolationException raced) {
            // Another admin added one at the same moment: the database keeps one per organization.
            throw new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.already"));
        }
        forgetSigner(tenant);
        return details(domain);
    }

    /**
     * Looks the domain's records up and records the outcome: verified when all are found as asked,
     * pending otherwise. DNS is asked outside any transaction (the lookups may take up to the
     * timeout, all three at once); the outcome and {@link SenderDomainVerified} are written in one.
     */
    @AdminsOnly
    public SenderDomainCheck check() {
        Tenant tenant = TenantContext.require();
        SenderDomainDetails details = read.execute(status -> repository
                .findFirstByOrderByIdAsc()
                .map(this::details)
                .orElseThrow(() -> new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.none"))));
        String publicKey = publicKey(details);
        var lookups = new ArrayList<CompletableFuture<DnsRecordCheck>>();
        for (SenderDomainRecord record : details.records()) {
            var answer = record.type().equals("CNAME") ? dns.cname(record.name()) : dns.txt(record.name());
            lookups.add(answer.thenApply(found -> records.compare(record, found, publicKey)));
        }
        List<DnsRecordCheck> results =
                lookups.stream().map(CompletableFuture::join).toList();
        boolean allMatch = results.stream().allMatch(DnsRecordCheck::matches);
        Instant now = clock.instant();
        SenderDomainStatus status = write.execute(transaction -> {
            SenderDomain domain = repository
                    .findFirstByOrderByIdAsc()
                    .filter(current -> current.domain().equals(details.domain()))
                    .orElseThrow(() -> new InvalidSenderDomainException(ConstraintMessages.get("sender-domain.none")));
            if (domain.checked(allMatch, now)) {
                events.publishEvent(new SenderDomainVerified(tenant.slug(), domain.domain()));
            }
            forgetSigner(tenant);
            return domain.status();
        });
        return new SenderDomainCheck(status, now, results);
    }

    /** Removes the domain and its key: mail goes from Lyceum's shared address again. */
    @Transactional
    @AdminsOnly
    public void remove() {
        repository.findFirstByOrderByIdAsc().ifPresent(repository::delete);
        forgetSigner(TenantContext.require());
    }

    /**
     * What the organization in context signs its mail with: its verified domain's key, while its
     * plan includes the feature and the key opens here; else nothing (mail goes from Lyceum's shared
     * address). Kept briefly per organization, so that sending does not open the key each time.
     */
    Optional<DkimSigning> signing() {
        Tenant tenant = TenantContext.require();
        return signers.get(tenant.schema(), schema -> loadSigning(tenant));
    }

    private Optional<DkimSigning> loadSigning(Tenant tenant) {
        return read.execute(status -> {
            Optional<SenderDomain> verified = repository
                    .findFirstByOrderByIdAsc()
                    .filter(domain -> domain.status() == SenderDomainStatus.VERIFIED);
            if (verified.isEmpty()
                    || !plans.check(PlanFeature.OWN_SENDER_DOMAIN).allowed()) {
                return Optional.empty();
            }
            SenderDomain domain = verified.get();
            try {
                RSAPrivateKey key = keys.open(domain.sealedPrivateKey(), boundTo(tenant, domain.domain()));
                return Optional.of(new DkimSigning(
                        domain.domain(), domain.selector(), records.returnPathHost(domain.domain()), key));
            } catch (DkimKeys.SealedKeyException unopened) {
                // Mail still goes, unsigned from the shared address, rather than signed with nothing.
                log.warn(
                        "Organization {} sends from the shared address: its DKIM key for {} cannot be opened ({})",
                        tenant.slug(),
                        domain.domain(),
                        unopened.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Forgets the opened key now and again when the change commits, so no one reads the old one meanwhile. */
    private void forgetSigner(Tenant tenant) {
        String schema = tenant.schema();
        signers.invalidate(schema);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    signers.invalidate(schema);
                }
            });
        }
    }

    /** What a sealed key is bound to: a row copied into another schema, or renamed, does not open. */
    private static String boundTo(Tenant tenant, String domain) {
        return "lyceum-dkim:" + tenant.schema() + ":" + domain;
    }

    private SenderDomainDetails details(SenderDomain domain) {
        return new SenderDomainDetails(
                domain.domain(),
                domain.selector(),
                domain.status(),
                domain.createdAt(),
                domain.checkedAt(),
                records.expected(domain.domain(), domain.selector(), domain.publicKey()));
    }

    private static String publicKey(SenderDomainDetails details) {
        String dkim = details.records().stream()
                .filter(record -> record.kind() == SenderDomainRecord.Kind.DKIM)
                .findFirst()
                .orElseThrow()
                .value();
        return dkim.substring(dkim.indexOf("p=") + 2);
    }
}
