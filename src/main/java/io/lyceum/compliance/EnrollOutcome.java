package io.lyceum.compliance;

import java.util.List;

/** What enrolling an assignment's people did: how many were enrolled now, and each refusal. */
public record EnrollOutcome(int enrolled, List<Refusal> refused) {

    /** A person who could not be enrolled, and the reason (the plan's student limit). */
    public record Refusal(long userId, String name, String reason) {}
}
