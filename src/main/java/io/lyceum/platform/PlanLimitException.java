package io.lyceum.platform;

/** A service refused an action because the organization's plan does not allow it. */
public class PlanLimitException extends RuntimeException {

    PlanLimitException(String reason) {
        super(reason);
    }
}
