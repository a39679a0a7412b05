package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.NoSuchItemException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pages whose services refuse while they are made, the way a role check or an unknown id does. Tests
 * only: {@code test/refused} meets a service's role check, {@code test/missing} an id unknown here.
 */
@Route("test/:what(refused|missing)")
@AnonymousAllowed
class RefusingView extends Div implements BeforeEnterObserver {

    static final String SECRET = "course 4711 of globex";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("what").orElse("").equals("refused")) {
            throw new AccessDeniedException("Access denied to " + SECRET);
        }
        throw new Missing();
    }

    private static final class Missing extends NoSuchItemException {
        Missing() {
            super("There is no " + SECRET + " here");
        }
    }
}
