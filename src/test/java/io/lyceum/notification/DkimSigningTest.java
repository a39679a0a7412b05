package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Mail of an organization with a verified domain goes out DKIM-signed, and the signature verifies
 * (checked by hand, as a receiving server would) against the key its DNS publishes; another
 * organization's mail is neither signed with that key nor sent from that domain.
 */
@LyceumIntegrationTest
class DkimSigningTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    SenderDomains domains;

    @Autowired
    SenderIdentity identity;

    @Autowired
    TestDnsServer dns;

    @Autowired
    TestOrganizations organizations;

    /** A message as the outbox would build it: both parts, the unsubscribe headers, names beyond ASCII. */
    private MimeMessage message(String to) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(identity.from());
        helper.setTo(new InternetAddress(to, "Zoë Łukasiewicz", "UTF-8"));
        helper.setSubject("Welcome to Grüße & co");
        helper.setText("Hello  Zoë,\n\nwelcome.   \n\n\n", "<p>Hello Zoë,</p>\n<p>welcome.</p>\n");
        message.setHeader("List-Unsubscribe", "<https://acme.lyceum.localhost/unsubscribe/abc>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    /** Sends over real SMTP as the dispatcher does, and returns the bytes the receiving server stored. */
    private byte[] sendAndReceive(Tenant org, String to) throws Exception {
        runAs(org, () -> {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            var properties = new Properties();
            properties.setProperty("mail.smtp.from", identity.envelopeFrom());
            sender.setJavaMailProperties(properties);
            sender.send(identity.sign(message(to)));
        });
        MimeMessage received = smtp.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1))[0];
        var raw = new ByteArrayOutputStream();
        received.writeTo(raw);
        return raw.toByteArray();
    }

    private static void runAs(Tenant org, ThrowingRunnable work) {
        TestOrganizations.asAdmin(org, () -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The public key record, fetched from the test DNS server as a receiver fetches it from the domain's. */
    private String publishedKey(String name) {
        try {
            var resolver = new SimpleResolver(DnsRecords.address(dns.address()));
            var response = resolver.send(org.xbill.DNS.Message.newQuery(
                    Record.newRecord(Name.fromString(name, Name.root), Type.TXT, DClass.IN)));
            return response.getSection(Section.ANSWER).stream()
                    .map(record -> String.join("", ((TXTRecord) record).getStrings()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No key published at " + name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_verified_domains_mail_is_signed_and_the_signature_verifies_against_the_published_key() throws Exception {
        Tenant acme = organizations.create("dkimacme");
        String domain = SenderDomainFixtures.uniqueDomain("dkim");
        SenderDomainDetails details = SenderDomainFixtures.verified(domains, dns, acme, domain);

        byte[] raw = sendAndReceive(acme, "zoe@receiver-one.test");
        var result = DkimVerifier.verify(raw, this::publishedKey);

        assertThat(result.tags())
                .containsEntry("d", domain)
                .containsEntry("s", details.selector())
                .containsEntry("a", "rsa-sha256")
                .containsEntry("c", "relaxed/relaxed");
        assertThat(result.signedHeaders())
                .contains(
                        "from",
                        "to",
                        "subject",
                        "date",
                        "message-id",
                        "mime-version",
                        "content-type",
                        "list-unsubscribe",
                        "list-unsubscribe-post");
        assertThat(result.bodyHashMatches()).isTrue();
        assertThat(result.signatureVerifies()).isTrue();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .contains("From: " + acme.name() + " <no-reply@" + domain + ">")
                .contains("Return-Path: <bounce@bounce." + domain + ">");

        // The verifier can fail: one changed header or body byte breaks it, as it would at a receiver.
        String tamperedSubject = text.replaceFirst("\r\nSubject: ", "\r\nSubject: X");
        assertThat(tamperedSubject).isNotEqualTo(text);
        assertThat(DkimVerifier.verify(tamperedSubject.getBytes(StandardCharsets.ISO_8859_1), this::publishedKey)
                        .signatureVerifies())
                .isFalse();
        int body = text.indexOf("\r\n\r\n") + 4;
        String tamperedBody = text.substring(0, body) + text.substring(body).replaceFirst("welcome", "welcomf");
        assertThat(tamperedBody).isNotEqualTo(text);
        assertThat(DkimVerifier.verify(tamperedBody.getBytes(StandardCharsets.ISO_8859_1), this::publishedKey)
                        .bodyHashMatches())
                .isFalse();
    }

    @Test
    void another_organizations_mail_is_not_signed_with_acmes_key_nor_sent_from_its_domain() throws Exception {
        Tenant acme = organizations.create("dkimiso-acme");
        Tenant globex = organizations.create("dkimiso-globex");
        String domain = SenderDomainFixtures.uniqueDomain("iso");
        SenderDomainFixtures.verified(domains, dns, acme, domain);

        assertThat(TestOrganizations.asAdmin(globex, domains::overview).domain())
                .isNull();
        assertThat(TestOrganizations.asAdmin(globex, identity::hasVerifiedDomain))
                .isFalse();
        assertThat(TestOrganizations.asAdmin(globex, () -> identity.from().getAddress()))
                .isEqualTo("no-reply@lyceum.localhost");
        assertThat(TestOrganizations.asAdmin(globex, identity::envelopeFrom)).isEqualTo("no-reply@lyceum.localhost");

        byte[] raw = sendAndReceive(globex, "someone@receiver-two.test");
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("DKIM-Signature").doesNotContain(domain);
        // And acme's still is, after globex's went out.
        assertThat(TestOrganizations.asAdmin(acme, () -> identity.from().getAddress()))
                .isEqualTo("no-reply@" + domain);
        assertThat(new String(sendAndReceive(acme, "other@receiver-three.test"), StandardCharsets.ISO_8859_1))
                .contains("DKIM-Signature")
                .contains("d=" + domain);
    }

    @Test
    void without_a_verified_domain_mail_goes_from_the_shared_address_unsigned() throws Exception {
        Tenant org = organizations.create("dkimnone");
        TestOrganizations.asAdmin(org, () -> domains.add(SenderDomainFixtures.uniqueDomain("pending")));
        MimeMessage plain = TestOrganizations.asAdmin(org, () -> {
            try {
                return message("x@receiver-four.test");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(TestOrganizations.asAdmin(org, () -> identity.sign(plain))).isSameAs(plain);
        assertThat(plain.getFrom()[0].toString()).contains("no-reply@lyceum.localhost");
        assertThat(((InternetAddress) plain.getFrom()[0]).getPersonal()).isEqualTo(org.name());
        assertThat(plain.getRecipients(Message.RecipientType.TO)).hasSize(1);
    }
}
