package io.lyceum.platform;

/** A plan as staff edit it in the console: its form, version, whether it is retired, who is on it. */
public record PlanEntry(String code, long version, PlanForm form, boolean retired, long organizations) {

    /** A plan some organization is on cannot be deleted, only retired. */
    public boolean inUse() {
        return organizations > 0;
    }
}
