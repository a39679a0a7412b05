package io.lyceum.notification;

import static io.lyceum.notification.SenderDomainFixtures.publish;
import static io.lyceum.notification.SenderDomainFixtures.record;
import static io.lyceum.notification.SenderDomainFixtures.uniqueDomain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.notification.DnsRecordCheck.Outcome;
import io.lyceum.notification.SenderDomainRecord.Kind;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Adding a sender domain, its DNS check against a local DNS server, and its key kept sealed. */
@LyceumIntegrationTest
@RecordApplicationEvents
class SenderDomainsTest {

    @Autowired
    SenderDomains domains;

    @Autowired
    SenderIdentity identity;

    @Autowired
    TestDnsServer dns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationContext context;

    private static <T> T as(Tenant org, Supplier<T> work) {
        return TestOrganizations.asAdmin(org, work);
    }

    private static Map<Kind, DnsRecordCheck> byKind(SenderDomainCheck check) {
        return check.records().stream()
                .collect(Collectors.toMap(result -> result.record().kind(), result -> result));
    }

    @Test
    void records_published_as_shown_verify_the_domain_and_announce_it() {
        Tenant org = organizations.create("sdgood");
        String domain = uniqueDomain("good");
        SenderDomainDetails added = as(org, () -> domains.add("  " + domain.toUpperCase() + ". "));

        assertThat(added.domain()).isEqualTo(domain);
        assertThat(added.status()).isEqualTo(SenderDomainStatus.PENDING);
        assertThat(added.selector()).matches("lyceum\\d{6}");
        assertThat(added.records())
                .extracting(SenderDomainRecord::kind, SenderDomainRecord::type, SenderDomainRecord::name)
                .containsExactly(
                        tuple(Kind.DKIM, "TXT", added.selector() + "._domainkey." + domain),
                        tuple(Kind.SPF, "TXT", domain),
                        tuple(Kind.RETURN_PATH, "CNAME", "bounce." + domain));
        assertThat(record(added, Kind.DKIM).value()).startsWith("v=DKIM1; k=rsa; p=MII");
        assertThat(record(added, Kind.SPF).value()).isEqualTo("v=spf1 include:_spf.lyceum.localhost ~all");
        assertThat(record(added, Kind.RETURN_PATH).value()).isEqualTo("bounce.lyceum.localhost");
        assertThat(as(org, identity::hasVerifiedDomain)).isFalse();

        SenderDomainFixtures.publishAll(dns, added);
        // Admins often have other TXT records on the domain; an SPF with more mechanisms still counts.
        dns.txt(domain, "google-site-verification=abc");
        SenderDomainCheck check = as(org, domains::check);

        assertThat(check.status()).isEqualTo(SenderDomainStatus.VERIFIED);
        assertThat(check.records())
                .allSatisfy(result -> assertThat(result.outcome()).isEqualTo(Outcome.MATCHES));
        assertThat(events.stream(SenderDomainVerified.class))
                .containsExactly(new SenderDomainVerified(org.slug(), domain));
        assertThat(row(
                        org,
                        "select status, checked_at is not null as checked,"
                                + " verified_at is not null as verified from sender_domain"))
                .containsEntry("status", "VERIFIED")
                .containsEntry("checked", true)
                .containsEntry("verified", true);
        assertThat(as(org, identity::hasVerifiedDomain)).isTrue();
        assertThat(as(org, () -> identity.from().getAddress())).isEqualTo("no-reply@" + domain);
        assertThat(as(org, () -> identity.from().getPersonal())).isEqualTo(org.name());
        assertThat(as(org, identity::envelopeFrom)).isEqualTo("bounce@bounce." + domain);

        // A second check of a verified domain announces nothing again.
        as(org, domains::check);
        assertThat(events.stream(SenderDomainVerified.class)).hasSize(1);
    }

    @Test
    void missing_and_wrong_records_are_reported_one_by_one_and_the_domain_stays_pending() {
        Tenant org = organizations.create("sdwrong");
        String domain = uniqueDomain("wrong");
        SenderDomainDetails added = as(org, () -> domains.add(domain));

        var nothing = byKind(as(org, domains::check));
        assertThat(nothing.values())
                .allSatisfy(result -> assertThat(result.outcome()).isEqualTo(Outcome.MISSING));

        // Another key at the selector, an SPF that does not include Lyceum, no CNAME (but the host exists).
        String otherKey = Base64.getEncoder()
                .encodeToString(new DkimKeys(settings(TestDomainKey.BASE64))
                        .generate()
                        .privateKey()
                        .getEncoded())
                .substring(0, 300);
        dns.txt(record(added, Kind.DKIM).name(), "v=DKIM1; k=rsa; p=" + otherKey);
        dns.txt(domain, "v=spf1 include:_spf.google.com ~all");
        dns.txt("bounce." + domain, "not a cname");
        var wrong = byKind(as(org, domains::check));

        assertThat(wrong.get(Kind.DKIM).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(wrong.get(Kind.DKIM).found()).isEqualTo("v=DKIM1; k=rsa; p=" + otherKey);
        assertThat(wrong.get(Kind.SPF).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(wrong.get(Kind.SPF).found()).isEqualTo("v=spf1 include:_spf.google.com ~all");
        assertThat(wrong.get(Kind.RETURN_PATH).outcome()).isEqualTo(Outcome.MISSING);
        assertThat(as(org, domains::overview).domain().status()).isEqualTo(SenderDomainStatus.PENDING);
        assertThat(events.stream(SenderDomainVerified.class)).isEmpty();
        assertThat(as(org, identity::hasVerifiedDomain)).isFalse();

        // Two SPF records break SPF for everyone: wrong, even if one of them is right.
        dns.txt(domain, record(added, Kind.SPF).value());
        assertThat(byKind(as(org, domains::check)).get(Kind.SPF).outcome()).isEqualTo(Outcome.WRONG);

        // Fixed: the right key, one SPF with the include among others, the CNAME.
        dns.forget(domain);
        publish(dns, record(added, Kind.DKIM));
        dns.txt(domain, "v=spf1 ip4:192.0.2.1 include:_spf.lyceum.localhost -all");
        dns.cname("bounce." + domain, "BOUNCE.lyceum.localhost.");
        assertThat(as(org, domains::check).status()).isEqualTo(SenderDomainStatus.VERIFIED);

        // Records removed after verification: back to pending, and mail goes unsigned from Lyceum's address.
        dns.forget(domain);
        assertThat(as(org, domains::check).status()).isEqualTo(SenderDomainStatus.PENDING);
        assertThat(as(org, identity::hasVerifiedDomain)).isFalse();
    }

    @Test
    void the_private_key_is_stored_sealed_and_opens_only_with_the_installations_key_for_its_own_org() {
        Tenant org = organizations.create("sdsealed");
        String domain = uniqueDomain("sealed");
        SenderDomainFixtures.verified(domains, dns, org, domain);
        var signing = as(org, domains::signing).orElseThrow();
        byte[] der = signing.privateKey().getEncoded();

        byte[] stored =
                (byte[]) row(org, "select private_key from sender_domain").get("private_key");
        String storedHex = HexFormat.of().formatHex(stored);
        assertThat(storedHex).doesNotContain(HexFormat.of().formatHex(der, 0, 64));
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(storedText)
                .doesNotContain("PRIVATE KEY")
                .doesNotContain(Base64.getEncoder().encodeToString(der).substring(0, 64));
        assertThat(stored.length).isGreaterThan(der.length); // the whole key, encrypted, with its tag

        String boundTo = "lyceum-dkim:" + org.schema() + ":" + domain;
        assertThat(new DkimKeys(settings(TestDomainKey.BASE64))
                        .open(stored, boundTo)
                        .getEncoded())
                .isEqualTo(der);
        assertThatThrownBy(() -> new DkimKeys(settings(TestDomainKey.OTHER_BASE64)).open(stored, boundTo))
                .isInstanceOf(DkimKeys.SealedKeyException.class);
        // Copied into another organization's schema, the row does not open there.
        assertThatThrownBy(() ->
                        new DkimKeys(settings(TestDomainKey.BASE64)).open(stored, "lyceum-dkim:org_globex:" + domain))
                .isInstanceOf(DkimKeys.SealedKeyException.class);
    }

    @Test
    void a_plan_without_own_sender_domains_refuses_with_the_plans_reason() {
        Tenant free = organizations.create("sdfree", "FREE");
        var overview = as(free, domains::overview);
        assertThat(overview.configured()).isTrue();
        assertThat(overview.plan().allowed()).isFalse();
        assertThat(overview.plan().reason())
                .isEqualTo(
                        "Your Free plan does not include sending from your own domain. Upgrade your plan to use it.");
        assertThat(overview.canAdd()).isFalse();
        assertThatThrownBy(() -> as(free, () -> domains.add(uniqueDomain("free"))))
                .isInstanceOf(PlanLimitException.class)
                .hasMessage(overview.plan().reason());
        assertThat(row(free, "select count(*) as n from sender_domain")).containsEntry("n", 0L);
    }

    @Test
    void names_that_are_no_domain_or_lyceums_own_are_refused_and_one_domain_per_org() {
        Tenant org = organizations.create("sdnames");
        for (var refused : Map.of(
                        "",
                        "Enter your domain, e.g. mail.example.com",
                        "localhost",
                        "localhost is not a domain name. Enter one like mail.example.com: letters, digits and hyphens,"
                                + " with at least one dot.",
                        "192.168.1.10",
                        "192.168.1.10 is not a domain name. Enter one like mail.example.com: letters, digits and"
                                + " hyphens, with at least one dot.",
                        "mail_server.example.com",
                        "mail_server.example.com is not a domain name. Enter one like mail.example.com: letters,"
                                + " digits and hyphens, with at least one dot.",
                        "-bad.example.com",
                        "-bad.example.com is not a domain name. Enter one like mail.example.com: letters, digits and"
                                + " hyphens, with at least one dot.",
                        "Lyceum.Localhost",
                        "lyceum.localhost is on Lyceum's own domain. Enter a domain your organization owns.",
                        org.slug() + ".lyceum.localhost",
                        org.slug()
                                + ".lyceum.localhost is on Lyceum's own domain. Enter a domain your organization owns.")
                .entrySet()) {
            assertThatThrownBy(() -> as(org, () -> domains.add(refused.getKey())))
                    .as(refused.getKey())
                    .isInstanceOf(InvalidSenderDomainException.class)
                    .hasMessage(refused.getValue());
        }
        // International names are kept in their DNS (ASCII) form.
        as(org, () -> domains.add("Bücher-" + org.slug() + ".example"));
        assertThat(as(org, domains::overview).domain().domain())
                .startsWith("xn--bcher-")
                .endsWith(".example");
        assertThatThrownBy(() -> as(org, () -> domains.add(uniqueDomain("second"))))
                .isInstanceOf(InvalidSenderDomainException.class)
                .hasMessage("The organization already has a sender domain. Remove it first to use another one.");

        as(org, () -> {
            domains.remove();
            return null;
        });
        assertThat(as(org, domains::overview).domain()).isNull();
        assertThat(as(org, () -> domains.add(uniqueDomain("second"))).status()).isEqualTo(SenderDomainStatus.PENDING);
    }

    /** A row of the organization's own schema, read as the database holds it. */
    private Map<String, Object> row(Tenant org, String sql) {
        return jdbc.queryForMap(sql.replace("from sender_domain", "from " + org.schema() + ".sender_domain"));
    }

    @Test
    void without_a_domain_key_configured_nothing_can_be_added() {
        Tenant org = organizations.create("sdnokey");
        SenderDomains unconfigured = SenderDomainFixtures.withoutDomainKey(context);
        assertThat(as(org, unconfigured::overview).configured()).isFalse();
        assertThat(as(org, unconfigured::overview).canAdd()).isFalse();
        assertThatThrownBy(() -> as(org, () -> unconfigured.add(uniqueDomain("nokey"))))
                .isInstanceOf(InvalidSenderDomainException.class)
                .hasMessage("Own sender domains are not configured on this Lyceum installation.");
        assertThat(row(org, "select count(*) as n from sender_domain")).containsEntry("n", 0L);
    }

    static SenderDomainSettings settings(String key) {
        return new SenderDomainSettings(key, null, Duration.ofSeconds(1), null, null, null);
    }
}
