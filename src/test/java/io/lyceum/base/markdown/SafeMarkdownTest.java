package io.lyceum.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](  javascript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<svg><script>alert(1)</script></svg>",
                "<svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "[x](javascript&#58;alert(1))",
                "<javascript:alert(1)>",
                "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
                "Text\n\n<object data=x></object>",
                "[x](data:text/html,<script>alert(1)</script>)"
            })
    void attack_payloads_render_inert(String payload) {
        var body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(payload)).body();
        assertThat(body.select("script, iframe, svg, math, object, embed, style, form"))
                .isEmpty();
        for (var element : body.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .doesNotStartWithIgnoringCase("on")
                        .isNotEqualTo("style");
                assertThat(attribute.getValue().strip())
                        .doesNotStartWithIgnoringCase("javascript:")
                        .doesNotStartWithIgnoringCase("vbscript:")
                        .doesNotStartWithIgnoringCase("data:");
            }
        }
    }

    @Test
    void ordinary_markdown_keeps_its_meaning() {
        String html = SafeMarkdown.toHtml("# Title\n\n*em* **strong**\n\n- a\n- b\n\n```\n<b>code</b>\n```\n\n"
                + "[site](https://example.com) ![pic](/files/42)");
        assertThat(html)
                .contains(
                        "<h1>Title</h1>",
                        "<em>em</em>",
                        "<strong>strong</strong>",
                        "<li>a</li>",
                        "&lt;b&gt;code&lt;/b&gt;",
                        "href=\"https://example.com\"",
                        "rel=\"nofollow noopener\"",
                        "src=\"/files/42\"");
    }

    @Test
    void text_beyond_the_limit_is_refused() {
        assertThatThrownBy(() -> SafeMarkdown.toHtml("x".repeat(SafeMarkdown.MAX_LENGTH + 1)))
                .hasMessageContaining("too long");
        assertThat(SafeMarkdown.toPlainText("**Hello** _there_")).isEqualTo("Hello there");
    }
}
