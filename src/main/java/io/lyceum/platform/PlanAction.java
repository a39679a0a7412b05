package io.lyceum.platform;

import io.lyceum.base.Counted;

/** Something a plan limits. */
public enum PlanAction {
    CREATE_COURSE(Counted.COURSES),
    ENROLL_STUDENT(Counted.STUDENTS),
    ADD_INSTRUCTOR(Counted.INSTRUCTORS);

    private final Counted things;

    PlanAction(Counted things) {
        this.things = things;
    }

    /** "1 course", "3 courses". */
    String count(long count) {
        return things.of(count);
    }
}
