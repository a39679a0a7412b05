package io.lyceum.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organizations whose payment failed keep their plan for the grace period; then they fall to Free,
 * even when Stripe sends nothing more. Platform data only (no organization is bound while it runs);
 * every node may run it: moving an organization that is already on Free changes nothing.
 */
@Component
class GracePeriodSweep {

    private static final Logger log = LoggerFactory.getLogger(GracePeriodSweep.class);

    private final BillingProperties properties;
    private final BillingAccountRepository accounts;
    private final StripeWebhooks webhooks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GracePeriodSweep(
            BillingProperties properties,
            BillingAccountRepository accounts,
            StripeWebhooks webhooks,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${lyceum.billing.sweep-delay:PT1M}",
            fixedDelayString = "${lyceum.billing.sweep-interval:PT15M}")
    void scheduled() {
        if (properties.enabled()) {
            sweep();
        }
    }

    /** Moves every organization past its grace period to Free; how many moved. */
    int sweep() {
        Instant now = clock.instant();
        var changes = transaction.execute(status -> {
            var moved = new ArrayList<StripeWebhooks.Change>();
            for (BillingAccount account : accounts.findPastDueSince(now.minus(properties.gracePeriod()))) {
                var change = webhooks.decide(account, now);
                if (change != null && change.planChanged()) {
                    webhooks.publish(change);
                    moved.add(change);
                }
            }
            return moved;
        });
        if (changes == null) {
            return 0;
        }
        changes.forEach(change -> {
            log.info(
                    "Organization {} fell to Free: its payment failed and the grace period is over",
                    change.organization().slug());
            webhooks.afterCommit(change);
        });
        return changes.size();
    }
}
