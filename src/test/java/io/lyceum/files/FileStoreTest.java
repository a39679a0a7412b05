package io.lyceum.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.upload.UploadLimits;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploaded images: type by content, size limit from the configuration, kept per organization. */
@LyceumIntegrationTest
class FileStoreTest {

    @Autowired
    FileStore files;

    @Autowired
    UploadLimits limits;

    @Autowired
    TestOrganizations organizations;

    public static byte[] png() throws Exception {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void an_image_is_stored_in_its_organization_under_a_random_id() throws Exception {
        Tenant acme = organizations.create("files");
        Tenant globex = organizations.create("otherfiles");
        byte[] data = png();
        UUID first = TenantContext.callAs(acme, () -> files.storeImage("logo.png", data));
        UUID second = TenantContext.callAs(acme, () -> files.storeImage("logo.png", data));

        assertThat(first.version()).as("random UUIDs, not counted").isEqualTo(4);
        assertThat(first).isNotEqualTo(second);
        assertThat(TenantContext.callAs(acme, () -> files.load(first))
                        .orElseThrow()
                        .contentType())
                .isEqualTo("image/png");
        assertThat(TenantContext.callAs(globex, () -> files.load(first))).isEmpty();
    }

    @Test
    void files_that_are_not_images_or_too_large_are_refused() throws Exception {
        Tenant org = organizations.create("badfiles");
        TenantContext.runAs(org, () -> {
            assertThatThrownBy(() ->
                            files.storeImage("evil.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessageContaining("Only PNG, JPEG, GIF and WebP");
            assertThatThrownBy(() -> files.storeImage("empty.png", new byte[0]))
                    .isInstanceOf(FileRejectedException.class);
            byte[] huge = new byte[(int) limits.maxImageSize().toBytes() + 1];
            huge[0] = (byte) 0xFF;
            huge[1] = (byte) 0xD8;
            huge[2] = (byte) 0xFF;
            assertThatThrownBy(() -> files.storeImage("huge.jpg", huge))
                    .isInstanceOf(FileRejectedException.class)
                    .hasMessage("Images may be at most 5 MB");
        });
    }
}
