package io.lyceum.grading;

import java.math.BigDecimal;

/** A rubric in its course's list: how big it is and how many assignments grade with it. */
public record RubricSummary(long id, String title, int criteria, BigDecimal maxPoints, long usedBy) {}
