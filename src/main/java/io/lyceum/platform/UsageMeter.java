package io.lyceum.platform;

/**
 * Counts what an organization already uses of one limited thing, inside its own schema.
 * Implemented by the module that owns the thing (courses count courses).
 */
public interface UsageMeter {

    PlanAction action();

    long usage();
}
