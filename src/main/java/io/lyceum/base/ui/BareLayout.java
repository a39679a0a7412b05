package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;

/** The frame of an error page when no layout fits or the fitting one fails: the page alone. */
class BareLayout extends Div implements RouterLayout {}
