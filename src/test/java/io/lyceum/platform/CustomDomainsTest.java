package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.notification.TestDnsServer;
import io.lyceum.platform.CustomDomains.RecordCheck;
import io.lyceum.platform.CustomDomains.RecordCheck.Kind;
import io.lyceum.platform.CustomDomains.RecordCheck.Outcome;
import io.lyceum.tenancy.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organization's custom domain: added with its CNAME and TXT challenge, checked by DNS record by
 * record, served once verified (its own sign-in, sessions bound to the organization, the subdomain
 * still working), known to the TLS proxy's question, and held by one organization only.
 */
@LyceumIntegrationTest
class CustomDomainsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String BASE = "lyceum.localhost:8080";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CustomDomains domains;

    @Autowired
    TestDnsServer dns;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    private static String uniqueHost(String label) {
        return label + "-" + Long.toString(System.nanoTime() % 1_000_000, 36) + "-" + SEQUENCE.incrementAndGet()
                + ".example.test";
    }

    private static String subdomain(Tenant org) {
        return org.slug() + "." + BASE;
    }

    private CustomDomains.Setup add(Tenant org, String host) {
        return TestOrganizations.asAdmin(org, () -> domains.add(host));
    }

    private CustomDomains.Check check(Tenant org) {
        return TestOrganizations.asAdmin(org, domains::check);
    }

    private static RecordCheck record(CustomDomains.Check check, Kind kind) {
        return check.records().stream()
                .filter(record -> record.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private void publish(CustomDomains.Setup setup) {
        dns.cname(setup.cnameName(), setup.cnameTarget());
        dns.txt(setup.txtName(), setup.txtValue());
    }

    private List<String> auditActions(Tenant org) {
        return jdbc.queryForList(
                "select action from " + org.schema() + ".audit_event where action like 'domain.%' order by id",
                String.class);
    }

    @Test
    void the_check_says_per_record_whether_it_is_found_missing_or_wrong_and_what_was_found() {
        Tenant org = organizations.create("domcheck");
        String host = uniqueHost("learn");
        var setup = add(org, "  " + host.toUpperCase() + ". ");

        assertThat(setup.host()).isEqualTo(host);
        assertThat(setup.cnameName()).isEqualTo(host);
        assertThat(setup.cnameTarget()).isEqualTo(org.slug() + ".lyceum.localhost");
        assertThat(setup.txtName()).isEqualTo("_lyceum-challenge." + host);
        assertThat(setup.txtValue()).hasSize(32).matches("[a-z2-9]+");
        assertThat(setup.verified()).isFalse();

        var nothing = check(org);
        assertThat(nothing.records())
                .extracting(RecordCheck::outcome)
                .containsExactly(Outcome.MISSING, Outcome.MISSING);
        assertThat(nothing.domain().verified()).isFalse();

        dns.cname(host, "elsewhere.example.net");
        dns.txt(setup.txtName(), "someone-elses-token");
        var wrong = check(org);
        assertThat(record(wrong, Kind.CNAME).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(record(wrong, Kind.CNAME).found()).isEqualTo("elsewhere.example.net");
        assertThat(record(wrong, Kind.TXT).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(record(wrong, Kind.TXT).found()).isEqualTo("someone-elses-token");
        assertThat(wrong.domain().verified()).isFalse();

        // Only the TXT record right: still not verified (browsers would not reach Lyceum).
        dns.forget(setup.txtName());
        dns.txt(setup.txtName(), setup.txtValue());
        var half = check(org);
        assertThat(record(half, Kind.TXT).outcome()).isEqualTo(Outcome.FOUND);
        assertThat(half.domain().verified()).isFalse();

        dns.forget(host);
        publish(setup);
        var found = check(org);
        assertThat(found.records()).extracting(RecordCheck::outcome).containsExactly(Outcome.FOUND, Outcome.FOUND);
        assertThat(found.domain().verified()).isTrue();
        assertThat(found.domain().verifiedAt()).isNotNull();
        assertThat(auditActions(org)).containsExactly("domain.added", "domain.verified");
    }

    @Test
    void a_verified_domain_serves_its_organization_and_only_it_with_sessions_bound_to_it() throws Exception {
        Tenant acme = organizations.create("domacme");
        Tenant globex = organizations.create("domglobex");
        organizations.addUser(acme, "only-acme@example.com", "acme-secret-2026", Role.STUDENT);
        organizations.addUser(globex, "only-globex@example.com", "globex-secret-2026", Role.STUDENT);
        String host = uniqueHost("learn");
        var setup = add(acme, host);

        // Not verified yet: nobody's.
        var before = http.get(host, "/login", "");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.body()).contains("No organization at this address");

        publish(setup);
        assertThat(check(acme).domain().verified()).isTrue();

        assertThat(http.get(host, "/login", "").status()).isEqualTo(200);
        assertThat(http.get(host.toUpperCase() + ":8443", "/login", "").status())
                .isEqualTo(200);
        // acme's members sign in there; globex's do not exist there.
        String session = http.login(host, "only-acme@example.com", "acme-secret-2026");
        assertThatThrownBy(() -> http.login(host, "only-globex@example.com", "globex-secret-2026"))
                .hasMessageContaining("Login refused");
        assertThat(http.get(host, "/learn", session).status()).isEqualTo(200);

        // The session made on acme's custom domain is refused on globex's subdomain.
        var onGlobex = http.get(subdomain(globex), "/learn", session);
        assertThat(onGlobex.status()).isEqualTo(302);
        assertThat(onGlobex.header("location").orElseThrow()).endsWith("/login");

        // The subdomain keeps working.
        assertThat(http.login(subdomain(acme), "only-acme@example.com", "acme-secret-2026"))
                .isNotBlank();
    }

    @Test
    void the_tls_proxy_hears_yes_only_for_verified_domains_and_active_organizations() throws Exception {
        Tenant org = organizations.create("domtls");
        String host = uniqueHost("tls");
        var setup = add(org, host);

        assertThat(ask(BASE, host)).isEqualTo(404);
        publish(setup);
        check(org);
        assertThat(ask(BASE, host)).isEqualTo(200);
        assertThat(ask(BASE, host.toUpperCase() + ".")).isEqualTo(200);
        assertThat(ask("127.0.0.1:8080", host)).isEqualTo(200);
        assertThat(ask(BASE, org.slug() + ".lyceum.localhost")).isEqualTo(200);

        assertThat(ask(BASE, "no-such-org.lyceum.localhost")).isEqualTo(404);
        assertThat(ask(BASE, "a.b.lyceum.localhost")).isEqualTo(404);
        assertThat(ask(BASE, uniqueHost("never-added"))).isEqualTo(404);
        assertThat(ask(BASE, "")).isEqualTo(404);
        // Asked on an organization's host it is no question of the proxy's.
        assertThat(ask(subdomain(org), host)).isEqualTo(404);
    }

    private int ask(String on, String domain) throws Exception {
        return http.get(on, "/internal/tls/ask?domain=" + URLEncoder.encode(domain, StandardCharsets.UTF_8), "")
                .status();
    }

    @Test
    void a_domain_is_one_organizations_and_never_under_the_base_domain() {
        Tenant acme = organizations.create("domtaken");
        Tenant globex = organizations.create("domholder");
        String host = uniqueHost("shared");
        add(globex, host);

        assertThatThrownBy(() -> add(acme, host))
                .isInstanceOf(CustomDomainException.class)
                .hasMessage(host + " is already used by another organization on Lyceum. If it is yours, ask that"
                        + " organization to remove it first.");
        assertThat(TestOrganizations.asAdmin(acme, domains::current)).isEmpty();
        assertThatThrownBy(() -> add(acme, "learn." + acme.slug() + ".lyceum.localhost"))
                .hasMessageContaining("is under Lyceum's own domain lyceum.localhost");
        assertThatThrownBy(() -> add(acme, "not a host")).hasMessageStartingWith("not a host is not a host name.");
        assertThatThrownBy(() -> add(acme, "localhost")).isInstanceOf(CustomDomainException.class);
        // globex's admin sees its own; acme's check finds nothing of globex's.
        assertThat(TestOrganizations.asAdmin(globex, domains::current)).isPresent();
        assertThatThrownBy(() -> check(acme)).isInstanceOf(CustomDomainException.class);

        var second = uniqueHost("second");
        assertThatThrownBy(() -> add(globex, second)).hasMessageContaining("already has a custom domain");
    }

    @Test
    void removing_a_domain_takes_the_organization_off_it() throws Exception {
        Tenant org = organizations.create("domremove");
        String host = uniqueHost("gone");
        publish(add(org, host));
        check(org);
        assertThat(http.get(host, "/login", "").status()).isEqualTo(200);

        TestOrganizations.asAdmin(org, () -> {
            domains.remove();
            return null;
        });
        assertThat(http.get(host, "/login", "").status()).isEqualTo(404);
        assertThat(http.get(subdomain(org), "/login", "").status()).isEqualTo(200);
        assertThat(auditActions(org)).containsExactly("domain.added", "domain.verified", "domain.removed");
    }
}
