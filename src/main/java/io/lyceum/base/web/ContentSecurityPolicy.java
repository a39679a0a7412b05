package io.lyceum.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The content security policy of Lyceum's pages. Vaadin's page gets a fresh nonce per response on
 * each of its own inline scripts (Flow's client reuses it for scripts it adds), so an injected
 * script or inline event handler does not run. What the policy must allow, and why:
 * <ul>
 * <li>{@code 'unsafe-eval'}: Flow's client runs {@code executeJs} and event expressions with
 * {@code new Function}; user text reaches it only as parameters, never as code;</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin and its components write inline styles;</li>
 * <li>the video providers' player APIs and frames (YouTube, Vimeo, Cloudflare Stream), which
 * {@code video-watch.js} loads; {@code https:} images and media for course content hosted elsewhere;</li>
 * <li>{@code frame-src 'self'}: the grading view previews a handed-in PDF in a frame (PDFs alone are
 * served with same-origin framing allowed; every other response keeps DENY).</li>
 * </ul>
 * In development mode ({@code spring-boot:run}) Vaadin serves its own tooling inline and over web
 * sockets: its page then gets {@link #DEVELOPMENT}, which restricts framing and plugins only.
 */
@Component
class ContentSecurityPolicy implements VaadinServiceInitListener {

    /** For pages the server writes itself (errors, verification): no script at all. */
    static final String SERVER_PAGES = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** For Vaadin's page; {@code %s} is the response's nonce. */
    static final String APP = "default-src 'self';"
            + " script-src 'self' 'nonce-%s' 'unsafe-eval' https://www.youtube.com https://player.vimeo.com"
            + " https://embed.cloudflarestream.com;"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:;"
            + " connect-src 'self'; media-src 'self' blob: https:;"
            + " frame-src 'self' https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com"
            + " https://iframe.videodelivery.net https://*.cloudflarestream.com;"
            + " worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    static final String DEVELOPMENT = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getDeploymentConfiguration().isProductionMode()) {
            event.addIndexHtmlRequestListener(ContentSecurityPolicy::apply);
        } else {
            event.addIndexHtmlRequestListener(
                    page -> page.getVaadinResponse().setHeader("Content-Security-Policy", DEVELOPMENT));
        }
    }

    static void apply(IndexHtmlResponse page) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        for (Element script : page.getDocument().getElementsByTag("script")) {
            script.attr("nonce", nonce);
        }
        page.getVaadinResponse().setHeader("Content-Security-Policy", APP.formatted(nonce));
    }
}
