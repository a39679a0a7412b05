package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No page at this address: an unknown address, a page of another audience (an organization's page on
 * the base domain), or an id that is unknown here or another organization's. The same page for all of
 * them, never the reason the router was given (it can name the id), so nothing tells them apart.
 */
@ParentLayout(ErrorLayout.class)
@PageTitle(NotFoundView.HEADING)
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    static final String HEADING = "Page not found";
    static final String WHAT_HAPPENED = "There is no page at this address.";

    private final ErrorPages pages;

    NotFoundView(ErrorPages pages) {
        this.pages = pages;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this, pages);
    }

    /** The not-found page, also for an id a service does not know here ({@link NoSuchItemView}). */
    static int show(Main page, ErrorPages pages) {
        ErrorPages.show(page, HEADING, WHAT_HAPPENED, pages.home());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
