package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.lyceum.base.NoSuchItemException;

/**
 * A page asked a service for an id it does not know here (unknown, another organization's, not this
 * person's): exactly the not-found page, with 404, whichever of those it was.
 */
@ParentLayout(ErrorLayout.class)
@PageTitle(NotFoundView.HEADING)
@AnonymousAllowed
class NoSuchItemView extends Main implements HasErrorParameter<NoSuchItemException> {

    private final ErrorPages pages;

    NoSuchItemView(ErrorPages pages) {
        this.pages = pages;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchItemException> parameter) {
        return NotFoundView.show(this, pages);
    }
}
