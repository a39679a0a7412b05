package io.lyceum.tenancy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Who may tell Lyceum the client's address, scheme and host ({@code X-Forwarded-For}, {@code -Proto},
 * {@code -Host}): the proxies listed in {@code lyceum.trusted-proxies} (addresses or CIDR ranges),
 * loopback only by default. Tomcat's own default trusts every private network, so anyone inside one
 * could pick the address the throttles count and the organization the host filter resolves.
 * Replaces the internal proxies of the remote-IP valve Spring Boot adds for
 * {@code server.forward-headers-strategy=native}.
 */
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @ConfigurationProperties("lyceum")
    record Settings(
            @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> trustedProxies) {}

    private final String ranges;

    TrustedProxies(Settings settings) {
        this.ranges = cidrs(settings.trustedProxies());
    }

    /** "10.0.0.5, 192.0.2.0/24" → "10.0.0.5/32,192.0.2.0/24"; a host name or a typo stops the start. */
    static String cidrs(List<String> entries) {
        return entries.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> {
                    String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
                    if (!address.matches("[0-9a-fA-F:.]+")) {
                        throw new IllegalArgumentException(
                                "lyceum.trusted-proxies takes IP addresses or CIDR ranges, not '" + entry + "'");
                    }
                    try {
                        InetAddress parsed = InetAddress.getByName(address);
                        return entry.contains("/")
                                ? entry
                                : address + (parsed.getAddress().length == 4 ? "/32" : "/128");
                    } catch (UnknownHostException e) {
                        throw new IllegalArgumentException(
                                "lyceum.trusted-proxies: '" + entry + "' is not an IP address", e);
                    }
                })
                .collect(Collectors.joining(","));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                // With no proxy trusted, a range nothing matches: forwarded headers are never applied.
                remoteIp.setInternalProxies(ranges.isEmpty() ? "255.255.255.255/32" : ranges);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
