package io.lyceum.base.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * The widths a dialog comes in, so that dialogs of the same kind are the same size on every page
 * and none is wider than a phone: a short form (invite someone), a form with rich text (a course),
 * a report with a table (an import).
 */
public enum DialogWidth {
    NARROW("min(36rem, 95vw)"),
    MEDIUM("min(44rem, 95vw)"),
    WIDE("min(56rem, 95vw)");

    private final String css;

    DialogWidth(String css) {
        this.css = css;
    }

    public void apply(Dialog dialog) {
        dialog.setWidth(css);
    }
}
