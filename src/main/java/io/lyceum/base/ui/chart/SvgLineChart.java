package io.lyceum.base.ui.chart;

import java.util.List;

/**
 * A line chart as an SVG document: points in order (weeks, months), joined by a line, each point a
 * dot with its label and value for assistive technology; the first, middle and last labels below.
 */
public final class SvgLineChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private SvgLineChart() {}

    public static String render(String id, String title, String description, List<Datum> points) {
        double scale =
                SvgText.ceiling(points.stream().mapToDouble(Datum::value).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        var svg = new StringBuilder();
        SvgText.open(svg, id, title, description, WIDTH, HEIGHT, false);
        for (int quarter = 0; quarter <= 4; quarter++) {
            double y = TOP + plotHeight * (1 - quarter / 4.0);
            svg.append("<line class=\"chart-grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(SvgText.number(y))
                    .append("\" y2=\"")
                    .append(SvgText.number(y))
                    .append("\"/>");
            svg.append("<text class=\"chart-axis\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(SvgText.number(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(SvgText.escape(axis(scale * quarter / 4.0)))
                    .append("</text>");
        }
        var path = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Datum point = points.get(i);
            double x = LEFT + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
            double y = TOP + plotHeight * (1 - point.value() / scale);
            path.append(i == 0 ? "M" : " L")
                    .append(SvgText.number(x))
                    .append(' ')
                    .append(SvgText.number(y));
        }
        if (n > 0) {
            svg.append("<path class=\"chart-line\" fill=\"none\" d=\"")
                    .append(path)
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            Datum point = points.get(i);
            double x = LEFT + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
            double y = TOP + plotHeight * (1 - point.value() / scale);
            svg.append("<circle class=\"chart-point\" r=\"3.5\" cx=\"")
                    .append(SvgText.number(x))
                    .append("\" cy=\"")
                    .append(SvgText.number(y))
                    .append("\" aria-label=\"")
                    .append(SvgText.escape(point.label()))
                    .append(": ")
                    .append(SvgText.escape(point.shown()))
                    .append("\" data-value=\"")
                    .append(SvgText.number(point.value()))
                    .append("\"><title>")
                    .append(SvgText.escape(point.label() + ": " + point.shown()))
                    .append("</title></circle>");
            if (i == 0 || i == n - 1 || i == n / 2) {
                svg.append("<text class=\"chart-axis\" x=\"")
                        .append(SvgText.number(x))
                        .append("\" y=\"")
                        .append(HEIGHT - 14)
                        .append("\" text-anchor=\"middle\">")
                        .append(SvgText.escape(point.label()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String axis(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : SvgText.number(value);
    }
}
