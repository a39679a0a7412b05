package io.lyceum.base.ui;

import com.vaadin.flow.router.RouterLayout;
import java.util.Optional;

/**
 * Where an error page sits for the request it answers: inside the layout of the audience it was
 * asked for in (the organization's on its host, the public site's on the base domain), with the one
 * way on that fits whoever asks (the start page for a member, signing in for a visitor). A module that
 * owns a layout offers it as a bean for the requests it fits; the first that fits frames the page.
 */
public interface ErrorPageFrame {

    /** This module's frame for the request being answered, if it fits it. */
    Optional<Frame> current();

    /** The layout around the page, and the page's one way on: its label and address. */
    record Frame(Class<? extends RouterLayout> layout, String homeLabel, String homeHref) {}
}
