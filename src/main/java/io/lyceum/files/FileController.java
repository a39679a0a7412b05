package io.lyceum.files;

import io.lyceum.identity.CurrentUser;
import io.lyceum.tenancy.TenantContext;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an organization's files on its own host to its signed-in members. Anything else, including
 * another organization's id or the base domain, is a plain 404.
 */
@RestController
class FileController {

    private final FileStore files;
    private final CurrentUser currentUser;

    FileController(FileStore files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/{id:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        if (TenantContext.current().isEmpty() || currentUser.get().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return files.load(id)
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.contentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename(content.name()).build().toString())
                        .body(content.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
