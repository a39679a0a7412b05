package io.lyceum.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

/**
 * Lets Flying Saucer open nothing but its own default stylesheet. Certificates carry their images as data: URIs
 * (which are decoded without opening a stream); any other URL, http(s) or file, is refused rather than fetched.
 */
final class OfflineUserAgent extends ITextUserAgent {

    // Flying Saucer reads its own user-agent stylesheet through the user agent, by this resource's URL.
    private static final String DEFAULT_CSS_RESOURCE = "/resources/css/XhtmlNamespaceHandler.css";
    private static final String DEFAULT_CSS = Objects.requireNonNull(
                    XhtmlCssOnlyNamespaceHandler.class.getResource(DEFAULT_CSS_RESOURCE))
            .toString();

    OfflineUserAgent(ITextOutputDevice device) {
        super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (!DEFAULT_CSS.equals(uri)) {
            throw new IOException("Certificate rendering loads nothing from outside the document: " + uri);
        }
        return Objects.requireNonNull(XhtmlCssOnlyNamespaceHandler.class.getResourceAsStream(DEFAULT_CSS_RESOURCE));
    }
}
