package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far someone is, as a ring with the percentage inside; a progress bar to assistive technology. */
public class ProgressRing extends Div {

    public ProgressRing(BigDecimal percent, String label) {
        int whole = percent.setScale(0, RoundingMode.DOWN)
                .max(BigDecimal.ZERO)
                .min(BigDecimal.valueOf(100))
                .intValue();
        addClassName("progress-ring");
        getStyle().set("--progress", String.valueOf(whole));
        getElement().setAttribute("role", "progressbar");
        getElement().setAttribute("aria-valuemin", "0");
        getElement().setAttribute("aria-valuemax", "100");
        getElement().setAttribute("aria-valuenow", String.valueOf(whole));
        getElement().setAttribute("aria-label", label);
        var value = new Span(whole + " %");
        value.getElement().setAttribute("aria-hidden", "true");
        add(value);
    }
}
