package io.lyceum.compliance;

/** Whom a course is required of: every active member, the members holding a role, or a cohort. */
public enum Audience {
    EVERYONE,
    ROLE,
    COHORT
}
