package io.lyceum.base.ui.chart;

import java.util.List;

/**
 * A horizontal bar chart as an SVG document: one labelled bar per datum (a link when the datum has
 * one), its value written at its end, gridlines at quarters of the scale.
 */
public final class SvgBarChart {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 10;

    private SvgBarChart() {}

    /**
     * @param max the value of a full bar; 0 or less: the largest value, rounded up
     */
    public static String render(String id, String title, String description, List<Datum> bars, double max) {
        double scale = max > 0
                ? max
                : SvgText.ceiling(bars.stream().mapToDouble(Datum::value).max().orElse(0));
        int height = Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP + 20;
        int plot = WIDTH - LABEL_WIDTH - 70;
        var svg = new StringBuilder();
        SvgText.open(svg, id, title, description, WIDTH, height, bars.stream().anyMatch(bar -> bar.href() != null));
        for (int quarter = 0; quarter <= 4; quarter++) {
            double x = LABEL_WIDTH + plot * quarter / 4.0;
            svg.append("<line class=\"chart-grid\" x1=\"")
                    .append(SvgText.number(x))
                    .append("\" x2=\"")
                    .append(SvgText.number(x))
                    .append("\" y1=\"0\" y2=\"")
                    .append(height - 20)
                    .append("\"/>");
        }
        int y = GAP;
        for (Datum bar : bars) {
            double length = scale <= 0 ? 0 : plot * Math.min(1, bar.value() / scale);
            String label = SvgText.escape(bar.label());
            String shown = SvgText.escape(bar.shown());
            if (bar.href() != null) {
                // Named by the texts it holds (label and value), as it reads on screen.
                svg.append("<a href=\"").append(SvgText.escape(bar.href())).append("\">");
            }
            svg.append("<g class=\"chart-bar\" aria-label=\"")
                    .append(label)
                    .append(": ")
                    .append(shown)
                    .append("\" data-value=\"")
                    .append(SvgText.number(bar.value()))
                    .append("\">");
            svg.append("<text class=\"chart-label\" x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + BAR_HEIGHT * 0.7)
                    .append("\" text-anchor=\"end\">")
                    .append(label(bar.label()))
                    .append("</text>");
            svg.append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(SvgText.number(length))
                    .append("\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" rx=\"3\"/>");
            svg.append("<text class=\"chart-value\" x=\"")
                    .append(SvgText.number(LABEL_WIDTH + length + 6))
                    .append("\" y=\"")
                    .append(y + BAR_HEIGHT * 0.7)
                    .append("\">")
                    .append(shown)
                    .append("</text>");
            svg.append("</g>");
            if (bar.href() != null) {
                svg.append("</a>");
            }
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** A label that fits beside its bar: long titles are shortened (the data table has them whole). */
    private static String label(String text) {
        return SvgText.escape(text.length() <= 28 ? text : text.substring(0, 27) + "…");
    }
}
