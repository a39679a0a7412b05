package io.lyceum.platform;

/** Something a plan limits. */
public enum PlanAction {
    CREATE_COURSE("courses"),
    ENROLL_STUDENT("students"),
    ADD_INSTRUCTOR("instructors");

    private final String noun;

    PlanAction(String noun) {
        this.noun = noun;
    }

    /** "1 course", "3 courses". */
    String noun(long count) {
        return count == 1 ? noun.substring(0, noun.length() - 1) : noun;
    }
}
