package io.lyceum.notification;

import io.lyceum.base.dns.DnsLookup;
import org.springframework.stereotype.Component;

/**
 * Asks DNS for the records of an organization's sender domain ({@link DnsLookup}: a resolver of its own
 * per lookup, never the JVM's), on {@code lyceum.mail.dns-resolver}, else the system's first name
 * server, within {@code lyceum.mail.dns-timeout}.
 */
@Component
class DnsRecords extends DnsLookup {

    DnsRecords(SenderDomainSettings settings) {
        super(settings.dnsResolver(), settings.dnsTimeout(), "lyceum.mail.dns-resolver");
    }
}
