package io.lyceum.base.dns;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * Asks DNS for the records an organization published, through a {@link SimpleResolver} of its own per
 * lookup (the configured server, else the system's first name server), never through dnsjava's static
 * defaults: nothing here changes how the rest of the JVM resolves names. (dnsjava 3.7 ships a JVM-wide
 * resolver provider, which stays the JDK's own unless {@code org.dnsjava.spi.enable} is set; Lyceum
 * never sets it.) No cache: a check after the admin fixed a record must see the fix.
 *
 * <p>Each module that checks DNS keeps its own bean and property (a subclass naming it), so that
 * tests and operators can point one at a server without the other.
 */
public class DnsLookup {

    private final @Nullable InetSocketAddress server;
    private final Duration timeout;

    /**
     * @param resolver {@code host:port}, {@code [v6]:port} or a bare host (port 53); empty for the system's
     * @param timeout how long one lookup may take
     * @param property the setting {@code resolver} came from, named when it is not a valid address
     */
    protected DnsLookup(@Nullable String resolver, Duration timeout, String property) {
        this.server = address(resolver, property);
        this.timeout = timeout;
    }

    /** What DNS said about one name and type. */
    public record Answer(
            Status status, List<String> values, @Nullable String failure) {

        public enum Status {
            /** Records of the type asked for, in {@code values}. */
            FOUND,
            /** The name does not exist or has no record of that type. */
            NONE,
            /** No answer (a timeout, a server failure): nothing is known. */
            FAILED
        }

        public static Answer none() {
            return new Answer(Status.NONE, List.of(), null);
        }

        public static Answer failed(String why) {
            return new Answer(Status.FAILED, List.of(), why);
        }
    }

    /** The TXT records at {@code name}, each one's strings joined (DNS splits long values into 255-byte strings). */
    public CompletableFuture<Answer> txt(String name) {
        return ask(name, Type.TXT);
    }

    /** The CNAME target of {@code name}, lower-case, without the root's dot. */
    public CompletableFuture<Answer> cname(String name) {
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
                .exceptionally(DnsLookup::failure)
                // dnsjava times out itself; this only bounds a lookup that would never end.
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
        // A resolver that followed a CNAME answers with the chain and then the records asked for.
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
    public static @Nullable InetSocketAddress address(@Nullable String configured) {
        return address(configured, "the DNS resolver");
    }

    private static @Nullable InetSocketAddress address(@Nullable String configured, String property) {
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
            throw new IllegalStateException(property + " has no valid port: " + configured);
        }
        return new InetSocketAddress(host, port);
    }
}
