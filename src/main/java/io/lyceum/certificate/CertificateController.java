package io.lyceum.certificate;

import io.lyceum.base.Counted;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

    CertificateController(
            CertificateService certificates,
            VerificationLookups lookups,
            TenantDirectory directory,
            VerificationThrottle throttle,
            TenancyProperties tenancy) {
        this.certificates = certificates;
        this.lookups = lookups;
        this.directory = directory;
        this.throttle = throttle;
        this.tenancy = tenancy;
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
        var refusal = throttle.refusal(request.getRemoteAddr());
        if (refusal.isPresent()) {
            long seconds = Math.max(1, (refusal.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(page(
                            "Too many checks",
                            "<p class=\"status unknown\">Too many checks from your address." + " Try again in "
                                    + Counted.SECONDS.of(seconds) + ".</p>"));
        }
        Verification result = lookUp(code);
        return ResponseEntity.status(result.known() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .body(page("Certificate verification", describe(result)));
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

    private static String describe(Verification result) {
        CertificateStatus status = result.status();
        if (status == null) {
            return "<p class=\"status unknown\">Unknown certificate</p>"
                    + "<p>No certificate has this code. Check the address, or ask the holder for their certificate.</p>";
        }
        String verdict = switch (status) {
            case VALID -> "<p class=\"status valid\">Valid certificate</p>";
            case EXPIRED -> "<p class=\"status expired\">Expired certificate</p>";
            case REVOKED ->
                "<p class=\"status revoked\">Revoked certificate</p>"
                        + "<p>The organization that issued this certificate has revoked it.</p>";
        };
        return verdict + "<dl>"
                + row("Holder", result.holderName())
                + row("Course", result.courseTitle())
                + row("Issued by", result.orgName())
                + row("Completed on", date(result.completedOn()))
                + (result.expiresOn() == null
                        ? ""
                        : row(
                                status == CertificateStatus.EXPIRED ? "Expired on" : "Valid until",
                                date(result.expiresOn())))
                + "</dl>";
    }

    private static String row(String label, String value) {
        return "<dt>" + label + "</dt><dd>" + HtmlUtils.htmlEscape(value, "UTF-8") + "</dd>";
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : CertificateDocument.DATE.format(date);
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
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
                <body><main><h1>Certificate verification</h1>%s</main>
                <footer>Checked by Lyceum, which keeps the certificates its organizations issue.</footer>
                </body></html>""".formatted(HtmlUtils.htmlEscape(title, "UTF-8"), body);
    }
}
