package io.lyceum.notification;

import io.lyceum.files.FileStore;
import io.lyceum.tenancy.TenantContext;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's logo for mail clients, which load images with no session: public, on the
 * organization's host, and only the file that is its logo now (any other id is a 404, so no other
 * file of the organization can be read through here).
 */
@RestController
class MailLogoController {

    static final String PATH = "mail/logo/";

    private static final Set<String> IMAGE_TYPES = Set.of(MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE);

    private final Brandings brandings;
    private final FileStore files;

    MailLogoController(Brandings brandings, FileStore files) {
        this.brandings = brandings;
        this.files = files;
    }

    @GetMapping("/" + PATH + "{id}")
    ResponseEntity<byte[]> logo(@PathVariable UUID id) {
        if (TenantContext.current().isEmpty() || !id.equals(brandings.logoFile())) {
            return ResponseEntity.notFound().build();
        }
        return files.load(id)
                .filter(content -> IMAGE_TYPES.contains(content.contentType()))
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.contentType()))
                        // A new logo is a new id: the old address may stay cached.
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(content.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
