package io.lyceum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when a page fails unexpectedly: a plain apology and a reference, never the
 * exception (its class and message can name internals). The reference is logged with the full
 * exception, so support finds it from what the person reads out. (Vaadin's own error view shows
 * the exception's message, in production too.)
 */
@ParentLayout(ErrorLayout.class)
@AnonymousAllowed
class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    final Paragraph reference = new Paragraph();
    private final ErrorPages pages;

    ServerErrorView(ErrorPages pages) {
        this.pages = pages;
        reference.addClassName("error-reference");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = newReference();
        log.error(
                "Error {} while showing '{}'",
                id,
                event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        reference.setText(getTranslation("error.server.reference", id));
        show("error.server", pages.home(this), new Component[] {reference});
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** {@code ERR-} and 8 random hexadecimal digits: short enough to read out, unguessable. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "ERR-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
