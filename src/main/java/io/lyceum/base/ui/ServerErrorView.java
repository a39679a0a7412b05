package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle(ServerErrorView.HEADING)
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    static final String HEADING = "Something went wrong";
    static final String WHAT_HAPPENED = "This page could not be shown because of an error on our side; it has"
            + " been recorded, and if it happens again your administrator or Lyceum's support can find it by"
            + " the reference below.";
    static final String REFERENCE = "Reference: ";

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    final Paragraph reference = new Paragraph();
    private final ErrorPages pages;

    ServerErrorView(ErrorPages pages) {
        this.pages = pages;
        addClassNames("page", "error-page");
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
        reference.setText(REFERENCE + id);
        ErrorPages.show(this, HEADING, WHAT_HAPPENED, pages.home(), reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** {@code ERR-} and 8 random hexadecimal digits: short enough to read out, unguessable. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "ERR-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
