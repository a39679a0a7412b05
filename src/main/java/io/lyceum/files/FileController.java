package io.lyceum.files;

import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an organization's files on its own host to the members who may see what they belong to.
 * Anything else (another organization's id, a file of a course the reader may not see, a made-up
 * id, the base domain) is the same plain 404, so a response tells nothing about what exists.
 */
@RestController
class FileController {

    private static final String PDF = "application/pdf";

    private final FileStore files;

    FileController(FileStore files) {
        this.files = files;
    }

    @GetMapping("/files/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, HttpServletResponse response) {
        if (TenantContext.current().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return files.readable(id)
                .map(content -> {
                    if (PDF.equals(content.contentType())) {
                        // The grading view previews a PDF in a frame of its own page: framing by this
                        // organization's pages only (everything else keeps DENY / 'none').
                        response.setHeader("X-Frame-Options", "SAMEORIGIN");
                        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
                    }
                    return content;
                })
                .map(content -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(content.contentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        // Images and PDFs may be shown in the page (a preview); anything else (a DOCX,
                        // a ZIP, text that could pass for HTML) is only ever downloaded, never sniffed.
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                (FileStore.INLINE_TYPES.contains(content.contentType())
                                                ? ContentDisposition.inline()
                                                : ContentDisposition.attachment())
                                        .filename(content.name(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(content.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
