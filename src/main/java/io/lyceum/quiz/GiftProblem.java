package io.lyceum.quiz;

/** A question of a GIFT text that could not be imported: where it starts and why, for the instructor. */
public record GiftProblem(int line, String message) {
}
