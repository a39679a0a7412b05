package io.lyceum.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BillingAccountRepository extends JpaRepository<BillingAccount, Long> {

    Optional<BillingAccount> findByStripeCustomer(String stripeCustomer);

    /** Past due since before {@code cutoff}: the grace period is over. */
    @Query("select a from BillingAccount a where a.status = io.lyceum.billing.SubscriptionStatus.PAST_DUE"
            + " and a.pastDueSince < :cutoff")
    List<BillingAccount> findPastDueSince(Instant cutoff);
}
