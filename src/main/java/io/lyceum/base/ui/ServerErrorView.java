package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
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
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    final Paragraph reference = new Paragraph();

    ServerErrorView() {
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = "ERR-" + HexFormat.of().withUpperCase().formatHex(bytes);
        log.error(
                "Error {} while showing '{}'",
                id,
                event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        reference.setText("Reference: " + id);
        reference.addClassName("error-reference");
        removeAll();
        add(
                new H1("Something went wrong"),
                new Paragraph("This page could not be shown because of an error on our side. It has been recorded;"
                        + " if it happens again, give this reference to your administrator or to Lyceum's support."),
                reference,
                new Anchor("/", "Go to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
