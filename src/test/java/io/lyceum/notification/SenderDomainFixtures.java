package io.lyceum.notification;

import io.lyceum.TestOrganizations;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** Sender domains for tests: a unique domain per test, and its records published as the page asks. */
public final class SenderDomainFixtures {

    private SenderDomainFixtures() {}

    /** A domain no other test uses (the test DNS server is shared). */
    public static String uniqueDomain(String prefix) {
        return TestOrganizations.uniqueSlug(prefix).toLowerCase(Locale.ROOT) + ".example.org";
    }

    /** Publishes every record of the organization's domain exactly as shown. */
    public static void publishAll(TestDnsServer dns, SenderDomainDetails details) {
        for (SenderDomainRecord record : details.records()) {
            publish(dns, record);
        }
    }

    public static void publish(TestDnsServer dns, SenderDomainRecord record) {
        if (record.type().equals("CNAME")) {
            dns.cname(record.name(), record.value());
        } else {
            dns.txt(record.name(), record.value());
        }
    }

    public static SenderDomainRecord record(SenderDomainDetails details, SenderDomainRecord.Kind kind) {
        return details.records().stream()
                .filter(record -> record.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** Adds and verifies a domain for the organization, as its admin would on the page. */
    public static SenderDomainDetails verified(SenderDomains domains, TestDnsServer dns, Tenant org, String domain) {
        return TestOrganizations.asAdmin(org, () -> {
            SenderDomainDetails added = domains.add(domain);
            publishAll(dns, added);
            if (domains.check().status() != SenderDomainStatus.VERIFIED) {
                throw new AssertionError("Not verified: " + domain);
            }
            return added;
        });
    }

    /**
     * The sender-domain service as an installation without {@code lyceum.mail.domain-key} has it: the
     * real one, with the application's repository, DNS and plan policy, and no key.
     */
    public static SenderDomains withoutDomainKey(ApplicationContext context) {
        return new SenderDomains(
                context.getBean(SenderDomainRepository.class),
                new DkimKeys(new SenderDomainSettings(null, null, Duration.ofSeconds(1), null, null, null)),
                context.getBean(DnsRecords.class),
                context.getBean(SenderDomainRecords.class),
                context.getBean(PlanPolicy.class),
                context,
                context.getBean(Clock.class),
                context.getBean(TenancyProperties.class),
                context.getBean(PlatformTransactionManager.class));
    }
}
