package io.lyceum.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.Violations;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoSourceTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://youtube.com/watch?v=dQw4w9WgXcQ&t=10, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "https://vimeo.com/123456789, VIMEO, https://player.vimeo.com/video/123456789",
        "https://player.vimeo.com/video/123456789, VIMEO, https://player.vimeo.com/video/123456789",
        "https://customer-abc123.cloudflarestream.com/0123456789abcdef0123456789abcdef/watch, CLOUDFLARE_STREAM,"
                + " https://customer-abc123.cloudflarestream.com/0123456789abcdef0123456789abcdef/iframe",
        "https://iframe.videodelivery.net/0123456789abcdef0123456789abcdef, CLOUDFLARE_STREAM,"
                + " https://iframe.videodelivery.net/0123456789abcdef0123456789abcdef",
        "https://cdn.example.com/videos/intro.mp4, MP4, https://cdn.example.com/videos/intro.mp4",
        "https://cdn.example.com/live/index.m3u8, HLS, https://cdn.example.com/live/index.m3u8"
    })
    void allowlisted_links_resolve_to_their_player(String url, VideoSource.Provider provider, String embed) {
        VideoSource source = VideoSource.parse(url);
        assertThat(source.provider()).isEqualTo(provider);
        assertThat(source.embedUrl()).isEqualTo(embed);
        assertThat(VideoSource.isSupported(url)).isTrue();
        assertThat(Violations.of(ModuleForm.video("Talk", url, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "javascript:alert(1)",
                "data:video/mp4;base64,AAAA",
                "https://evil.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com.evil.com/watch?v=dQw4w9WgXcQ",
                "https://evil.com/youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com@evil.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=short",
                "https://vimeo.com/not-a-number",
                "https://evil.com/page.html",
                "ftp://cdn.example.com/a.mp4",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>"
            })
    void everything_else_is_refused_with_a_message(String url) {
        assertThat(VideoSource.isSupported(url)).isFalse();
        assertThatThrownBy(() -> VideoSource.parse(url)).hasMessageStartingWith("Not a supported video link");
        // An empty link is the editor's "none yet"; publishing asks for one.
        assertThat(Violations.of(ModuleForm.video("Talk", url, null)))
                .isEqualTo(
                        url.isBlank()
                                ? Map.of()
                                : Map.of(
                                        "videoUrl",
                                        "Use a link from YouTube, Vimeo, Cloudflare Stream, or a direct https .mp4"
                                                + " or .m3u8 file"));
    }
}
