package io.lyceum.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.lyceum.base.dns.DnsLookup.Answer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.SimpleResolver;

/** DNS lookups through the configured resolver only, against the local test server. */
class DnsRecordsTest {

    static TestDnsServer server;
    static DnsRecords dns;

    @BeforeAll
    static void start() throws Exception {
        server = new TestDnsServer();
        dns = new DnsRecords(new SenderDomainSettings(null, server.address(), Duration.ofSeconds(2), null, null, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_txt_value_split_into_strings_comes_back_joined() {
        String key = "v=DKIM1; k=rsa; p=" + "A".repeat(600);
        server.txt("s1._domainkey.split.example.org", key);
        server.txt("s1._domainkey.split.example.org", "second record");

        Answer answer = dns.txt("s1._domainkey.split.example.org").join();

        assertThat(answer.status()).isEqualTo(Answer.Status.FOUND);
        assertThat(answer.values()).containsExactlyInAnyOrder(key, "second record");
    }

    @Test
    void an_unknown_name_and_a_name_without_the_type_are_none_and_cname_targets_lose_the_root_dot() {
        server.txt("only-txt.example.org", "hello");
        server.cname("bounce.cname.example.org", "Bounce.Lyceum.Example.");

        assertThat(dns.txt("nothing-here.example.org").join().status()).isEqualTo(Answer.Status.NONE);
        assertThat(dns.cname("only-txt.example.org").join().status()).isEqualTo(Answer.Status.NONE);
        assertThat(dns.cname("bounce.cname.example.org").join().values()).containsExactly("bounce.lyceum.example");
    }

    @Test
    void an_answer_too_long_for_udp_is_fetched_over_tcp() {
        for (int i = 0; i < 8; i++) {
            server.txt("long.example.org", i + "-" + "x".repeat(400));
        }
        int tcpBefore = server.tcpQueries();

        Answer answer = dns.txt("long.example.org").join();

        assertThat(answer.values()).hasSize(8);
        assertThat(server.tcpQueries()).isGreaterThan(tcpBefore);
    }

    @Test
    void a_server_that_does_not_answer_fails_the_lookup_within_the_timeout() throws Exception {
        int silentPort;
        try (var taken = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            silentPort = taken.getLocalPort();
            var silent = new DnsRecords(new SenderDomainSettings(
                    null, "127.0.0.1:" + silentPort, Duration.ofMillis(500), null, null, null));
            long started = System.nanoTime();
            Answer answer = silent.txt("example.org").join();
            assertThat(answer.status()).isEqualTo(Answer.Status.FAILED);
            assertThat(answer.failure()).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void resolver_addresses_are_read_as_host_and_port() {
        assertThat(DnsRecords.address("127.0.0.1:5353").getPort()).isEqualTo(5353);
        assertThat(DnsRecords.address("127.0.0.1").getPort()).isEqualTo(53);
        assertThat(DnsRecords.address("[::1]:5300").getAddress().getHostAddress())
                .isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(DnsRecords.address(" ")).isNull();
    }

    @Test
    void nothing_makes_dnsjava_the_resolver_of_the_whole_jvm() throws Exception {
        // dnsjava's JVM-wide provider (Java 18+) switches on only with this property.
        assertThat(Boolean.getBoolean("org.dnsjava.spi.enable")).isFalse();
        noClasses()
                .should()
                .callMethod(Lookup.class, "setDefaultResolver", org.xbill.DNS.Resolver.class)
                .orShould()
                .callMethod(Lookup.class, "setDefaultCache", org.xbill.DNS.Cache.class, int.class)
                .orShould()
                .callMethod(Lookup.class, "setDefaultSearchPath", List.class)
                .orShould()
                .callMethod(SimpleResolver.class, "setDefaultResolver", String.class)
                .orShould()
                .callMethod(SimpleResolver.class, "setDefaultResolver", java.net.InetSocketAddress.class)
                .orShould()
                .callMethod(ResolverConfig.class, "refresh")
                .orShould()
                .callMethod(System.class, "setProperty", String.class, String.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.lyceum"));
        // Lookups here leave the JVM's own resolution as it was: the test server's names stay unknown to it.
        server.txt("jvm-probe.example.org", "x");
        dns.txt("jvm-probe.example.org").join();
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
    }
}
