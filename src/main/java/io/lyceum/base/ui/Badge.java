package io.lyceum.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Locale;

/**
 * A short status in a pill, coloured by what it means: done or valid (success), refused or revoked
 * (error), a state to notice (primary), a state that no longer counts (contrast), anything else
 * (neutral). The one badge of every page, styled by {@code .badge} in the theme.
 */
public class Badge extends Span {

    public enum Tone {
        NEUTRAL,
        PRIMARY,
        SUCCESS,
        ERROR,
        CONTRAST
    }

    public Badge(String text, Tone tone) {
        super(text);
        addClassName("badge");
        setTone(tone);
    }

    public Badge() {
        this("", Tone.NEUTRAL);
    }

    public final void setTone(Tone tone) {
        Arrays.stream(Tone.values()).map(Badge::className).forEach(this::removeClassName);
        if (tone != Tone.NEUTRAL) {
            addClassName(className(tone));
        }
    }

    private static String className(Tone tone) {
        return tone.name().toLowerCase(Locale.ROOT);
    }
}
