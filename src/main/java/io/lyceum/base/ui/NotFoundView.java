package io.lyceum.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No page at this address: an unknown address, a page of another audience (an organization's page on
 * the base domain), or an id that is unknown here or another organization's. The same page for all of
 * them, never the reason the router was given (it can name the id), so nothing tells them apart.
 */
@ParentLayout(ErrorLayout.class)
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private final ErrorPages pages;

    NotFoundView(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this, pages);
    }

    /** The not-found page, also for an id a service does not know here ({@link NoSuchItemView}). */
    static int show(ErrorPage page, ErrorPages pages) {
        page.show("error.not-found", pages.home(page));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
