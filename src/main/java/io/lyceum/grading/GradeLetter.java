package io.lyceum.grading;

import java.math.BigDecimal;
import java.util.List;

/** A letter of a course's scale: given to a total at or above {@code minPercent}. */
public record GradeLetter(String letter, BigDecimal minPercent) {

    public static final int LETTER_MAX_LENGTH = 4;

    /** The scale of a course that has none of its own. */
    public static final List<GradeLetter> DEFAULT_SCALE = List.of(
            new GradeLetter("A", new BigDecimal("90")),
            new GradeLetter("B", new BigDecimal("80")),
            new GradeLetter("C", new BigDecimal("70")),
            new GradeLetter("D", new BigDecimal("60")),
            new GradeLetter("F", BigDecimal.ZERO));
}
