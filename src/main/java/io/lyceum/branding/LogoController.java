package io.lyceum.branding;

import io.lyceum.files.FileStore;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization's logo, public on its host (its login page shows it to visitors): only the file
 * that is its logo now, and only PNG or JPEG; any other id, and any other host, is a plain 404, so no
 * other file of the organization can be read through here.
 */
@RestController
class LogoController {

    private final FileStore files;

    LogoController(FileStore files) {
        this.files = files;
    }

    @GetMapping(Tenant.LOGO_PATH + "{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}")
    ResponseEntity<byte[]> logo(@PathVariable UUID id) {
        var tenant = TenantContext.current();
        if (tenant.isEmpty() || !id.equals(tenant.get().logoFile())) {
            return ResponseEntity.notFound().build();
        }
        return files.load(id)
                .filter(content -> BrandingSettings.LOGO_TYPES.contains(content.contentType()))
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.contentType()))
                        // A new logo is a new id: the old address may stay cached.
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(content.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
