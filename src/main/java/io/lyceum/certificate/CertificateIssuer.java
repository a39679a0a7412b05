package io.lyceum.certificate;

import io.lyceum.base.i18n.Translations;
import io.lyceum.course.CourseCatalog;
import io.lyceum.files.FileStore;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.identity.Members;
import io.lyceum.learning.Completions;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenancyProperties;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates for the organization in context. Issuing for a completion is idempotent:
 * the completion's certificate is looked up first, and a unique index on (enrollment, completion)
 * refuses a second one issued at the same moment elsewhere.
 */
@Component
class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int CODE_LENGTH = 26; // 26 symbols of 5 bits: 130 random bits

    private final CertificateRepository certificates;
    private final CertificatePdfRepository pdfs;
    private final CertificateSettingsRepository settings;
    private final VerificationIndex index;
    private final Completions completions;
    private final CourseCatalog catalog;
    private final Members users;
    private final LanguagePreference languages;
    private final FileStore files;
    private final PluginService plugins;
    private final CertificateRenderer renderer;
    private final TenancyProperties tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateIssuer(
            CertificateRepository certificates,
            CertificatePdfRepository pdfs,
            CertificateSettingsRepository settings,
            VerificationIndex index,
            Completions completions,
            CourseCatalog catalog,
            Members users,
            LanguagePreference languages,
            FileStore files,
            PluginService plugins,
            CertificateRenderer renderer,
            TenancyProperties tenancy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.settings = settings;
        this.index = index;
        this.completions = completions;
        this.catalog = catalog;
        this.users = users;
        this.languages = languages;
        this.files = files;
        this.plugins = plugins;
        this.renderer = renderer;
        this.tenancy = tenancy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The certificate of an enrollment's current completion, issued now if it has none. Empty when
     * the enrollment is not completed or the organization has no certificates plugin.
     */
    @Transactional
    public Optional<Long> issueFor(long enrollmentId) {
        if (!plugins.isActive(CertificatePlugin.ID)) {
            return Optional.empty();
        }
        var completion = completions.of(enrollmentId);
        if (completion.isEmpty()) {
            return Optional.empty();
        }
        var done = completion.get();
        var existing = certificates.original(enrollmentId, done.completedAt());
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        return Optional.of(
                issue(new Certificate.Issue(enrollmentId, done.userId(), done.courseId(), done.completedAt(), null)));
    }

    /** A new certificate for the same completion as another (after a name change, say); the other is revoked. */
    @Transactional
    public long reissue(Certificate original) {
        long id = issue(original.issue());
        original.revoke("Reissued as " + certificates.findById(id).orElseThrow().number(), clock.instant());
        return id;
    }

    private long issue(Certificate.Issue issue) {
        Tenant tenant = TenantContext.require();
        var course = catalog.certificateFacts(issue.courseId())
                .orElseThrow(() -> new IllegalStateException("Course " + issue.courseId() + " is gone"));
        String holder = users.displayNames(List.of(issue.userId())).get(issue.userId());
        if (holder == null) {
            throw new IllegalStateException("Member " + issue.userId() + " is gone");
        }
        CertificateTemplate template = settings.findById(CertificateSettings.ID)
                .orElseGet(CertificateSettings::defaults)
                .template()
                .withOrganizationDefaults(tenant);
        LocalDate completedOn = LocalDate.ofInstant(issue.completedAt(), tenant.timeZone());
        LocalDate expiresOn = course.validityMonths() == null ? null : completedOn.plusMonths(course.validityMonths());
        String code = verificationCode();
        var document = new CertificateDocument(
                holder,
                course.title(),
                completedOn,
                course.instructor().isBlank() ? null : course.instructor(),
                tenant.name(),
                logo(template),
                template.primaryColor() == null ? CertificateDocument.DEFAULT_COLOUR : template.primaryColor(),
                course.hours(),
                number(tenant, completedOn),
                verificationUrl(code),
                expiresOn,
                template.design(),
                template.wording(),
                // The holder's language, as they chose it for Lyceum; English without a choice.
                languages.of(issue.userId()).map(Translations::supported).orElse(Translations.LOCALES.getFirst()));
        byte[] pdf = renderer.render(document);
        Certificate certificate = certificates.saveAndFlush(new Certificate(issue, document, code, clock.instant()));
        pdfs.save(new CertificatePdf(certificate.id(), pdf));
        index.save(new VerificationIndexEntry(code, tenant.slug(), clock.instant()));
        events.publishEvent(new CertificateIssued(
                tenant.slug(), certificate.id(), issue.userId(), issue.courseId(), certificate.number()));
        return certificate.id();
    }

    String verificationUrl(String code) {
        return tenancy.platformUrl(tenancy.publicScheme(), "/verify/" + code);
    }

    /** The logo, if it can be printed: a bad one must not stop certificates, so it is left out. */
    private byte @Nullable [] logo(CertificateTemplate template) {
        UUID fileId = template.logoFile();
        return fileId == null
                ? null
                : files.load(fileId)
                        .map(FileStore.Content::data)
                        .filter(data -> CertificateService.logoProblem(data).isEmpty())
                        .orElse(null);
    }

    /** ACME-2026-000042: the org's slug (shortened), the year of completion, a number of the org's own. */
    private String number(Tenant tenant, LocalDate completedOn) {
        String prefix = tenant.slug().replace("-", "").toUpperCase(Locale.ROOT);
        prefix = prefix.substring(0, Math.min(prefix.length(), 12));
        return "%s-%d-%06d".formatted(prefix, completedOn.getYear(), certificates.nextNumber());
    }

    static String verificationCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
