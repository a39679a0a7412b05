package io.lyceum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parent layout of every error page. Vaadin gives an error page one fixed layout, but the page
 * belongs in the layout of the host and person it answers: this one is that layout, chosen per request
 * by {@link ErrorPages#frame()} and created as Vaadin creates layouts. A layout that fails to build
 * gives way to a bare frame, so that an error page does not fail in turn.
 */
@AnonymousAllowed
public class ErrorLayout extends Composite<Component> implements RouterLayout {

    private static final Logger log = LoggerFactory.getLogger(ErrorLayout.class);

    private final RouterLayout frame;

    ErrorLayout(ErrorPages pages) {
        this.frame = create(pages.frame().layout());
    }

    private static RouterLayout create(Class<? extends RouterLayout> layout) {
        try {
            Component created = Instantiator.get(UI.getCurrent()).createComponent(layout.asSubclass(Component.class));
            return (RouterLayout) created;
        } catch (RuntimeException e) {
            log.error("The error page's layout {} failed; showing the page bare", layout.getName(), e);
            return new BareLayout();
        }
    }

    @Override
    protected Component initContent() {
        return (Component) frame;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        frame.showRouterLayoutContent(content);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        frame.removeRouterLayoutContent(oldContent);
    }
}
