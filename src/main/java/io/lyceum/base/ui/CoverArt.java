package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The picture of something that has none (a course without a cover image): a pattern in a hue of
 * its own, computed from its title so it stays the same everywhere, with its initials. Decorative:
 * the title is always written next to it.
 */
public class CoverArt extends Div {

    public CoverArt(String title) {
        addClassName("cover-art");
        getElement().setAttribute("aria-hidden", "true");
        getStyle().set("--cover-hue", String.valueOf(hue(title)));
        setText(initials(title));
    }

    /** A hue from 0 to 359, the same for the same title. */
    static int hue(String title) {
        return Math.floorMod(title.strip().toLowerCase(Locale.ROOT).hashCode(), 360);
    }

    /** The first letters of the first two words: "Workplace Safety Essentials" → "WS". */
    static String initials(String title) {
        return Arrays.stream(title.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)))
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
