package io.lyceum.base.markdown;

import io.lyceum.base.validation.ConstraintMessages;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * User Markdown to HTML that is safe to insert into a page. Two independent layers: commonmark
 * escapes raw HTML and drops unsafe link schemes, then jsoup's allowlist removes anything that is
 * not plain content (no scripts, event handlers, styles, frames, SVG, or non-http(s) URLs).
 */
public final class SafeMarkdown {

    public static final int MAX_LENGTH = 50_000;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(true);
    // Relative links resolve against this origin only to be checked; it never appears in the output.
    private static final String CHECK_ORIGIN = "https://lyceum.invalid/";

    private SafeMarkdown() {}

    public static String toHtml(String markdown) {
        checkLength(markdown);
        String html = RENDERER.render(PARSER.parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, CHECK_ORIGIN, SAFELIST, output);
        return clean.replace(CHECK_ORIGIN, "/");
    }

    public static String toPlainText(String markdown) {
        checkLength(markdown);
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    private static void checkLength(String markdown) {
        if (markdown.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(ConstraintMessages.get("markdown.too-long", MAX_LENGTH));
        }
    }
}
