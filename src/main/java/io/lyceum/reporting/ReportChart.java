package io.lyceum.reporting;

/** The charts of the reports page; their key names their messages and CSV files. */
public enum ReportChart {
    ENROLLMENTS("enrollments"),
    COMPLETION("completion"),
    ACTIVE_LEARNERS("active-learners"),
    QUIZ_SCORES("quiz-scores"),
    COMPLIANCE("compliance"),
    EXPIRING("expiring");

    private final String key;

    ReportChart(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
