package io.lyceum.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** A page's title and one line saying what the page is for. */
public class PageHeader extends Header {

    public PageHeader(String title, String subtitle) {
        addClassName("page-header");
        add(new H1(title), new Paragraph(subtitle));
    }
}
