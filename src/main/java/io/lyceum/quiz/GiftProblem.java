package io.lyceum.quiz;

/**
 * A question of a GIFT text that could not be imported: the 1-based line it starts on and why, in words for the
 * instructor, such as "Line 12: the choice question has no correct answer (=)".
 */
public record GiftProblem(int line, String message) {

    public GiftProblem {
        if (line < 1) {
            throw new IllegalArgumentException("Lines are counted from 1");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("A problem needs a message");
        }
    }
}
