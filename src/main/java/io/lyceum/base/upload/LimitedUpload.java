package io.lyceum.base.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.server.streams.UploadResult;
import io.lyceum.base.validation.ConstraintMessages;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * An in-memory upload with a hard size limit, enforced while the body is read: a request that
 * announces more is refused before anything is read, and one that sends more than it announced is
 * cut off after one byte beyond the limit. Refused uploads answer 413 with the limit in words and
 * never reach the callback, so nothing is stored. (Vaadin's own {@code UploadHandler.inMemory}
 * reads any raw body whole into the heap; its size settings apply to multipart bodies only.)
 */
public final class LimitedUpload implements UploadHandler {

    /**
     * What to do with an upload that was accepted. It runs on the upload's request thread, without
     * the UI's lock: change components inside {@code ui.access(…)}.
     */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(UI ui, UploadMetadata metadata, byte[] data);
    }

    /**
     * What to do with an upload too large to hold in memory (an organization export): it reads the body
     * as it arrives, from a stream that fails with {@link TooLargeException} one byte beyond the limit.
     * It runs on the upload's request thread, without the UI's lock.
     */
    @FunctionalInterface
    public interface StreamReceiver extends Serializable {
        void received(UI ui, UploadMetadata metadata, InputStream body) throws IOException;
    }

    /** The body went on beyond the limit: whatever was made of it so far must be thrown away. */
    public static final class TooLargeException extends IOException {
        TooLargeException() {
            super("Upload beyond its size limit");
        }
    }

    private final long maxBytes;
    private final String tooLarge;
    private final @Nullable Receiver callback;
    private final @Nullable StreamReceiver streamCallback;

    LimitedUpload(DataSize max, Receiver callback) {
        this.maxBytes = max.toBytes();
        this.tooLarge = tooLargeMessage(max);
        this.callback = callback;
        this.streamCallback = null;
    }

    private LimitedUpload(DataSize max, StreamReceiver callback) {
        this.maxBytes = max.toBytes();
        this.tooLarge = tooLargeMessage(max);
        this.callback = null;
        this.streamCallback = callback;
    }

    /**
     * Sets the upload component up for files of at most {@code max}: the browser refuses larger files
     * before sending them, with the same words that the server answers anyone who sends one anyway.
     */
    public static void configure(Upload upload, DataSize max, Receiver onUploaded) {
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max.toBytes()));
        upload.setI18n(i18n(upload, tooLargeMessage(max)));
        upload.setUploadHandler(new LimitedUpload(max, onUploaded));
    }

    /**
     * The same limit for an upload read as a stream, never whole in memory: the receiver's stream
     * ends the upload with the limit in words one byte beyond it.
     */
    public static void configureStreaming(Upload upload, DataSize max, StreamReceiver onUploaded) {
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max.toBytes()));
        upload.setI18n(i18n(upload, tooLargeMessage(max)));
        upload.setUploadHandler(new LimitedUpload(max, onUploaded));
    }

    /** The component's own words (its button, drop zone, progress, errors) in the reader's language. */
    private static UploadI18N i18n(Upload upload, String tooLarge) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add.one"))
                        .setMany(upload.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop.one"))
                        .setMany(upload.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(upload.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.status.connecting"))
                                .setStalled(upload.getTranslation("upload.status.stalled"))
                                .setProcessing(upload.getTranslation("upload.status.processing"))
                                .setHeld(upload.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                                .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.error.unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                                .setForbidden(upload.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(tooLarge)))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.file.retry"))
                        .setStart(upload.getTranslation("upload.file.start"))
                        .setRemove(upload.getTranslation("upload.file.remove")));
    }

    static String tooLargeMessage(DataSize max) {
        return ConstraintMessages.get("upload.too-large", UploadLimits.describe(max));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // Raw bodies announce their length in Content-Length, multipart parts in their size.
        if (event.getFileSize() > maxBytes) {
            event.reject(tooLarge);
            return;
        }
        if (streamCallback != null) {
            var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), event.getFileSize());
            try (InputStream in = new CappedStream(event.getInputStream(), maxBytes)) {
                streamCallback.received(event.getUI(), metadata, in);
            } catch (TooLargeException beyond) {
                event.reject(tooLarge);
            }
            return;
        }
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes((int) maxBytes + 1);
        }
        if (data.length > maxBytes) {
            event.reject(tooLarge);
            return;
        }
        Objects.requireNonNull(callback)
                .received(
                        event.getUI(),
                        new UploadMetadata(event.getFileName(), event.getContentType(), data.length),
                        data);
    }

    @Override
    public void responseHandled(UploadResult result) {
        // Raw bodies are refused here; multipart ones by Vaadin, with an exception, after the container parsed them.
        boolean refusedForSize =
                result.allRejected() && result.rejectedFiles().stream().anyMatch(file -> tooLarge.equals(file.reason()))
                        || isSizeLimitExceeded(result.exception());
        if (!refusedForSize) {
            UploadHandler.super.responseHandled(result);
            return;
        }
        VaadinResponse response = result.response();
        response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().write(tooLarge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vaadin's own exceptions for a multipart body over {@link #getFileSizeMax()} or {@link #getRequestSizeMax()}. */
    private static boolean isSizeLimitExceeded(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // UploadFileSizeLimitExceededException and UploadSizeLimitExceededException are package-private.
            if (cause.getClass().getName().startsWith("com.vaadin.flow.server.communication.Upload")
                    && cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    // Vaadin checks these itself for multipart bodies (after the container has parsed them).
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + RequestBodyLimit.MULTIPART_OVERHEAD;
    }

    /** A stream that fails once more than {@code max} bytes have been read from it. */
    private static final class CappedStream extends FilterInputStream {

        private final long max;
        private long read;

        CappedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > max) {
                throw new TooLargeException();
            }
        }
    }
}
