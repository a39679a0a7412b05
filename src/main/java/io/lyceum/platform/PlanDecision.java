package io.lyceum.platform;

import io.lyceum.base.validation.ConstraintMessages;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Whether the plan allows an action and, if not, why, in words to show next to the refused button. */
public record PlanDecision(boolean allowed, @Nullable String reason) {

    static PlanDecision allow() {
        return new PlanDecision(true, null);
    }

    static PlanDecision deny(String reason) {
        return new PlanDecision(false, reason);
    }

    public Optional<String> denial() {
        return Optional.ofNullable(reason);
    }

    /** For services: refuse with the same reason the UI showed. */
    public void orThrow() {
        if (!allowed) {
            throw new PlanLimitException(reason == null ? ConstraintMessages.get("plan.not-allowed") : reason);
        }
    }
}
