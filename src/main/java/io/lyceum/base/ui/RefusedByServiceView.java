package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service's role check refused the person while a page was being made (the page let them in, the
 * service did not): the no-access page with 403, not a server error.
 */
@ParentLayout(ErrorLayout.class)
@PageTitle(NoAccessView.HEADING)
@AnonymousAllowed
class RefusedByServiceView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final ErrorPages pages;

    RefusedByServiceView(ErrorPages pages) {
        this.pages = pages;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return NoAccessView.show(this, pages);
    }
}
