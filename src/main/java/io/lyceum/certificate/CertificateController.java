package io.lyceum.certificate;

import io.lyceum.base.i18n.Moments;
import io.lyceum.base.i18n.Translations;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Certificates over plain HTTP: the PDF download on the organization's host (holder and admins
 * only; anything else is a 404) and the public verification page on the base domain.
 */
@RestController
class CertificateController {

    private final CertificateService certificates;
    private final VerificationLookups lookups;
    private final TenantDirectory directory;
    private final VerificationThrottle throttle;
    private final TenancyProperties tenancy;
    private final Translations translations;

    CertificateController(
            CertificateService certificates,
            VerificationLookups lookups,
            TenantDirectory directory,
            VerificationThrottle throttle,
            TenancyProperties tenancy,
            Translations translations) {
        this.certificates = certificates;
        this.lookups = lookups;
        this.directory = directory;
        this.throttle = throttle;
        this.tenancy = tenancy;
        this.translations = translations;
    }

    @GetMapping("/certificates/{id:\\d+}/{name}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String name) {
        if (TenantContext.current().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return certificates
                .pdf(id)
                .map(download -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(download.fileName())
                                        .build()
                                        .toString())
                        .body(download.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> verify(@PathVariable String code, HttpServletRequest request) {
        if (TenantContext.current().isPresent()) {
            // Verification lives on the base domain; a code typed on an org's host goes there.
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(
                            HttpHeaders.LOCATION,
                            tenancy.platformUrl(
                                    request.getScheme(),
                                    "/verify/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8)))
                    .build();
        }
        Locale language = language(request);
        var refusal = throttle.refusal(request.getRemoteAddr());
        if (refusal.isPresent()) {
            long seconds = Math.max(1, (refusal.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(page(
                            language,
                            word(language, "verify.too-many.title"),
                            "<p class=\"status unknown\">" + text(language, "verify.too-many.text", seconds) + "</p>"));
        }
        Verification result = lookUp(code);
        return ResponseEntity.status(result.known() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(page(language, word(language, "verify.page-title"), describe(language, result)));
    }

    /**
     * The visitor's language (whoever checks a certificate: an employer, say), among those Lyceum
     * speaks; English without an Accept-Language header (never the server's default locale).
     */
    static Locale language(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return Translations.LOCALES.getFirst();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(accepted), Translations.LOCALES);
            return best == null ? Translations.LOCALES.getFirst() : best;
        } catch (IllegalArgumentException malformed) {
            return Translations.LOCALES.getFirst();
        }
    }

    private Verification lookUp(String code) {
        if (!code.matches("[a-z0-9]{10,40}")) {
            return Verification.unknown();
        }
        return lookups.issuingOrganization(code)
                .flatMap(directory::findBySlug)
                .flatMap(entry ->
                        TenantContext.callAs(entry.tenant(), () -> lookups.inOrganization(code, entry.tenant())))
                .orElseGet(Verification::unknown);
    }

    private String describe(Locale language, Verification result) {
        CertificateStatus status = result.status();
        if (status == null) {
            return "<p class=\"status unknown\">" + text(language, "verify.unknown") + "</p><p>"
                    + text(language, "verify.unknown.text") + "</p>";
        }
        String verdict = switch (status) {
            case VALID -> "<p class=\"status valid\">" + text(language, "verify.valid") + "</p>";
            case EXPIRED -> "<p class=\"status expired\">" + text(language, "verify.expired") + "</p>";
            case REVOKED ->
                "<p class=\"status revoked\">" + text(language, "verify.revoked") + "</p><p>"
                        + text(language, "verify.revoked.text") + "</p>";
        };
        return verdict + "<dl>"
                + row(language, "verify.holder", result.holderName())
                + row(language, "verify.course", result.courseTitle())
                + row(language, "verify.issued-by", result.orgName())
                + row(language, "verify.completed-on", date(language, result.completedOn()))
                + (result.expiresOn() == null
                        ? ""
                        : row(
                                language,
                                status == CertificateStatus.EXPIRED ? "verify.expired-on" : "verify.valid-until",
                                date(language, result.expiresOn())))
                + "</dl>";
    }

    private String row(Locale language, String labelKey, String value) {
        return "<dt>" + text(language, labelKey) + "</dt><dd>" + HtmlUtils.htmlEscape(value, "UTF-8") + "</dd>";
    }

    /** The date as the certificate prints it, in the visitor's language: days of the org's time zone already. */
    private static String date(Locale language, @Nullable LocalDate date) {
        return date == null ? "" : new Moments(language, ZoneOffset.UTC).longDate(date);
    }

    private String word(Locale language, String key, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }

    /** A message as HTML text. */
    private String text(Locale language, String key, Object... arguments) {
        return HtmlUtils.htmlEscape(word(language, key, arguments), "UTF-8");
    }

    private String page(Locale language, String title, String body) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s · Lyceum</title>
                <style>
                  body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem;
                         color: #1a1a1a; }
                  h1 { font-size: 1.4rem; }
                  .status { font-size: 1.3rem; font-weight: 600; padding: .6rem .9rem; border-radius: .4rem; }
                  .valid { background: #e3f4e8; color: #14532d; }
                  .expired { background: #fdf0d5; color: #6b4500; }
                  .revoked, .unknown { background: #fde2e1; color: #7f1d1d; }
                  dt { font-weight: 600; margin-top: .6rem; } dd { margin: 0; }
                  footer { margin-top: 2rem; color: #555; font-size: .9rem; }
                </style></head>
                <body><main><h1>%s</h1>%s</main>
                <footer>%s</footer>
                </body></html>""".formatted(
                        language.toLanguageTag(),
                        HtmlUtils.htmlEscape(title, "UTF-8"),
                        text(language, "verify.heading"),
                        body,
                        text(language, "verify.footer"));
    }
}
