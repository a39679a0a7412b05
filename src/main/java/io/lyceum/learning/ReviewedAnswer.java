package io.lyceum.learning;

import java.util.List;

/**
 * One question of a submitted attempt as its review shows it: whether the answer given earned the
 * points, the feedback its author wrote for the answers chosen, and the correct answers, each only
 * as far as the quiz's review setting allows (empty otherwise).
 *
 * @param index the question's index, as in {@link StudentQuestion#index()}
 */
public record ReviewedAnswer(int index, boolean correct, List<String> feedback, List<String> correctAnswers) {

    public ReviewedAnswer {
        feedback = List.copyOf(feedback);
        correctAnswers = List.copyOf(correctAnswers);
    }
}
