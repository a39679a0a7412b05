package io.lyceum.files;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps files in the organization's own schema. Only images are accepted for now, recognised by
 * their content (magic bytes), never by the name or the type the browser claims.
 */
@Service
public class FileStore {

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    /** What the Upload component may offer; the content is checked again on the server. */
    public static final String[] IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"};

    private final StoredFileRepository files;
    private final Clock clock;

    FileStore(StoredFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** A stored file's address on the organization's host. */
    public static String url(long fileId) {
        return "/files/" + fileId;
    }

    @Transactional
    public long storeImage(String name, byte[] data) {
        if (data.length == 0) {
            throw new FileRejectedException("The file is empty");
        }
        if (data.length > MAX_IMAGE_BYTES) {
            throw new FileRejectedException("Images may be at most 5 MB");
        }
        String type = imageType(data).orElseThrow(
                () -> new FileRejectedException("Only PNG, JPEG, GIF and WebP images can be uploaded"));
        String safeName = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return files.save(new StoredFile(safeName.isBlank() ? "image" : safeName, type, data, clock.instant())).id();
    }

    /** The file of the organization in context; another organization's id finds nothing. */
    @Transactional(readOnly = true)
    public Optional<Content> load(long fileId) {
        return files.findById(fileId).map(file -> new Content(file.name(), file.contentType(), file.data()));
    }

    public record Content(String name, String contentType, byte[] data) {
    }

    static Optional<String> imageType(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(data, 'R', 'I', 'F', 'F') && data.length >= 12
                && Arrays.equals(Arrays.copyOfRange(data, 8, 12), "WEBP".getBytes())) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
