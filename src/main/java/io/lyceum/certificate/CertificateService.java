package io.lyceum.certificate;

import io.lyceum.base.i18n.Translations;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.base.validation.PlainText;
import io.lyceum.files.FileStore;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.EnrollmentStatus;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Certificates of the organization in context: a learner's own, the admins' list (revoke, reissue,
 * expiring soon), the design and wording, and the PDFs, which only their holder and admins get.
 */
@Service
@Validated
public class CertificateService {

    public static final int EXPIRING_WITHIN_DAYS = 30;

    private final CertificateRepository certificates;
    private final CertificatePdfRepository pdfs;
    private final CertificateSettingsRepository settings;
    private final CertificateIssuer issuer;
    private final CertificateRenderer renderer;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final EnrollmentService enrollments;
    private final Clock clock;

    CertificateService(
            CertificateRepository certificates,
            CertificatePdfRepository pdfs,
            CertificateSettingsRepository settings,
            CertificateIssuer issuer,
            CertificateRenderer renderer,
            FileStore files,
            CurrentUser currentUser,
            EnrollmentService enrollments,
            Clock clock) {
        this.enrollments = enrollments;
        this.certificates = certificates;
        this.pdfs = pdfs;
        this.settings = settings;
        this.issuer = issuer;
        this.renderer = renderer;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in learner's certificates, newest first, revoked and expired ones included (history). */
    @Transactional(readOnly = true)
    public List<CertificateSummary> mine() {
        LocalDate today = today();
        return certificates
                .findByUserIdOrderByIssuedAtDesc(currentUser.require().id())
                .stream()
                .map(certificate -> certificate.summary(today))
                .toList();
    }

    /** The certificate to show for an enrollment on My learning: its newest one not revoked. */
    @Transactional(readOnly = true)
    public Optional<CertificateSummary> forEnrollment(long enrollmentId) {
        long me = currentUser.require().id();
        return certificates
                .findFirstByEnrollmentIdAndRevokedAtIsNullOrderByIssuedAtDesc(enrollmentId)
                .filter(certificate -> certificate.userId() == me)
                .map(certificate -> certificate.summary(today()));
    }

    /**
     * The learner retakes a completed course to recertify. The completion being left behind gets
     * its certificate first, if it has none yet (a failed issue): retaking must not lose it.
     */
    public void retake(long courseId) {
        enrollments
                .mine(courseId)
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.COMPLETED)
                .ifPresent(enrollment -> {
                    try {
                        issuer.issueFor(enrollment.id());
                    } catch (DataIntegrityViolationException issuedMeanwhile) {
                        // course.completed's listener issued it at this very moment: one stands.
                    }
                });
        enrollments.retake(courseId);
    }

    /** The PDF of a certificate, for its holder and the organization's admins; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<Download> pdf(long certificateId) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        boolean admin = user.get().roles().contains(Role.ADMIN);
        return certificates
                .findById(certificateId)
                .filter(certificate ->
                        admin || certificate.userId() == user.get().id())
                .flatMap(certificate -> pdfs.findById(certificate.id())
                        .map(pdf -> new Download(certificate.number() + ".pdf", pdf.pdf())));
    }

    /** A file to send: its name and bytes. */
    public record Download(String fileName, byte[] data) {}

    @Transactional(readOnly = true)
    @AdminsOnly
    public Page<CertificateSummary> search(
            @Nullable Long courseId, @Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable) {
        LocalDate today = today();
        return certificates.search(courseId, from, to, pageable).map(certificate -> certificate.summary(today));
    }

    /** Valid certificates that expire within {@value #EXPIRING_WITHIN_DAYS} days, soonest first. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Page<CertificateSummary> expiringSoon(Pageable pageable) {
        LocalDate today = today();
        return certificates
                .expiring(today, today.plusDays(EXPIRING_WITHIN_DAYS), pageable)
                .map(certificate -> certificate.summary(today));
    }

    /** Courses that have certificates: id → title, for filters. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public List<CourseOption> courses() {
        return certificates.courses().stream()
                .map(row -> new CourseOption((Long) row[0], (String) row[1]))
                .toList();
    }

    public record CourseOption(long id, String title) {}

    @Transactional
    @AdminsOnly
    public CertificateSummary revoke(
            long certificateId,
            @NotBlank(message = "{certificate.revoke-reason.required}") @Size(max = Certificate.REASON_MAX_LENGTH, message = "{text.too-long}") @PlainText
                    String reason) {
        String why = reason.strip();
        Certificate certificate = find(certificateId);
        if (certificate.revoked()) {
            throw new IllegalArgumentException(ConstraintMessages.get("certificate.already-revoked"));
        }
        certificate.revoke(why, clock.instant());
        return certificate.summary(today());
    }

    /**
     * Issues a new certificate for the same completion, with today's name, design and wording, and
     * revokes the old one ("Reissued as …").
     */
    @Transactional
    @AdminsOnly
    public CertificateSummary reissue(long certificateId) {
        Certificate original = find(certificateId);
        if (original.revoked()) {
            throw new IllegalArgumentException(ConstraintMessages.get("certificate.revoked-not-reissued"));
        }
        return find(issuer.reissue(original)).summary(today());
    }

    @Transactional(readOnly = true)
    public CertificateTemplate template() {
        return settings.findById(CertificateSettings.ID)
                .orElseGet(CertificateSettings::defaults)
                .template();
    }

    @Transactional
    @AdminsOnly
    public CertificateTemplate saveTemplate(@Valid CertificateTemplate template) {
        check(template);
        var stored = settings.findById(CertificateSettings.ID).orElseGet(CertificateSettings::defaults);
        stored.apply(template, clock.instant());
        return settings.save(stored).template();
    }

    /** A sample certificate in a design and wording, with the organization's name, colour and logo, in English. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public byte[] preview(@Valid CertificateTemplate template) {
        return preview(template, Translations.LOCALES.getFirst());
    }

    /** The sample certificate in a language (the admin's): Lyceum's default wording in it too. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public byte[] preview(@Valid CertificateTemplate template, Locale language) {
        check(template);
        var printed = template.withOrganizationDefaults(TenantContext.require());
        byte[] logo = printed.logoFile() == null
                ? null
                : files.load(printed.logoFile())
                        .map(FileStore.Content::data)
                        .filter(data -> logoProblem(data).isEmpty())
                        .orElse(null);
        return renderer.renderPreview(
                printed.design(),
                printed.wording(),
                TenantContext.require().name(),
                logo,
                printed.primaryColor(),
                language);
    }

    /** The largest logo a certificate prints (the PDF embeds it). */
    public static final DataSize LOGO_MAX_SIZE = DataSize.ofBytes(CertificateDocument.LOGO_MAX_BYTES);

    /** Checks a logo for certificates: PNG or JPEG, at most 2 MB. Returns the problem, if any. */
    public static Optional<String> logoProblem(byte[] image) {
        if (Logo.mediaType(image) == null) {
            return Optional.of(ConstraintMessages.get("certificate.logo.type"));
        }
        return image.length > CertificateDocument.LOGO_MAX_BYTES
                ? Optional.of(ConstraintMessages.get("certificate.logo.too-large"))
                : Optional.empty();
    }

    /** Beyond the template's constraints: the logo must still be there and printable. */
    private void check(CertificateTemplate template) {
        if (template.logoFile() != null) {
            var logo = files.load(template.logoFile())
                    .orElseThrow(() -> new IllegalArgumentException(ConstraintMessages.get("certificate.logo.gone")));
            logoProblem(logo.data()).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    private Certificate find(long certificateId) {
        return certificates
                .findById(certificateId)
                .orElseThrow(() -> new IllegalArgumentException(ConstraintMessages.get("certificate.not-found")));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TenantContext.require().timeZone()));
    }
}
