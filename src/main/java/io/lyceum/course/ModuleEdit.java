package io.lyceum.course;

/** A module as its editor loads it: its content and the version the editor saves against. */
public record ModuleEdit(long id, long courseId, long version, ModuleForm form) {

    public static final int BODY_MAX_LENGTH = ModuleForm.BODY_MAX_LENGTH;
}
