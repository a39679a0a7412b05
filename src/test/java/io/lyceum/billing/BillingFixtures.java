package io.lyceum.billing;

import org.springframework.jdbc.core.JdbcTemplate;

/** Plans on sale at the stub's prices, as staff would set them in the console. */
public final class BillingFixtures {

    private BillingFixtures() {}

    public static void sellPlans(JdbcTemplate jdbc) {
        jdbc.update(
                "update platform.plan set stripe_monthly_price = ?, stripe_yearly_price = ? where code = 'PRO'",
                StripeStub.PRO_MONTHLY,
                StripeStub.PRO_YEARLY);
        jdbc.update(
                "update platform.plan set stripe_monthly_price = ? where code = 'STARTER'", StripeStub.STARTER_MONTHLY);
    }
}
