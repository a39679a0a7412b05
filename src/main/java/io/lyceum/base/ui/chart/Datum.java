package io.lyceum.base.ui.chart;

import org.jspecify.annotations.Nullable;

/**
 * One bar or point: its label, its value, the value as people read it ("75 %", "12"), and where a
 * click on it leads (the people behind the figure), if anywhere.
 */
public record Datum(
        String label, double value, String shown, @Nullable String href) {

    public Datum {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("A chart's value is a finite number of at least 0: " + value);
        }
    }
}
