package io.lyceum.notification;

import io.lyceum.platform.DomainDns;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The tests' DNS: a {@link TestDnsServer} on loopback, and the application's DNS lookups pointed at
 * it exactly as {@code lyceum.mail.dns-resolver=127.0.0.1:<port>} would (its port is known only
 * once it runs, after the properties are read).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDns {

    @Bean(destroyMethod = "close")
    TestDnsServer testDnsServer() throws IOException {
        return new TestDnsServer();
    }

    /** The custom-domain checks (platform module) ask the same server. */
    @Bean
    @Primary
    DomainDns testDomainDns(TestDnsServer server) {
        return DomainDns.at(server.address(), Duration.ofSeconds(2));
    }

    @Bean
    @Primary
    DnsRecords testDnsRecords(TestDnsServer server) {
        return new DnsRecords(
                new SenderDomainSettings(null, server.address(), Duration.ofSeconds(2), null, null, null));
    }
}
