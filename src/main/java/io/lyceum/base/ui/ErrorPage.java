package io.lyceum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The shape of every error page, in the reader's language: a heading (also the page's title), one
 * sentence saying what happened, any detail (a reference), one way on. {@code key} names both
 * messages: {@code key.title} and {@code key.text}.
 */
public abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String title = "";

    protected ErrorPage() {
        addClassNames("page", "error-page");
    }

    /** Fills the page from the messages of {@code key}; {@code arguments} go into both. */
    protected void show(String key, Anchor action, Component[] details, Object... arguments) {
        showTexts(getTranslation(key + ".title", arguments), getTranslation(key + ".text", arguments), action, details);
    }

    /** Fills the page with texts already in the reader's language. */
    protected void showTexts(String heading, String whatHappened, Anchor action, Component... details) {
        title = heading;
        removeAll();
        add(new H1(heading), new Paragraph(whatHappened));
        add(details);
        add(action);
    }

    protected void show(String key, Anchor action) {
        show(key, action, new Component[0]);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
