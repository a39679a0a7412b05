package io.lyceum.reporting;

/** The period a report covers, ending today, and the step of its time series. */
public enum ReportRange {
    LAST_30_DAYS(30, "week"),
    LAST_90_DAYS(90, "week"),
    LAST_365_DAYS(365, "month");

    private final int days;
    private final String step;

    ReportRange(int days, String step) {
        this.days = days;
        this.step = step;
    }

    public int days() {
        return days;
    }

    /** {@code week} or {@code month}: PostgreSQL's {@code date_trunc} field. */
    public String step() {
        return step;
    }
}
