package io.lyceum.compliance;

import org.jspecify.annotations.Nullable;

/** A published course an admin may require, with the months its certificates are valid, if they expire. */
public record CourseOption(long id, String title, @Nullable Integer certificateValidityMonths) {}
