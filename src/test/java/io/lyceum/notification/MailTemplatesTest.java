package io.lyceum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.base.i18n.Translations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template in both languages, rendered as the composers render them, with hostile names. */
class MailTemplatesTest {

    static final String HOST = "http://acme.lyceum.localhost:8080/";
    static final String HOSTILE_NAME = "<script>alert('name')</script> Zoë";
    static final String SAMPLE_DUE_EN = "8 Dec 2026";
    static final String SAMPLE_DUE_DE = "08.12.2026";
    static final String SAMPLE_OVERDUE_EN = "23 Nov 2026";
    static final String SAMPLE_OVERDUE_DE = "23.11.2026";
    static final String HOSTILE_COURSE = "<script>alert('course')</script> Basics & \"More\"";
    static final String HOSTILE_INVITER = "<img src=x onerror=alert(1)> Ada";
    static final String HOSTILE_ASSIGNMENT = "<script>alert('assignment')</script> Essay & \"Draft\"";
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

    private final Translations translations = new Translations();
    private final MailTemplates templates = new MailTemplates(translations);
    private final MailSamples samples =
            new MailSamples(translations, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    private final Tenant acme = new Tenant(
            7, "acme", "Acme Academy", "org_acme", "PRO", "Pro", Set.of(), ZoneId.of("Europe/Berlin"), "#AA3355");

    @BeforeEach
    void bind() {
        TenantContext.set(acme);
    }

    @AfterEach
    void unbind() {
        TenantContext.clear();
    }

    static Stream<Arguments> kindsAndLanguages() {
        return Arrays.stream(MailKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, Locale.ENGLISH), Arguments.of(kind, Locale.GERMAN)));
    }

    private MailBranding brand(String logo) {
        return MailBranding.of(acme, HOST, logo);
    }

    private RenderedMail render(MailKind kind, Locale language, MailBranding brand) {
        var to = new Mails.Recipient("zoe@example.com", HOSTILE_NAME, language);
        var cast = new MailSamples.Cast(HOSTILE_NAME, HOSTILE_INVITER, HOSTILE_COURSE, HOSTILE_ASSIGNMENT);
        String unsubscribe = kind.essential() ? null : HOST + "unsubscribe/t0k3n";
        return templates.render(
                kind,
                new MailModel(brand, to.email(), to.name(), unsubscribe, samples.values(kind, cast, to, brand)),
                language);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void every_template_renders_both_parts_in_the_organizations_branding(MailKind kind, Locale language) {
        RenderedMail mail = render(kind, language, brand(HOST + "mail/logo/0b0e6d3c-1111-4a4a-9c9c-000000000001"));

        assertThat(mail.subject())
                .isNotBlank()
                .doesNotContain("\n", "!mail.")
                .isEqualTo(expectedSubject(kind, language));
        assertThat(mail.html()).isNotBlank().contains("max-width:600px");
        assertThat(mail.text()).isNotBlank();

        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("html").attr("lang")).isEqualTo(language.getLanguage());
        assertThat(html.title()).isEqualTo(mail.subject());
        // Name and colour: the header bar and the button carry the brand colour.
        assertThat(html.text()).contains("Acme Academy");
        assertThat(mail.text()).contains("Acme Academy");
        assertThat(html.select("[style*=background-color:#aa3355]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.select("img").attr("src")).isEqualTo(HOST + "mail/logo/0b0e6d3c-1111-4a4a-9c9c-000000000001");
        // No CSS other than inline: mail clients drop style sheets.
        assertThat(html.select("style, link[rel=stylesheet]")).isEmpty();

        // Every link, in both parts, is absolute on the organization's host.
        var links = html.select("a[href]").eachAttr("href");
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(HOST));
        var textLinks =
                URL.matcher(mail.text()).results().map(match -> match.group()).toList();
        assertThat(textLinks).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(HOST));
        // The call to action is in both parts.
        String action = html.select("td[bgcolor] a").attr("href");
        assertThat(action).startsWith(HOST);
        assertThat(textLinks).contains(action);

        // Unsubscribing: offered for mail one may refuse, never for essential mail.
        if (kind.essential()) {
            assertThat(links).noneMatch(link -> link.contains("unsubscribe"));
            assertThat(mail.text()).doesNotContain("unsubscribe/");
        } else {
            assertThat(links).contains(HOST + "unsubscribe/t0k3n");
            assertThat(mail.text()).contains(HOST + "unsubscribe/t0k3n");
        }
        // Why the recipient gets it, in the footer of both parts.
        String why =
                language.equals(Locale.GERMAN) ? "Sie erhalten diese E-Mail, weil" : "You receive this email because";
        assertThat(html.select("p").eachText()).anyMatch(line -> line.startsWith(why));
        assertThat(mail.text()).contains("\n" + why);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void user_content_arrives_inert(MailKind kind, Locale language) {
        RenderedMail mail = render(kind, language, brand(null));

        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(mail.html()).doesNotContain("<script", "<img src=x");
        // The name shows as the person typed it: as text.
        assertThat(mail.html()).contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Zoë");
        assertThat(html.text()).contains(HOSTILE_NAME);
        assertThat(mail.text()).contains(HOSTILE_NAME);
        if (mail.text().contains("Basics")) {
            assertThat(html.text()).contains(HOSTILE_COURSE);
            assertThat(mail.html())
                    .contains("&lt;script&gt;alert(&#39;course&#39;)&lt;/script&gt; Basics &amp; &quot;More&quot;");
        }
        if (mail.text().contains("Essay")) {
            assertThat(html.text()).contains(HOSTILE_ASSIGNMENT);
            assertThat(mail.html())
                    .contains("&lt;script&gt;alert(&#39;assignment&#39;)&lt;/script&gt; Essay &amp; &quot;Draft&quot;");
        }
        // Without a logo, no image at all (never a broken one).
        assertThat(html.select("img")).isEmpty();
    }

    @Test
    void course_kinds_name_the_course_and_invitations_the_inviter() {
        for (MailKind kind : Set.of(
                MailKind.ENROLLMENT_CONFIRMED,
                MailKind.COURSE_REMINDER,
                MailKind.COURSE_COMPLETED,
                MailKind.CERTIFICATE_EXPIRING,
                MailKind.SUBMISSION_TO_GRADE,
                MailKind.GRADE_RELEASED)) {
            assertThat(Jsoup.parse(render(kind, Locale.ENGLISH, brand(null)).html())
                            .text())
                    .as(kind.name())
                    .contains(HOSTILE_COURSE);
        }
        assertThat(Jsoup.parse(render(MailKind.INVITATION, Locale.GERMAN, brand(null))
                                .html())
                        .text())
                .contains(HOSTILE_INVITER + " hat Sie eingeladen");
    }

    @Test
    void dates_and_numbers_are_in_the_readers_language() {
        var reminder = render(MailKind.COURSE_REMINDER, Locale.GERMAN, brand(null));
        assertThat(reminder.text()).contains("45 %", "8 Tage");
        assertThat(render(MailKind.COURSE_REMINDER, Locale.ENGLISH, brand(null)).text())
                .contains("45%", "8 days");
        // Seven days after 1 Dec 2026, 10:00 UTC, in Berlin.
        assertThat(render(MailKind.INVITATION, Locale.GERMAN, brand(null)).text())
                .contains("08.12.2026");
        assertThat(render(MailKind.INVITATION, Locale.ENGLISH, brand(null)).text())
                .contains("8 Dec 2026");
    }

    @Test
    void without_a_brand_colour_mail_wears_lyceums_and_text_stays_readable_on_light_colours() {
        Tenant plain = new Tenant(8, "plain", "Plain", "org_plain", "PRO", "Pro", Set.of(), ZoneOffset.UTC, null);
        assertThat(MailBranding.of(plain, HOST, null).colour()).isEqualTo(MailBranding.DEFAULT_COLOUR);
        assertThat(MailBranding.textOn("#1f5fa8")).isEqualTo("#ffffff");
        assertThat(MailBranding.textOn("#ffe000")).isEqualTo("#111827");
        RenderedMail mail = templates.render(
                MailKind.WELCOME,
                new MailModel(
                        MailBranding.of(plain, HOST, null), "a@example.com", "A", null, java.util.Map.of("link", HOST)),
                Locale.ENGLISH);
        assertThat(mail.html()).contains("background-color:" + MailBranding.DEFAULT_COLOUR);
    }

    private String expectedSubject(MailKind kind, Locale language) {
        boolean de = language.equals(Locale.GERMAN);
        return switch (kind) {
            case INVITATION ->
                de
                        ? HOSTILE_INVITER + " hat Sie zu Acme Academy eingeladen"
                        : HOSTILE_INVITER + " invited you to Acme Academy";
            case PASSWORD_RESET ->
                de ? "Neues Passwort für Acme Academy festlegen" : "Set a new password for Acme Academy";
            case WELCOME -> de ? "Willkommen bei Acme Academy" : "Welcome to Acme Academy";
            case ENROLLMENT_CONFIRMED ->
                de ? "Sie sind in " + HOSTILE_COURSE + " eingeschrieben" : "You are enrolled in " + HOSTILE_COURSE;
            case COURSE_REMINDER ->
                de ? "Setzen Sie „" + HOSTILE_COURSE + "“ fort" : "Continue “" + HOSTILE_COURSE + "”";
            case COURSE_COMPLETED ->
                de
                        ? "Sie haben „" + HOSTILE_COURSE + "“ abgeschlossen: Ihr Zertifikat ist bereit"
                        : "You completed “" + HOSTILE_COURSE + "”: your certificate is ready";
            case CERTIFICATE_EXPIRING ->
                de
                        ? "Ihr Zertifikat für „" + HOSTILE_COURSE + "“ läuft am 22.12.2026 ab"
                        : "Your certificate for “" + HOSTILE_COURSE + "” expires on 22 Dec 2026";
            case PAYMENT_FAILED ->
                de ? "Eine Zahlung für Acme Academy ist fehlgeschlagen" : "A payment for Acme Academy failed";
            case PLAN_CHANGED -> de ? "Acme Academy nutzt jetzt den Tarif Pro" : "Acme Academy is now on the Pro plan";
            case REQUIRED_TRAINING_DUE ->
                de
                        ? "„" + HOSTILE_COURSE + "“ ist am " + SAMPLE_DUE_DE + " fällig"
                        : "“" + HOSTILE_COURSE + "” is due on " + SAMPLE_DUE_EN;
            case REQUIRED_TRAINING_OVERDUE ->
                de
                        ? "„" + HOSTILE_COURSE + "“ war am " + SAMPLE_OVERDUE_DE + " fällig"
                        : "“" + HOSTILE_COURSE + "” was due on " + SAMPLE_OVERDUE_EN;
            case SUBMISSION_TO_GRADE ->
                de
                        ? "Neue Abgabe: " + HOSTILE_ASSIGNMENT + " — " + HOSTILE_NAME + " (verspätet)"
                        : "New submission: " + HOSTILE_ASSIGNMENT + " — " + HOSTILE_NAME + " (late)";
            case GRADE_RELEASED ->
                de
                        ? "Ihre Bewertung für „" + HOSTILE_ASSIGNMENT + "“ liegt vor"
                        : "Your grade for “" + HOSTILE_ASSIGNMENT + "” is ready";
        };
    }
}
