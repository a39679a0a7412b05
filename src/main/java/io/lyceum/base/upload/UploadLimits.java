package io.lyceum.base.upload;

import io.lyceum.base.validation.ConstraintMessages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be, by kind: the one setting that the upload components (the browser's
 * check and their wording), the server's check while reading, the file store and the servlet's
 * multipart limits all read.
 *
 * @param maxImageSize images: course covers, pictures in lessons, logos ({@code lyceum.uploads.max-image-size})
 * @param maxImportSize text files imported: CSV enrollments, GIFT questions ({@code lyceum.uploads.max-import-size})
 */
@ConfigurationProperties("lyceum.uploads")
public record UploadLimits(
        @DefaultValue("5MB") DataSize maxImageSize,
        @DefaultValue("2MB") DataSize maxImportSize) {

    public UploadLimits {
        for (DataSize size : new DataSize[] {maxImageSize, maxImportSize}) {
            if (size.toBytes() <= 0 || size.toBytes() > Integer.MAX_VALUE - 1024) {
                throw new IllegalArgumentException("Upload limits must be between 1 byte and 2 GB, not " + size);
            }
        }
    }

    /** The largest of the limits: what the servlet lets through at all. */
    public DataSize largest() {
        return DataSize.ofBytes(Math.max(maxImageSize.toBytes(), maxImportSize.toBytes()));
    }

    /** A size for people to read, in their language: "5 MB", "500 KB", "1.5 MB" / „1,5 MB“. */
    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024) {
            // At most one decimal, none when whole: "5 MB", "1.5 MB".
            return ConstraintMessages.get("size.megabytes", bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024
                ? ConstraintMessages.get("size.kilobytes", bytes / 1024)
                : ConstraintMessages.get("size.bytes", bytes);
    }
}
