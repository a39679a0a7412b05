package io.lyceum.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploaded images: type by content, size limit, kept per organization and served only on its host. */
@LyceumIntegrationTest
class FileStoreTest {

    @Autowired
    FileStore files;
    @Autowired
    TestOrganizations organizations;
    @LocalServerPort
    int port;

    static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void an_image_is_stored_in_its_organization_and_served_only_there_to_members() throws Exception {
        Tenant acme = organizations.create("files");
        Tenant globex = organizations.create("otherfiles");
        byte[] data = png();
        long id = TenantContext.callAs(acme, () -> files.storeImage("logo.png", data));

        assertThat(TenantContext.callAs(acme, () -> files.load(id)).orElseThrow().contentType())
                .isEqualTo("image/png");
        assertThat(TenantContext.callAs(globex, () -> files.load(id))).isEmpty();

        var http = new RawHttp(port);
        String acmeHost = acme.slug() + ".lyceum.localhost";
        String globexHost = globex.slug() + ".lyceum.localhost";
        String acmeSession = http.login(acmeHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        var served = http.get(acmeHost, FileStore.url(id), acmeSession);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("content-type").orElseThrow()).startsWith("image/png");
        assertThat(served.header("x-content-type-options")).contains("nosniff");

        String globexSession = http.login(globexHost, TestOrganizations.ADMIN_EMAIL,
                TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(globexHost, FileStore.url(id), globexSession).status()).isEqualTo(404);
        assertThat(http.get(acmeHost, FileStore.url(id), "").status()).isIn(302, 401, 404);
    }

    @Test
    void files_that_are_not_images_or_too_large_are_refused() throws Exception {
        Tenant org = organizations.create("badfiles");
        TenantContext.runAs(org, () -> {
            assertThatThrownBy(() -> files.storeImage("evil.png",
                    "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(FileRejectedException.class).hasMessageContaining("Only PNG, JPEG, GIF and WebP");
            assertThatThrownBy(() -> files.storeImage("empty.png", new byte[0]))
                    .isInstanceOf(FileRejectedException.class);
            byte[] huge = new byte[FileStore.MAX_IMAGE_BYTES + 1];
            huge[0] = (byte) 0xFF;
            huge[1] = (byte) 0xD8;
            huge[2] = (byte) 0xFF;
            assertThatThrownBy(() -> files.storeImage("huge.jpg", huge)).isInstanceOf(FileRejectedException.class)
                    .hasMessage("Images may be at most 5 MB");
        });
    }
}
