package io.lyceum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a socket to 127.0.0.1 with any Host header: Java's resolver does not resolve
 * {@code *.localhost}, and its HTTP clients refuse to set Host. Enough for status, headers, body.
 */
public final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** A response; {@code data} is the body's bytes (for binary bodies such as PDFs). */
    public record Response(int status, Map<String, List<String>> headers, String body, byte[] data) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst();
        }

        /** The value of the JSESSIONID cookie this response sets, if any. */
        public Optional<String> sessionCookie() {
            return cookie("JSESSIONID");
        }

        /** The value of a cookie this response sets, if any. */
        public Optional<String> cookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream()
                    .filter(cookie -> cookie.startsWith(name + "="))
                    .map(cookie -> cookie.substring(
                            name.length() + 1, cookie.contains(";") ? cookie.indexOf(';') : cookie.length()))
                    .findFirst();
        }
    }

    public Response get(String host, String path, String session) throws IOException {
        return get(host, path, session, "");
    }

    /** A GET with extra header lines ("X-Forwarded-For: 203.0.113.7\r\n"). */
    public Response get(String host, String path, String session, String extraHeaders) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\n" + headers(host, session) + extraHeaders + "\r\n", "");
    }

    public Response postForm(String host, String path, String session, Map<String, String> form) throws IOException {
        return postForm(host, path, session, form, "");
    }

    /** A form post with extra header lines ("Origin: https://…\r\n"). */
    public Response postForm(String host, String path, String session, Map<String, String> form, String extraHeaders)
            throws IOException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                "POST " + path + " HTTP/1.1\r\n" + headers(host, session) + extraHeaders
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n",
                body);
    }

    /** Signs in through the real login form (with its CSRF token); returns the session id. */
    public String login(String host, String email, String password) throws IOException {
        return login(host, email, password, "");
    }

    /** Signs in with extra header lines (a proxy's "X-Forwarded-For: 203.0.113.7\r\n"). */
    public String login(String host, String email, String password, String extraHeaders) throws IOException {
        SignIn attempt = signIn(host, email, password, extraHeaders);
        String location = attempt.answer().header("location").orElse("");
        if (attempt.answer().status() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login refused: " + attempt.answer().status() + " " + location);
        }
        return attempt.answer().sessionCookie().orElse(attempt.session());
    }

    /** The answer to a sign-in through the real login form (with its CSRF token), whatever it is. */
    public Response loginResponse(String host, String email, String password, String extraHeaders) throws IOException {
        return signIn(host, email, password, extraHeaders).answer();
    }

    private record SignIn(String session, Response answer) {}

    private SignIn signIn(String host, String email, String password, String extraHeaders) throws IOException {
        Response page = get(host, "/login", "", extraHeaders);
        String session = page.sessionCookie().orElseThrow(() -> new IllegalStateException("No session: " + page));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return new SignIn(
                session,
                postForm(
                        host,
                        "/login",
                        session,
                        Map.of("username", email, "password", password, "_csrf", csrf.group(1)),
                        extraHeaders));
    }

    private static String headers(String host, String session) {
        return "Host: " + host + "\r\nConnection: close\r\n"
                + (session.isEmpty() ? "" : "Cookie: JSESSIONID=" + session + "\r\n");
    }

    /** Any request: the head as written (request line, headers, blank line) and a body of bytes. */
    public Response raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private Response send(String head, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    /**
     * Reads the head, then a body of Content-Length bytes, or everything until the server closes
     * (chunked bodies): a server that keeps the connection open after a complete answer does not
     * hold the test up.
     */
    private static Response parse(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IllegalStateException("Malformed HTTP response: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        var length = headers.getOrDefault("content-length", List.of()).stream().findFirst();
        byte[] body = length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), body);
    }

    private static byte[] unchunk(byte[] chunked) {
        var out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, crlf, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("Malformed HTTP response");
    }
}
