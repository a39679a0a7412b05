package io.lyceum.base.validation;

import java.util.regex.Pattern;

/**
 * WCAG 2 contrast between two colours ({@code #rrggbb}): (L1 + 0.05) / (L2 + 0.05) of their relative
 * luminances, from 1 (the same) to 21 (black on white). Text needs at least {@link #AA_TEXT} (AA).
 */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double AA_TEXT = 4.5;

    public static final String WHITE = "#ffffff";

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Contrast() {}

    public static boolean isColour(String value) {
        return COLOUR.matcher(value).matches();
    }

    public static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The ratio as people read it: rounded down to one decimal, so that 4.48 is never shown as 4.5. */
    public static double shown(double ratio) {
        return Math.floor(ratio * 10) / 10;
    }

    static double luminance(String colour) {
        if (!isColour(colour)) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
        }
        return 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
    }

    private static double channel(String colour, int at) {
        double value = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
