package io.lyceum.notification;

import io.lyceum.platform.PlanDecision;
import org.jspecify.annotations.Nullable;

/**
 * The sender-domain page's state.
 *
 * @param configured whether this installation can keep DKIM keys ({@code lyceum.mail.domain-key})
 * @param plan whether the organization's plan includes its own sender domain, and if not why
 * @param domain the organization's domain, if it added one
 */
public record SenderDomainOverview(
        boolean configured, PlanDecision plan, @Nullable SenderDomainDetails domain) {

    /** Whether the page may offer to add a domain. */
    public boolean canAdd() {
        return configured && plan.allowed() && domain == null;
    }
}
