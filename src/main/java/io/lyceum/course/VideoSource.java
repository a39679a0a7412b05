package io.lyceum.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video link from an allowlisted provider, with the address of its embeddable player. Anything
 * else is refused: a course page never embeds an arbitrary site.
 */
public record VideoSource(Provider provider, String url, String embedUrl) {

    public enum Provider {
        YOUTUBE,
        VIMEO,
        CLOUDFLARE_STREAM,
        MP4,
        HLS
    }

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})/?");
    private static final Pattern CLOUDFLARE_PATH = Pattern.compile("/([0-9a-f]{32})(?:/(?:watch|iframe))?/?");
    private static final Pattern CLOUDFLARE_HOST = Pattern.compile("customer-[a-z0-9]{1,64}\\.cloudflarestream\\.com");

    public static VideoSource parse(String link) {
        return recognize(link).orElseThrow(() -> new IllegalArgumentException("Not a supported video link: " + link));
    }

    /** Whether the link is one a course may embed; forms check it through {@link VideoLink}. */
    public static boolean isSupported(String link) {
        return recognize(link).isPresent();
    }

    private static Optional<VideoSource> recognize(String link) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())
                || uri.getRawUserInfo() != null
                || uri.getHost() == null
                || (uri.getPort() != -1 && uri.getPort() != 443)) {
            return Optional.empty();
        }
        String url = uri.toString();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return switch (host) {
            case "www.youtube.com", "youtube.com", "m.youtube.com" -> youtube(url, path, uri.getRawQuery());
            case "youtu.be" -> youtubeId(url, path.replaceFirst("^/", ""));
            case "www.youtube-nocookie.com", "youtube-nocookie.com" ->
                path.startsWith("/embed/") ? youtubeId(url, path.substring("/embed/".length())) : Optional.empty();
            case "vimeo.com", "www.vimeo.com", "player.vimeo.com" ->
                match(VIMEO_PATH, path)
                        .map(id -> new VideoSource(Provider.VIMEO, url, "https://player.vimeo.com/video/" + id));
            case "iframe.videodelivery.net" ->
                match(CLOUDFLARE_PATH, path)
                        .map(id -> new VideoSource(
                                Provider.CLOUDFLARE_STREAM, url, "https://iframe.videodelivery.net/" + id));
            default -> other(url, host, path);
        };
    }

    private static Optional<VideoSource> other(String url, String host, String path) {
        if (CLOUDFLARE_HOST.matcher(host).matches()) {
            return match(CLOUDFLARE_PATH, path)
                    .map(id ->
                            new VideoSource(Provider.CLOUDFLARE_STREAM, url, "https://" + host + "/" + id + "/iframe"));
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp4")) {
            return Optional.of(new VideoSource(Provider.MP4, url, url));
        }
        if (lower.endsWith(".m3u8")) {
            return Optional.of(new VideoSource(Provider.HLS, url, url));
        }
        return Optional.empty();
    }

    private static Optional<VideoSource> youtube(String url, String path, String query) {
        if (path.startsWith("/embed/")) {
            return youtubeId(url, path.substring("/embed/".length()));
        }
        if (!path.equals("/watch") || query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v=")) {
                return youtubeId(url, parameter.substring(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<VideoSource> youtubeId(String url, String id) {
        return YOUTUBE_ID.matcher(id).matches()
                ? Optional.of(new VideoSource(Provider.YOUTUBE, url, "https://www.youtube-nocookie.com/embed/" + id))
                : Optional.empty();
    }

    private static Optional<String> match(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
