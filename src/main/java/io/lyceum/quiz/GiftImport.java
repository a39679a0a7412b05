package io.lyceum.quiz;

import java.util.List;

/** What a GIFT text contained: the good questions and a problem for each broken one, both in text order. */
public record GiftImport(List<ImportedQuestion> questions, List<GiftProblem> problems) {

    public GiftImport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
