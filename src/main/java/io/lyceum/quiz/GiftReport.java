package io.lyceum.quiz;

import java.util.List;

/** What a GIFT import did: the questions it added and each broken question by line. */
public record GiftReport(List<BankQuestion> imported, List<GiftProblem> problems) {

    public GiftReport {
        imported = List.copyOf(imported);
        problems = List.copyOf(problems);
    }
}
