package io.lyceum.learning;

import io.lyceum.quiz.QuestionSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt's score in percent of the quiz's points: the questions scored on submission, plus the
 * points a person gave the answers they marked. An answer waiting for a person counts 0 until it is
 * marked; a question marked by a person that was left blank earns 0 and waits for nobody.
 *
 * @param waiting the indexes of the answers a person has yet to mark, in question order
 */
record AttemptScore(BigDecimal percent, List<Integer> waiting) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<Integer, List<String>>> ANSWERS = new TypeReference<>() {};

    AttemptScore {
        waiting = List.copyOf(waiting);
    }

    boolean pendingReview() {
        return !waiting.isEmpty();
    }

    boolean passes(int passingScore) {
        return percent.compareTo(BigDecimal.valueOf(passingScore)) >= 0;
    }

    /** Scores answers (by question index) against the quiz's questions, with the marks given (by index). */
    static AttemptScore of(
            List<QuestionSpec> specs, Map<Integer, List<String>> answers, Map<Integer, BigDecimal> marks) {
        int total = specs.stream().mapToInt(QuestionSpec::points).sum();
        double earned = 0;
        var waiting = new ArrayList<Integer>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            List<String> given = answers.getOrDefault(i, List.of());
            if (!spec.markedByPerson()) {
                earned += spec.points() * spec.score(given);
            } else if (answered(given)) {
                BigDecimal mark = marks.get(i);
                if (mark == null) {
                    waiting.add(i);
                } else {
                    // A question whose points were lowered after the marking gives no more than it is worth.
                    earned += Math.min(mark.doubleValue(), spec.points());
                }
            }
        }
        var percent = total == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100.0 * earned / total).setScale(2, RoundingMode.HALF_UP);
        return new AttemptScore(percent, waiting);
    }

    /** The characters that alone make an answer blank: the same set as {@link AnswerReviews}' SQL trims. */
    static final String BLANKS = " \t\n\u000B\f\r";

    /** Whether a response has anything in it for a person to mark. */
    static boolean answered(List<String> given) {
        return given.stream().anyMatch(answer -> answer.chars().anyMatch(c -> BLANKS.indexOf(c) < 0));
    }

    /** The answers as stored; anything but an object of answers (none were given) reads as no answers. */
    static Map<Integer, List<String>> answers(String json) {
        return json.strip().startsWith("{") ? JSON.readValue(json, ANSWERS) : Map.of();
    }

    static String json(Map<Integer, List<String>> answers) {
        return JSON.writeValueAsString(answers);
    }
}
