package io.lyceum.platform;

import org.jspecify.annotations.Nullable;

/**
 * How much of one limited thing an organization uses, against its plan's limit, in the unit the
 * plan states (courses, students, instructors, MB of files); no limit means unlimited.
 */
public record PlanUsage(
        PlanAction action, long used, @Nullable Integer limit) {

    /** Used over limit, 0 to 1 (more than 1 when a downgrade left more than the plan allows). */
    public double share() {
        return limit == null || limit == 0 ? 0 : (double) used / limit;
    }
}
