package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opened a page their roles do not allow (a student at {@code /admin}): Vaadin's
 * access control refused it before the page was made, so nothing of it is shown. Visitors who are not
 * signed in are sent to the sign-in instead. Whether a page is refused depends on the roles and the
 * address only, never on data: an id that is not the person's to see is "not found".
 */
@ParentLayout(ErrorLayout.class)
@PageTitle(NoAccessView.HEADING)
@AnonymousAllowed
class NoAccessView extends Main implements HasErrorParameter<AccessDeniedException> {

    static final String HEADING = "No access";
    static final String WHAT_HAPPENED = "Your account does not give you access to this page.";

    private final ErrorPages pages;

    NoAccessView(ErrorPages pages) {
        this.pages = pages;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(this, pages);
    }

    /** The no-access page, also when a service refused the person ({@link RefusedByServiceView}). */
    static int show(Main page, ErrorPages pages) {
        ErrorPages.show(page, HEADING, WHAT_HAPPENED, pages.home());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
