package io.lyceum.files;

import io.lyceum.base.upload.FileSignature;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Keeps files in the organization's own schema, addressed by unguessable ids. Images are recognised
 * by their content (magic bytes), never by the name or the type the browser claims; documents
 * ({@link #storeDocument}) take their type from the name's extension, from an allowlist, and must
 * have the content that type implies. Reading a file for a person asks the owning module's
 * {@link FileAccessRule}.
 */
@Service
public class FileStore {

    /** What the Upload component may offer; the content is checked again on the server. */
    public static final String[] IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"};

    /**
     * The document types the store takes, by file name extension: the content type they are served
     * with follows from the extension, never from what the browser claims.
     */
    public static final Map<String, String> DOCUMENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("txt", "text/plain"),
            Map.entry("md", "text/markdown"),
            Map.entry("csv", "text/csv"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("zip", "application/zip"));

    /** Types a browser may show in the page (a preview); anything else is served as a download. */
    static final Set<String> INLINE_TYPES =
            Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    private final StoredFileRepository files;
    // Looked up when used: the modules whose rules these are use this store themselves.
    private final ObjectProvider<FileAccessRule> rules;
    private final CurrentUser currentUser;
    private final UploadLimits limits;
    private final Clock clock;
    private final PlanPolicy planPolicy;
    private final TransactionTemplate transactions;

    FileStore(
            StoredFileRepository files,
            ObjectProvider<FileAccessRule> rules,
            CurrentUser currentUser,
            UploadLimits limits,
            Clock clock,
            PlanPolicy planPolicy,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.files = files;
        this.rules = rules;
        this.currentUser = currentUser;
        this.limits = limits;
        this.clock = clock;
        this.planPolicy = planPolicy;
    }

    /** A stored file's address on the organization's host. */
    public static String url(UUID file) {
        return "/files/" + file;
    }

    /** Stores an image uploaded by the person signed in; returns its public id. */
    @Transactional
    public UUID storeImage(String name, byte[] data) {
        if (data.length == 0) {
            throw new FileRejectedException("file.empty");
        }
        if (data.length > limits.maxImageSize().toBytes()) {
            throw new FileRejectedException("file.image-too-large", limits.maxImageSize());
        }
        String type = imageType(data).orElseThrow(() -> new FileRejectedException("file.image-type"));
        planPolicy.reserve(PlanAction.STORE_FILES, data.length);
        String safeName = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        Long uploader = currentUser.get().map(LyceumUser::id).orElse(null);
        return files.save(
                        new StoredFile(safeName.isBlank() ? "image" : safeName, type, data, uploader, clock.instant()))
                .publicId();
    }

    /**
     * Stores a document uploaded by the person signed in, read from {@code body} up to {@code max}
     * (one byte more is refused, so a stream that goes on is never held whole): its name's extension
     * must be one of {@code allowed} and of {@link #DOCUMENT_TYPES}, and its content must be what
     * that type says (a PDF starts as one, an image is that image, a DOCX or ZIP is a ZIP, text has
     * no binary bytes). Returns its public id; a refusal stores nothing. The body is read before the
     * transaction that stores it: a slow upload holds no database connection.
     */
    public UUID storeDocument(String name, InputStream body, DataSize max, Collection<String> allowed)
            throws IOException {
        String extension = extension(name);
        String type = DOCUMENT_TYPES.get(extension);
        if (type == null || !allowed.contains(extension)) {
            throw new FileRejectedException("file.document-type", String.join(", ", allowed));
        }
        byte[] data = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, max.toBytes()) + 1);
        if (data.length == 0) {
            throw new FileRejectedException("file.empty");
        }
        if (data.length > max.toBytes()) {
            throw new FileRejectedException("file.document-too-large", max);
        }
        if (!contentMatches(type, data)) {
            throw new FileRejectedException("file.content-mismatch", extension.toUpperCase(Locale.ROOT));
        }
        String safeName = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        Long uploader = currentUser.get().map(LyceumUser::id).orElse(null);
        return Objects.requireNonNull(transactions.execute(status -> {
            planPolicy.reserve(PlanAction.STORE_FILES, data.length);
            return files.save(new StoredFile(safeName, type, data, uploader, clock.instant()))
                    .publicId();
        }));
    }

    /** What is known of a stored file without its bytes; another organization's id finds nothing. */
    @Transactional(readOnly = true)
    public Optional<Info> info(UUID file) {
        return files.findInfo(file);
    }

    /** A file's name, type, size and uploader. */
    public record Info(
            UUID id,
            String name,
            String contentType,
            int size,
            @Nullable Long uploadedBy) {}

    /** The lower-case extension of a file name ("" when it has none). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean contentMatches(String type, byte[] data) {
        if (type.startsWith("image/")) {
            return imageType(data).filter(type::equals).isPresent();
        }
        return switch (type) {
            case "application/pdf" -> FileSignature.startsWith(data, '%', 'P', 'D', 'F', '-');
            case "text/plain", "text/markdown", "text/csv" -> !containsNul(data);
            // DOCX, XLSX, PPTX, ODF and ZIP are all ZIP archives.
            default -> FileSignature.startsWith(data, 'P', 'K', 0x03, 0x04);
        };
    }

    private static boolean containsNul(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file for code that has already decided it may be used (certificate rendering reads the
     * logo it was configured with). Another organization's id finds nothing.
     */
    @Transactional(readOnly = true)
    public Optional<Content> load(UUID file) {
        return files.findByPublicId(file).map(StoredFile::content);
    }

    /**
     * The file if the person signed in may read it: they uploaded it, or the module it belongs to
     * lets them see it. Anyone else, and another organization's id, finds nothing.
     */
    @Transactional(readOnly = true)
    public Optional<Content> readable(UUID file) {
        LyceumUser reader = currentUser.get().orElse(null);
        if (reader == null) {
            return Optional.empty();
        }
        boolean allowed = files.findUpload(file)
                .map(upload -> Long.valueOf(reader.id()).equals(upload.uploadedBy())
                        || rules.orderedStream().anyMatch(rule -> rule.allows(file, reader)))
                .orElse(false);
        return allowed ? load(file) : Optional.empty();
    }

    /** What the organization's files take, in bytes: its plan's storage meter. */
    @Transactional(readOnly = true)
    long storedBytes() {
        return files.storedBytes();
    }

    /** Those of the ids that name a file of the organization in context (text may name made-up ones). */
    @Transactional(readOnly = true)
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(files.findExistingPublicIds(ids));
    }

    public record Content(String name, String contentType, byte[] data) {}

    static Optional<String> imageType(byte[] data) {
        if (FileSignature.startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (FileSignature.startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (FileSignature.startsWith(data, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (FileSignature.startsWith(data, 'R', 'I', 'F', 'F')
                && data.length >= 12
                && Arrays.equals(Arrays.copyOfRange(data, 8, 12), "WEBP".getBytes())) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
