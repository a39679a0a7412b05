package io.lyceum.files;

import io.lyceum.base.upload.FileSignature;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps files in the organization's own schema, addressed by unguessable ids. Only images are
 * accepted for now, recognised by their content (magic bytes), never by the name or the type the
 * browser claims. Reading a file for a person asks the owning module's {@link FileAccessRule}.
 */
@Service
public class FileStore {

    /** What the Upload component may offer; the content is checked again on the server. */
    public static final String[] IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"};

    private final StoredFileRepository files;
    // Looked up when used: the modules whose rules these are use this store themselves.
    private final ObjectProvider<FileAccessRule> rules;
    private final CurrentUser currentUser;
    private final UploadLimits limits;
    private final Clock clock;
    private final PlanPolicy planPolicy;

    FileStore(
            StoredFileRepository files,
            ObjectProvider<FileAccessRule> rules,
            CurrentUser currentUser,
            UploadLimits limits,
            Clock clock,
            PlanPolicy planPolicy) {
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
