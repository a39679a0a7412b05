package io.lyceum.files.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import io.lyceum.base.ui.Toast;
import io.lyceum.base.upload.LimitedUpload;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.files.FileRejectedException;
import io.lyceum.files.FileStore;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Image uploads into the organization's file store. The size limit comes from
 * {@code lyceum.uploads.max-image-size} (or a smaller one the caller needs): the label names it,
 * the browser checks it, the server enforces it while reading, the file store checks it again.
 */
@Component
public class ImageUploads {

    private final FileStore files;
    private final UploadLimits limits;

    ImageUploads(FileStore files, UploadLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    /** An upload for any image type, up to the configured image size. */
    public Upload create(String what, Consumer<UUID> onStored) {
        return create(what, "PNG, JPEG, GIF, WebP", limits.maxImageSize(), onStored);
    }

    /**
     * An upload labelled "{@code what} ({@code types}, up to N MB)", at most {@code max} (never more
     * than the configured image size), handing the stored file's id to {@code onStored} on the UI thread.
     */
    public Upload create(String what, String types, DataSize max, Consumer<UUID> onStored) {
        DataSize limit = max.compareTo(limits.maxImageSize()) < 0 ? max : limits.maxImageSize();
        Tenant tenant = TenantContext.require();
        var upload = new Upload();
        upload.setAcceptedFileTypes(FileStore.IMAGE_TYPES);
        upload.setMaxFiles(1);
        // The drop zone's label names what fits; touch screens would hide it with the zone.
        upload.setDropAllowed(true);
        upload.setDropLabel(
                new Span(upload.getTranslation("image-upload.label", what, types, UploadLimits.describe(limit))));
        LimitedUpload.configure(upload, limit, (ui, metadata, data) -> {
            // The upload request passed the host filter, but be explicit about whose store this is;
            // a refusal worded here (the plan's storage) is in the uploader's language.
            var stored = new AtomicReference<UUID>();
            try {
                ConstraintMessages.runIn(
                        ui.getLocale(),
                        () -> stored.set(
                                TenantContext.callAs(tenant, () -> files.storeImage(metadata.fileName(), data))));
                ui.access(() -> {
                    upload.clearFileList();
                    onStored.accept(stored.get());
                });
            } catch (FileRejectedException | PlanLimitException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    Toast.error(e.getMessage());
                });
            }
        });
        upload.addFileRejectedListener(event -> Toast.error(event.getErrorMessage()));
        return upload;
    }
}
