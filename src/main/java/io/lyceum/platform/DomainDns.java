package io.lyceum.platform;

import io.lyceum.base.dns.DnsLookup;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks DNS for the records of an organization's custom domain ({@link DnsLookup}: a resolver of its own
 * per lookup, never the JVM's), on {@code lyceum.domains.dns-resolver}, else the system's first name
 * server, within {@code lyceum.domains.dns-timeout}.
 */
@Component
public class DomainDns extends DnsLookup {

    @Autowired
    DomainDns(
            @Value("${lyceum.domains.dns-resolver:}") @Nullable String resolver,
            @Value("${lyceum.domains.dns-timeout:5s}") Duration timeout) {
        super(resolver, timeout, "lyceum.domains.dns-resolver");
    }

    /** Lookups sent to {@code resolver} ({@code host:port}): for tests, whose DNS server's port is known late. */
    public static DomainDns at(String resolver, Duration timeout) {
        return new DomainDns(resolver, timeout);
    }
}
