package io.lyceum.notification;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyceum.mail.*} for organizations' own sender domains.
 *
 * @param domainKey base64 of the 32 bytes that seal DKIM private keys (AES-256-GCM), from the
 *     environment ({@code LYCEUM_MAIL_DOMAIN_KEY}), never the repository; without it the feature is off
 * @param dnsResolver the DNS server checks ask, {@code host:port}; empty for the system's
 * @param dnsTimeout how long one DNS lookup may take
 * @param spfInclude what an organization's SPF record must include; empty for {@code _spf.<base host>}
 * @param returnPathPrefix the label of the return-path host below the organization's domain
 * @param returnPathTarget where that host points (CNAME); empty for {@code bounce.<base host>}
 */
@ConfigurationProperties("lyceum.mail")
record SenderDomainSettings(
        @Nullable String domainKey,
        @Nullable String dnsResolver,
        @DefaultValue("5s") Duration dnsTimeout,
        @Nullable String spfInclude,
        @DefaultValue("bounce") String returnPathPrefix,
        @Nullable String returnPathTarget) {

    SenderDomainSettings {
        dnsTimeout = dnsTimeout == null ? Duration.ofSeconds(5) : dnsTimeout;
        returnPathPrefix = returnPathPrefix == null || returnPathPrefix.isBlank() ? "bounce" : returnPathPrefix.strip();
    }

    String spfInclude(String baseHost) {
        return spfInclude == null || spfInclude.isBlank() ? "_spf." + baseHost : spfInclude.strip();
    }

    String returnPathTarget(String baseHost) {
        return returnPathTarget == null || returnPathTarget.isBlank() ? "bounce." + baseHost : returnPathTarget.strip();
    }
}
