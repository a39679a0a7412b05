package io.lyceum.files.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.lyceum.files.FileRejectedException;
import io.lyceum.files.FileStore;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;

/** An image upload into the organization's file store; the browser's limits are checked again there. */
public final class ImageUpload {

    private ImageUpload() {
    }

    /** An upload that stores the image and hands its file id to {@code onStored} (on the UI thread). */
    public static Upload create(FileStore files, String label, LongConsumer onStored) {
        Tenant tenant = TenantContext.require();
        var upload = new Upload();
        upload.setAcceptedFileTypes(FileStore.IMAGE_TYPES);
        upload.setMaxFileSize(FileStore.MAX_IMAGE_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(label));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> {
            UI ui = upload.getUI().orElseThrow();
            try {
                // The upload request passed the host filter, but be explicit about whose store this is.
                long id = TenantContext.callAs(tenant, () -> files.storeImage(metadata.fileName(), data));
                ui.access(() -> {
                    upload.clearFileList();
                    onStored.accept(id);
                });
            } catch (FileRejectedException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
        upload.addFileRejectedListener(event -> Notification.show(event.getErrorMessage(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        return upload;
    }
}
