package io.lyceum.base.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * One configuration of upload sizes, read by every limit: a body larger than any upload may be is
 * refused with 413 before it is read, whatever the address; the servlet's multipart limits are the
 * configured ones (not Spring Boot's 1 MB), so the UI's "up to 5 MB" is true.
 */
@LyceumIntegrationTest
class UploadLimitSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UploadLimits limits;

    @Autowired
    DispatcherServletRegistrationBean dispatcherServlet;

    @LocalServerPort
    int port;

    @Test
    void a_body_larger_than_any_upload_is_refused_before_it_is_read() throws Exception {
        String host = organizations.create("uploads").slug() + ".lyceum.localhost:8080";
        String session = new RawHttp(port).login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        long started = System.nanoTime();
        // 40 MB announced, a few bytes sent: the answer must not wait for the rest.
        var response = new RawHttp(port)
                .raw(
                        "POST /VAADIN/dynamic/resource/1/any/upload HTTP/1.1\r\nHost: " + host
                                + "\r\nCookie: JSESSIONID=" + session + "\r\nContent-Type: application/octet-stream\r\n"
                                + "X-Filename: big.png\r\nContent-Length: 41943040\r\n\r\n",
                        "PNG".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("The request is too large: at most 5 MB can be uploaded.");
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("ms until the answer")
                .isLessThan(10_000);
    }

    @Test
    void the_servlets_multipart_limits_are_the_configured_ones() {
        // Vaadin mapped at the root is reached through Spring's dispatcher servlet, which parses multipart bodies.
        var multipart = dispatcherServlet.getMultipartConfig();
        assertThat(multipart).isNotNull();
        assertThat(multipart.getMaxFileSize())
                .isEqualTo(limits.largest().toBytes())
                .isEqualTo(limits.maxImageSize().toBytes())
                .isGreaterThan(1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
    }

    /** A chunked body (no length announced) one byte larger than the ceiling. */
    private MockHttpServletRequest chunkedTooLarge() {
        var request = new MockHttpServletRequest("POST", "/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[(int) (limits.largest().toBytes() + RequestBodyLimit.MULTIPART_OVERHEAD + 1)]);
        return request;
    }

    @Test
    void a_body_of_unknown_length_is_cut_off_while_it_is_read_as_bytes_or_as_text() {
        var filter = new RequestBodyLimit(limits);
        var asBytes = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) throws IOException {
                req.getInputStream().readAllBytes();
            }
        };
        assertThatThrownBy(() -> filter.doFilter(chunkedTooLarge(), new MockHttpServletResponse(), asBytes))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refused");
        // As Vaadin reads its own messages.
        var asText = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) throws IOException {
                var reader = req.getReader();
                while (reader.read() >= 0) {
                    // read it all
                }
            }
        };
        assertThatThrownBy(() -> filter.doFilter(chunkedTooLarge(), new MockHttpServletResponse(), asText))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void the_refusal_carries_the_security_headers() throws Exception {
        var response = new RawHttp(port)
                .raw(
                        "POST /login HTTP/1.1\r\nHost: lyceum.localhost\r\n"
                                + "Content-Type: application/octet-stream\r\nContent-Length: 41943040\r\n\r\n",
                        new byte[0]);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("x-content-type-options")).contains("nosniff");
    }
}
