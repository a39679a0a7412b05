package io.lyceum.base.ui.chart;

import java.util.Locale;

/** Writing SVG by hand: every text and attribute value escaped, numbers in one format. */
final class SvgText {

    private SvgText() {}

    /** Escapes text for an XML element's content or a quoted attribute value. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0; drop them.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The opening of an accessible chart, named by its title, described by its description: an image,
     * or — when its bars are links to drill down — a group, since an image's contents are hidden from
     * assistive technology and links inside it could not be reached (axe: nested-interactive).
     */
    static void open(
            StringBuilder svg, String id, String title, String description, int width, int height, boolean links) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "-");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"")
                .append(links ? "group" : "img")
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(safeId)
                .append("-title ")
                .append(safeId)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(safeId)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(safeId)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /** A round upper bound for the axis, at least the largest value (and 1). */
    static double ceiling(double max) {
        if (max <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
