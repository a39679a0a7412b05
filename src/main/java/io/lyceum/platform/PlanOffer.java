package io.lyceum.platform;

import java.util.Map;
import java.util.Optional;

/** A plan as an organization compares it: name, monthly price and what it allows. */
public record PlanOffer(String code, String name, int monthlyPriceCents, Map<PlanAction, Integer> limits) {

    public PlanOffer {
        limits = Map.copyOf(limits);
    }

    /** The plan's limit on {@code action}; empty when unlimited. */
    public Optional<Integer> limit(PlanAction action) {
        return Optional.ofNullable(limits.get(action));
    }
}
