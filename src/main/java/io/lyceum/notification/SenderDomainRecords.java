package io.lyceum.notification;

import io.lyceum.base.dns.DnsLookup;
import io.lyceum.notification.DnsRecordCheck.Outcome;
import io.lyceum.notification.SenderDomainRecord.Kind;
import io.lyceum.tenancy.TenancyProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The DNS records a sender domain needs, and whether what DNS holds is them: the DKIM key at
 * {@code <selector>._domainkey.<domain>}, an SPF record on the domain that includes Lyceum's
 * servers, and the return-path host pointing at Lyceum's bounce host.
 */
@Component
class SenderDomainRecords {

    private final String spfInclude;
    private final String returnPathPrefix;
    private final String returnPathTarget;

    SenderDomainRecords(SenderDomainSettings settings, TenancyProperties tenancy) {
        this.spfInclude = settings.spfInclude(tenancy.baseHost()).toLowerCase(Locale.ROOT);
        this.returnPathPrefix = settings.returnPathPrefix().toLowerCase(Locale.ROOT);
        this.returnPathTarget = withoutRootDot(settings.returnPathTarget(tenancy.baseHost()));
    }

    List<SenderDomainRecord> expected(String domain, String selector, String publicKey) {
        return List.of(
                new SenderDomainRecord(
                        Kind.DKIM, "TXT", selector + "._domainkey." + domain, "v=DKIM1; k=rsa; p=" + publicKey),
                new SenderDomainRecord(Kind.SPF, "TXT", domain, "v=spf1 include:" + spfInclude + " ~all"),
                new SenderDomainRecord(Kind.RETURN_PATH, "CNAME", returnPathHost(domain), returnPathTarget));
    }

    /** The envelope sender's host: bounces go there, and Lyceum's bounce host answers for it. */
    String returnPathHost(String domain) {
        return returnPathPrefix + "." + domain;
    }

    DnsRecordCheck compare(SenderDomainRecord record, DnsLookup.Answer answer, String publicKey) {
        return switch (answer.status()) {
            case FAILED -> new DnsRecordCheck(record, Outcome.UNREACHABLE, answer.failure());
            case NONE -> new DnsRecordCheck(record, Outcome.MISSING, null);
            case FOUND ->
                switch (record.kind()) {
                    case DKIM -> dkim(record, answer.values(), publicKey);
                    case SPF -> spf(record, answer.values());
                    case RETURN_PATH -> returnPath(record, answer.values());
                };
        };
    }

    private static DnsRecordCheck dkim(SenderDomainRecord record, List<String> found, String publicKey) {
        for (String value : found) {
            Map<String, String> tags = tags(value);
            boolean rsa = tags.getOrDefault("k", "rsa").equalsIgnoreCase("rsa");
            boolean version = tags.getOrDefault("v", "DKIM1").equals("DKIM1");
            if (rsa && version && publicKey.equals(tags.get("p"))) {
                return new DnsRecordCheck(record, Outcome.MATCHES, null);
            }
        }
        return new DnsRecordCheck(record, Outcome.WRONG, String.join(" | ", found));
    }

    /** RFC 6376 tag list: {@code tag=value; …}, whitespace around and (in base64) inside values ignored. */
    private static Map<String, String> tags(String value) {
        var tags = new HashMap<String, String>();
        for (String part : value.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                String tag = part.substring(0, equals).strip();
                String tagValue = part.substring(equals + 1).strip();
                tags.putIfAbsent(tag, tag.equals("p") ? tagValue.replaceAll("\\s+", "") : tagValue);
            }
        }
        return tags;
    }

    private DnsRecordCheck spf(SenderDomainRecord record, List<String> found) {
        List<String> spf = found.stream()
                .filter(value -> value.toLowerCase(Locale.ROOT).matches("v=spf1(\\s.*)?"))
                .toList();
        if (spf.isEmpty()) {
            return new DnsRecordCheck(record, Outcome.MISSING, null);
        }
        // Two SPF records make SPF fail for every sender (RFC 7208 4.5): one has to go.
        if (spf.size() == 1) {
            for (String term : spf.getFirst().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (term.equals("include:" + spfInclude) || term.equals("+include:" + spfInclude)) {
                    return new DnsRecordCheck(record, Outcome.MATCHES, null);
                }
            }
        }
        return new DnsRecordCheck(record, Outcome.WRONG, String.join(" | ", spf));
    }

    private DnsRecordCheck returnPath(SenderDomainRecord record, List<String> found) {
        return found.stream().map(SenderDomainRecords::withoutRootDot).anyMatch(returnPathTarget::equals)
                ? new DnsRecordCheck(record, Outcome.MATCHES, null)
                : new DnsRecordCheck(record, Outcome.WRONG, String.join(" | ", found));
    }

    private static String withoutRootDot(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
