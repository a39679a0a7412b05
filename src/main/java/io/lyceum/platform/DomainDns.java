package io.lyceum.platform;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS for the records of an organization's custom domain, through a {@link SimpleResolver} of its
 * own per lookup ({@code lyceum.domains.dns-resolver}, else the system's first name server), never
 * through dnsjava's static defaults or the JVM's resolver: nothing here changes how the rest of the
 * JVM resolves names. No cache: a check after the admin fixed a record must see the fix. (The same
 * way as the mail module's sender-domain checks, which this module cannot reach.)
 */
@Component
public class DomainDns {

    private final @Nullable InetSocketAddress server;
    private final Duration timeout;

    @Autowired
    DomainDns(
            @Value("${lyceum.domains.dns-resolver:}") @Nullable String resolver,
            @Value("${lyceum.domains.dns-timeout:5s}") Duration timeout) {
        this.server = address(resolver);
        this.timeout = timeout;
    }

    /** Lookups sent to {@code resolver} ({@code host:port}): for tests, whose DNS server's port is known late. */
    public static DomainDns at(String resolver, Duration timeout) {
        return new DomainDns(resolver, timeout);
    }

    /** What DNS said about one name and type. */
    record Answer(
            Status status, List<String> values, @Nullable String failure) {

        enum Status {
            FOUND,
            NONE,
            FAILED
        }

        static Answer none() {
            return new Answer(Status.NONE, List.of(), null);
        }

        static Answer failed(String why) {
            return new Answer(Status.FAILED, List.of(), why);
        }
    }

    CompletableFuture<Answer> txt(String name) {
        return ask(name, Type.TXT);
    }

    CompletableFuture<Answer> cname(String name) {
        return ask(name, Type.CNAME);
    }

    private CompletableFuture<Answer> ask(String name, int type) {
        Message query;
        SimpleResolver resolver;
        try {
            query = Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type, DClass.IN));
            resolver = server == null ? new SimpleResolver() : new SimpleResolver(server);
        } catch (TextParseException | UnknownHostException e) {
            return CompletableFuture.completedFuture(Answer.failed(String.valueOf(e.getMessage())));
        }
        resolver.setTimeout(timeout);
        return resolver.sendAsync(query)
                .toCompletableFuture()
                .thenApply(response -> answer(response, type))
                .exceptionally(DomainDns::failure)
                .completeOnTimeout(Answer.failed("timed out"), timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    }

    private static Answer answer(Message response, int type) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return Answer.none();
        }
        if (rcode != Rcode.NOERROR) {
            return Answer.failed(Rcode.string(rcode));
        }
        List<String> values = response.getSection(Section.ANSWER).stream()
                .filter(record -> record.getType() == type)
                .map(record -> switch (record) {
                    case TXTRecord txt -> String.join("", txt.getStrings());
                    case CNAMERecord cname -> cname.getTarget().toString(true).toLowerCase(Locale.ROOT);
                    default -> record.rdataToString();
                })
                .toList();
        return values.isEmpty() ? Answer.none() : new Answer(Answer.Status.FOUND, values, null);
    }

    private static Answer failure(Throwable thrown) {
        Throwable cause =
                thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        String message = cause.getMessage();
        return Answer.failed(
                message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }

    /** {@code host:port}, {@code [v6]:port} or a bare host (port 53); null for the system's resolver. */
    static @Nullable InetSocketAddress address(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String value = configured.strip();
        String host = value;
        int port = 53;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            host = value.substring(1, end);
            if (value.length() > end + 1 && value.charAt(end + 1) == ':') {
                port = Integer.parseInt(value.substring(end + 2));
            }
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.indexOf(':') > 0) {
            host = value.substring(0, value.indexOf(':'));
            port = Integer.parseInt(value.substring(value.indexOf(':') + 1));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalStateException("lyceum.domains.dns-resolver has no valid port: " + configured);
        }
        return new InetSocketAddress(host, port);
    }
}
