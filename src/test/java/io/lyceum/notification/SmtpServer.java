package io.lyceum.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on one port for the whole test run, which tests may stop and start
 * again on the same port (an SMTP outage). The application context of {@link SmtpMail} tests sends to
 * it; the poller waits an hour, so that tests decide when it runs.
 */
public class SmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int PORT = freePort();
    private static @Nullable GreenMail server;

    static {
        start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + PORT,
                        "spring.mail.properties.mail.smtp.connectiontimeout=1000",
                        "spring.mail.properties.mail.smtp.timeout=3000",
                        "lyceum.mail.poll-interval=PT1H",
                        "lyceum.mail.max-attempts=3",
                        "lyceum.mail.retry-delay=PT0.2S",
                        "lyceum.mail.max-retry-delay=PT2S")
                .applyTo(context);
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The server goes away: connections are refused until {@link #start()}. What it received is gone too. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Forgets what the running server received (a test's setup mail). */
    public static synchronized void purge() {
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every message the running server received for this address. */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> to(message).contains(address))
                .toList();
    }

    /** How many messages the running server received in all. */
    public static synchronized int receivedCount() {
        return server == null ? 0 : server.getReceivedMessages().length;
    }

    private static List<String> to(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null
                    ? List.of()
                    : Arrays.stream(recipients)
                            .map(address -> ((InternetAddress) address).getAddress())
                            .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
