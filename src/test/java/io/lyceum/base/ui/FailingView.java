package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails the way a bug would, with internals in its message. Tests only. */
@Route("test/failing")
@AnonymousAllowed
class FailingView extends Div implements BeforeEnterObserver {

    static final String INTERNALS = "connection to 10.0.0.12:5432 refused for user lyceum_prod";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(INTERNALS);
    }
}
