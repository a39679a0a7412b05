package io.lyceum.compliance;

/** Where one person stands with one required course, most urgent first. */
public enum TrainingStatus {
    OVERDUE,
    DUE_SOON,
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
