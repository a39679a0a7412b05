package io.lyceum.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The letters an avatar shows for a name: at most two, so that they fit its circle. Vaadin's
 * {@code Avatar} would take the first character of every word ("Quiet Garden 42" → "QG4"), so the
 * shell sets this abbreviation itself.
 */
public final class Initials {

    private Initials() {}

    /**
     * The first letters of the first and the last word that start with a letter ("Ada Lovelace" →
     * "AL", "Mary Ann Smith" → "MS", "Quiet Garden 42" → "QG"), one letter for one such word
     * ("Acme" → "A"); for a name without letters, its first character. Upper case.
     */
    public static String of(String name) {
        List<String> words = Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .toList();
        String initials;
        if (words.isEmpty()) {
            String stripped = name.strip();
            initials = stripped.isEmpty() ? "" : first(stripped);
        } else if (words.size() == 1) {
            initials = first(words.getFirst());
        } else {
            initials = first(words.getFirst()) + first(words.getLast());
        }
        return initials.toUpperCase(Locale.ROOT);
    }

    private static String first(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
