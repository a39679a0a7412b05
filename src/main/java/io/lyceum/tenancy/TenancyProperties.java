package io.lyceum.tenancy;

import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lyceum answers. {@code baseDomain} may carry a port ("localhost:8080"); hosts are matched
 * without ports so that the same configuration works behind a proxy and on test ports.
 */
@ConfigurationProperties("lyceum")
public record TenancyProperties(String baseDomain) {

    public TenancyProperties {
        if (baseDomain == null || baseDomain.isBlank()) {
            baseDomain = "localhost:8080";
        }
    }

    public String baseHost() {
        return hostName(baseDomain);
    }

    /** The address of an organization on the base domain, e.g. {@code http://acme.localhost:8080/}. */
    public String organizationUrl(String scheme, String slug) {
        return scheme + "://" + slug + "." + baseDomain + "/";
    }

    public String platformUrl(String scheme, String path) {
        return scheme + "://" + baseDomain + path;
    }

    /**
     * The scheme of addresses printed for people outside a request (certificates' QR codes): plain
     * http only for a local base domain, https anywhere else.
     */
    public String publicScheme() {
        String host = baseHost();
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1") ? "http" : "https";
    }

    /** The label in front of the base host, if the host is a single-label subdomain of it. */
    Optional<String> subdomainOf(String host) {
        String suffix = "." + baseHost();
        if (host.endsWith(suffix)) {
            String label = host.substring(0, host.length() - suffix.length());
            if (!label.isEmpty() && !label.contains(".")) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    boolean isPlatformHost(String host) {
        return host.equals(baseHost()) || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    static String hostName(String hostWithPort) {
        String host = hostWithPort.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
