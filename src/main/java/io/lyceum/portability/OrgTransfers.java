package io.lyceum.portability;

import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditLog;
import io.lyceum.certificate.VerificationCodes;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.StaffOnly;
import io.lyceum.platform.OrganizationImports;
import io.lyceum.platform.SignupException;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Whole-organization exports (admins of their own organization, staff of any) and imports of such
 * exports as new organizations (staff). Both run on the shared executor and report progress through
 * {@link PortabilityJobs}. An export's zip is written to this node's work folder under its job's
 * random token and kept for {@code lyceum.portability.keep-exports}; it is handed only to an admin
 * of the organization it is of (checked against the organization bound to the request) or to staff.
 */
@Service
public class OrgTransfers {

    private static final Logger log = LoggerFactory.getLogger(OrgTransfers.class);
    private static final int LISTED = 10;

    private final OrgExporter exporter;
    private final OrgImporter importer;
    private final PortabilityJobs jobs;
    private final OrganizationImports organizations;
    private final VerificationCodes codes;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Path workDir;
    private final Duration keep;
    private final DataSize maxImportSize;

    OrgTransfers(
            OrgExporter exporter,
            OrgImporter importer,
            PortabilityJobs jobs,
            OrganizationImports organizations,
            VerificationCodes codes,
            TenantDirectory directory,
            AuditLog audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock,
            @Value("${lyceum.portability.work-dir:}") String workDir,
            @Value("${lyceum.portability.keep-exports:24h}") Duration keep,
            @Value("${lyceum.portability.max-import-size:2GB}") DataSize maxImportSize) {
        this.exporter = exporter;
        this.importer = importer;
        this.jobs = jobs;
        this.organizations = organizations;
        this.codes = codes;
        this.directory = directory;
        this.audit = audit;
        this.executor = executor;
        this.clock = clock;
        this.workDir = workDir.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "lyceum-portability")
                : Path.of(workDir);
        this.keep = keep;
        this.maxImportSize = maxImportSize;
    }

    /** The largest export zip an import accepts. */
    public DataSize maxImportSize() {
        return maxImportSize;
    }

    /** Starts an export of the admin's own organization; its progress is {@link #job}. */
    @AdminsOnly
    public UUID exportOwn() {
        Tenant tenant = TenantContext.require();
        UUID token = jobs.start(
                PortabilityJob.Kind.EXPORT, tenant.id(), tenant.slug(), requester(), "ADMIN", clock.instant());
        audit.record("export.org", tenant.slug(), null);
        executor.execute(() -> runExport(tenant, token));
        return token;
    }

    /** Staff start an export of any organization, recorded in the platform's log. */
    @StaffOnly
    public UUID export(String slug) {
        Tenant tenant = tenant(slug);
        UUID token = jobs.start(
                PortabilityJob.Kind.EXPORT, tenant.id(), tenant.slug(), requester(), "STAFF", clock.instant());
        audit.recordForPlatform(tenant.id(), "export.org", tenant.slug(), null);
        executor.execute(() -> runExport(tenant, token));
        return token;
    }

    @AdminsOnly
    public List<PortabilityJob> exportsOfOwn() {
        return jobs.exportsOf(TenantContext.require().id(), LISTED);
    }

    @StaffOnly
    public List<PortabilityJob> exportsOf(String slug) {
        return jobs.exportsOf(tenant(slug).id(), LISTED);
    }

    @StaffOnly
    public List<PortabilityJob> imports() {
        return jobs.imports(LISTED);
    }

    /** A job of the admin's organization (any other is empty). */
    @AdminsOnly
    public Optional<PortabilityJob> jobOfOwn(UUID token) {
        long own = TenantContext.require().id();
        return jobs.find(token).filter(job -> job.organizationId() != null && job.organizationId() == own);
    }

    @StaffOnly
    public Optional<PortabilityJob> job(UUID token) {
        return jobs.find(token);
    }

    /** The zip of a finished export of the admin's own organization. */
    @AdminsOnly
    public Optional<Path> zipOfOwn(UUID token) {
        return jobOfOwn(token).flatMap(this::zip);
    }

    @StaffOnly
    public Optional<Path> zip(String slug, UUID token) {
        return jobs.find(token).filter(job -> job.slug().equals(slug)).flatMap(this::zip);
    }

    private Optional<Path> zip(PortabilityJob job) {
        Path file = file(job.token());
        return job.done() && job.kind() == PortabilityJob.Kind.EXPORT && Files.isRegularFile(file)
                ? Optional.of(file)
                : Optional.empty();
    }

    /** Exports straight into a stream (the benchmark, tools): same format, no job. */
    @StaffOnly
    public ExportSummary exportTo(String slug, OutputStream out) throws IOException {
        var manifest = exporter.export(tenant(slug), out, Progress.NONE);
        return new ExportSummary(manifest.tables().size(), manifest.totalRows());
    }

    public record ExportSummary(int tables, long rows) {}

    /**
     * Copies an uploaded export to the work folder (streamed, refused beyond the size limit) and
     * starts importing it as organization {@code slug} named {@code name}. The slug and name are
     * checked as at sign-up before anything is started.
     */
    @StaffOnly
    public UUID startImport(InputStream upload, String slug, String name) throws IOException {
        checkTarget(slug, name);
        Path file = receive(upload);
        UUID token = jobs.start(PortabilityJob.Kind.IMPORT, null, slug, requester(), "STAFF", clock.instant());
        executor.execute(() -> runImport(file, slug, name.strip(), token));
        return token;
    }

    /** Imports at once on the caller's thread (tests, the benchmark): the report, or a refusal thrown. */
    @StaffOnly
    public ImportReport importNow(Path zip, String slug, String name) {
        checkTarget(slug, name);
        UUID token = jobs.start(PortabilityJob.Kind.IMPORT, null, slug, requester(), "STAFF", clock.instant());
        return importFile(zip, slug, name.strip(), token);
    }

    private void checkTarget(String slug, String name) {
        Slug.problem(slug).ifPresent(problem -> {
            throw new ImportRefusedException("import.refused.slug-format", problem.name());
        });
        if (name.isBlank() || name.strip().length() > 120) {
            throw new ImportRefusedException("import.refused.name");
        }
        if (directory.findBySlug(slug).isPresent()) {
            throw new ImportRefusedException("import.refused.slug-taken", slug);
        }
    }

    private Path receive(InputStream upload) throws IOException {
        Files.createDirectories(workDir);
        Path file = Files.createTempFile(workDir, "import-", ".zip");
        long max = maxImportSize.toBytes();
        try (InputStream in = upload;
                var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
                if (total > max) {
                    throw new ImportRefusedException("import.refused.too-large", maxImportSize.toMegabytes());
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private void runImport(Path file, String slug, String name, UUID token) {
        try {
            importFile(file, slug, name, token);
        } catch (RuntimeException failure) {
            // recorded on the job by importFile
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove the uploaded export {}", file, e);
            }
        }
    }

    private ImportReport importFile(Path file, String slug, String name, UUID token) {
        Instant started = clock.instant();
        String source = "";
        try (ZipFile zip = open(file)) {
            ExportManifest manifest = importer.verify(zip);
            source = manifest.source().slug();
            Tenant tenant = organizations.reserve(
                    new Slug(slug), name, manifest.source().plan());
            jobs.organization(token, tenant.id());
            try {
                var loaded = importer.load(zip, manifest, tenant, (done, total) -> jobs.progress(token, done, total));
                for (String code : loaded.codes()) {
                    codes.register(code, tenant.slug());
                }
                organizations.activate(
                        tenant, manifest.source().timeZone(), manifest.source().primaryColor(), (int) loaded.users());
                var report = new ImportReport(
                        source,
                        loaded.rows(),
                        loaded.users(),
                        loaded.codes().size(),
                        loaded.newCodes(),
                        loaded.skipped(),
                        null,
                        List.of());
                audit.recordForPlatform(
                        tenant.id(),
                        "org.imported",
                        tenant.slug(),
                        "from " + source + " (" + manifest.lyceumVersion() + ", " + manifest.exportedAt() + "): "
                                + loaded.rows() + " rows, " + loaded.newCodes().size() + " new verification codes");
                jobs.done(token, null, report.json(), clock.instant(), null);
                return report;
            } catch (RuntimeException failure) {
                try {
                    codes.unregisterAll(tenant.slug());
                } finally {
                    organizations.discard(tenant);
                }
                throw failure;
            }
        } catch (ImportRefusedException refusal) {
            refuse(token, slug, source, refusal);
            throw refusal;
        } catch (SignupException taken) {
            refuse(token, slug, source, new ImportRefusedException("import.refused.slug", taken.getMessage()));
            throw taken;
        } catch (IOException | RuntimeException failure) {
            log.error("Import as {} failed and was undone", slug, failure);
            var refusal = new ImportRefusedException("import.refused.failed", String.valueOf(failure.getMessage()));
            refuse(token, slug, source, refusal);
            throw refusal;
        }
    }

    private void refuse(UUID token, String slug, String source, ImportRefusedException refusal) {
        jobs.failed(token, ImportReport.refused(source, refusal).json(), clock.instant());
        audit.recordForPlatformNow(actor(), null, "org.import-refused", slug, refusal.getMessage());
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException notAZip) {
            throw new ImportRefusedException("import.refused.not-an-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runExport(Tenant tenant, UUID token) {
        Path file = file(token);
        Path part = file.resolveSibling(token + ".part");
        try {
            Files.createDirectories(workDir);
            try (var out = new BufferedOutputStream(Files.newOutputStream(part), 256 * 1024)) {
                exporter.export(tenant, out, (done, total) -> jobs.progress(token, done, total));
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Instant now = clock.instant();
            jobs.done(token, Files.size(file), null, now, now.plus(keep));
        } catch (IOException | RuntimeException failure) {
            log.error("Export of {} failed", tenant.slug(), failure);
            jobs.failed(token, String.valueOf(failure.getMessage()), clock.instant());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the sweep of the work folder is the operator's
            }
        }
    }

    /** Removes exports past {@code keep-exports} (their files on this node, and their rows). */
    @Scheduled(fixedDelayString = "${lyceum.portability.sweep-interval:PT1H}")
    void sweep() {
        for (UUID token : jobs.expired(clock.instant())) {
            try {
                Files.deleteIfExists(file(token));
            } catch (IOException e) {
                log.warn("Could not remove export {}", token, e);
            }
            jobs.forget(token);
        }
    }

    private Path file(UUID token) {
        return workDir.resolve(token + ".zip");
    }

    private Tenant tenant(String slug) {
        return directory
                .findBySlug(slug)
                .map(TenantDirectory.Entry::tenant)
                .orElseThrow(() -> new IllegalArgumentException("There is no organization " + slug));
    }

    private static String requester() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LyceumUser user) {
            return user.displayName() + " <" + user.email() + ">";
        }
        return "Lyceum";
    }

    private static AuditActor actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LyceumUser user) {
            return new AuditActor(
                    user.staff() ? AuditActor.Kind.STAFF : AuditActor.Kind.MEMBER, Math.abs(user.id()), requester());
        }
        return AuditActor.system();
    }
}
