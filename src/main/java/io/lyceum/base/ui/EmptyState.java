package io.lyceum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a page shows when it has nothing yet: a picture of what goes here, what this place is for
 * and the one thing to do next.
 */
public class EmptyState extends Div {

    private final Div art = new Div();

    public EmptyState(String title, String explanation, Component... actions) {
        addClassName("empty-state");
        art.addClassName("empty-state-art");
        // Decoration: the title says it all to a screen reader.
        art.getElement().setAttribute("aria-hidden", "true");
        icon(VaadinIcon.LIGHTBULB);
        var buttons = new Div(actions);
        buttons.addClassName("empty-state-actions");
        add(art, new H2(title), new Paragraph(explanation), buttons);
    }

    /** The picture: an icon of the things that will be here (courses, people, certificates). */
    public EmptyState icon(VaadinIcon icon) {
        art.removeAll();
        art.add(icon.create());
        return this;
    }
}
