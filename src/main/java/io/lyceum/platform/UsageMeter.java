package io.lyceum.platform;

import java.util.function.LongSupplier;

/**
 * Counts what an organization already uses of one limited thing, inside its own schema. The module
 * that owns the thing declares one as a bean, with a count that runs in a read-only transaction of
 * its own (courses count courses); only {@link PlanPolicy} reads it.
 */
public final class UsageMeter {

    private final PlanAction action;
    private final LongSupplier count;

    private UsageMeter(PlanAction action, LongSupplier count) {
        this.action = action;
        this.count = count;
    }

    /** A meter for the plan's limit on {@code action}; {@code count} is asked at every check. */
    public static UsageMeter of(PlanAction action, LongSupplier count) {
        return new UsageMeter(action, count);
    }

    PlanAction action() {
        return action;
    }

    long usage() {
        return count.getAsLong();
    }
}
