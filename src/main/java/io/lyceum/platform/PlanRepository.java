package io.lyceum.platform;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, String> {

    /** The plan sold at a Stripe price (prices are unique across plans and intervals). */
    Optional<Plan> findByStripeMonthlyPriceOrStripeYearlyPrice(String monthly, String yearly);
}
