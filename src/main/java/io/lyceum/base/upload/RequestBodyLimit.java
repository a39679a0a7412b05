package io.lyceum.base.upload;

import io.lyceum.base.validation.ConstraintMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ceiling for every request body, whatever reads it (uploads, Vaadin's own messages, forms):
 * the largest upload limit plus room for multipart framing. A body that announces more is answered
 * 413 before it is read; a chunked body without a length is cut off while it is read, as bytes or
 * as text.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    /** Multipart framing and the form fields around a file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final String message;

    RequestBodyLimit(UploadLimits limits) {
        this.maxBytes = limits.largest().toBytes() + MULTIPART_OVERHEAD;
        // Made at start-up, where nobody's language is known: English.
        this.message = ConstraintMessages.get("upload.request-too-large", UploadLimits.describe(limits.largest()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            // The rest of the body is never read: answer now, and end the connection afterwards.
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            response.setHeader("Connection", "close");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
            return;
        }
        chain.doFilter(length < 0 ? new Capped(request, maxBytes) : request, response);
    }

    /** A body without a declared length, refused once it grows past the ceiling. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long maxBytes;
        private @Nullable ServletInputStream stream;
        private @Nullable BufferedReader reader;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        /** Text bodies (Vaadin's own messages) are read through the same counting stream. */
        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(
                        getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("Request body larger than " + maxBytes + " bytes refused");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
