package io.lyceum.course;

public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
