package io.lyceum.learning;

public enum EnrollmentStatus {
    ACTIVE,
    COMPLETED,
    WITHDRAWN
}
