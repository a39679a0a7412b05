package io.lyceum.grading;

/** A rubric to edit: its content, the version an edit saves against, and how many assignments use it. */
public record RubricDetails(long id, long courseId, String title, RubricSpec spec, long version, long usedBy) {

    public RubricForm form() {
        return RubricForm.of(title, spec);
    }
}
