package io.lyceum.base.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.util.unit.DataSize;

/**
 * The upload handler every upload uses, driven through Vaadin's own upload request handling: the
 * limit holds while the body is read (an endless body is cut off just past it), the answer is 413
 * with the limit in words, and nothing reaches the code that would store the file.
 */
class LimitedUploadTest {

    static final DataSize LIMIT = DataSize.ofKilobytes(64);

    final List<byte[]> received = new ArrayList<>();
    final LimitedUpload handler = new LimitedUpload(LIMIT, (ui, metadata, data) -> received.add(data));
    Upload upload;

    @BeforeEach
    void ui() {
        MockVaadin.setup();
        upload = new Upload();
        UI.getCurrent().add(upload);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** A raw upload request (as the Upload component sends it) through Vaadin's handling of uploads. */
    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        var service = (VaadinServletService) VaadinService.getCurrent();
        var response = new MockHttpServletResponse();
        request.setMethod("POST");
        request.addHeader("X-Filename", "photo.png");
        request.setContentType("image/png");
        handler.handleRequest(
                new VaadinServletRequest(request, service),
                new VaadinServletResponse(response, service),
                VaadinSession.getCurrent(),
                upload.getElement());
        return response;
    }

    @Test
    void the_component_refuses_larger_files_in_the_browser_with_the_same_words() {
        LimitedUpload.configure(upload, LIMIT, (ui, metadata, data) -> {});
        assertThat(upload.getMaxFileSize()).isEqualTo(LIMIT.toBytes());
        assertThat(upload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("The file is too large: at most 64 KB can be uploaded here.");
        assertThat(upload.getI18n().getUploading().getError().getFileTooLarge())
                .isEqualTo(upload.getI18n().getError().getFileIsTooBig());
    }

    @Test
    void a_file_within_the_limit_is_handed_over() throws Exception {
        var request = new MockHttpServletRequest();
        request.setContent(new byte[(int) LIMIT.toBytes()]);
        var response = send(request);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(received).singleElement().satisfies(data -> assertThat(data).hasSize((int) LIMIT.toBytes()));
    }

    @Test
    void a_body_announcing_more_than_the_limit_is_refused_unread() throws Exception {
        var read = new AtomicLong();
        var response = send(endless(40L * 1024 * 1024, read));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("The file is too large: at most 64 KB can be uploaded here.");
        assertThat(read.get()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void a_body_without_a_length_is_cut_off_just_past_the_limit() throws Exception {
        var read = new AtomicLong();
        var response = send(endless(-1, read));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(read.get()).isBetween(LIMIT.toBytes() + 1, LIMIT.toBytes() + 8192);
        assertThat(received).isEmpty();
    }

    @Test
    void a_multipart_file_larger_than_the_limit_is_refused_with_413_too() throws Exception {
        var service = (VaadinServletService) VaadinService.getCurrent();
        var request = new MockHttpServletRequest("POST", "/upload");
        request.setContentType("multipart/form-data; boundary=lyceum");
        var part = new MockPart("file", "photo.png", new byte[(int) LIMIT.toBytes() + 1]);
        part.getHeaders().setContentType(MediaType.IMAGE_PNG);
        request.addPart(part);
        var response = new MockHttpServletResponse();
        handler.handleRequest(
                new VaadinServletRequest(request, service),
                new VaadinServletResponse(response, service),
                VaadinSession.getCurrent(),
                upload.getElement());
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(received).isEmpty();
    }

    /** A request announcing {@code length} (-1: none) whose body never ends, counting what is read of it. */
    private static MockHttpServletRequest endless(long length, AtomicLong read) {
        return new MockHttpServletRequest() {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(endlessStream(read));
            }

            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
    }

    private static InputStream endlessStream(AtomicLong read) {
        return new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                read.addAndGet(length);
                return length;
            }
        };
    }
}
