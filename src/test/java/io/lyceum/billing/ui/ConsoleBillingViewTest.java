package io.lyceum.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.billing.BillingConsole;
import io.lyceum.billing.BillingConsole.AccountRow;
import io.lyceum.billing.BillingConsole.EventRow;
import io.lyceum.billing.BillingFixtures;
import io.lyceum.billing.StripeBilling;
import io.lyceum.billing.StripeStub;
import io.lyceum.tenancy.Tenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Staff see what each organization pays and the webhook events Stripe delivered, and re-run one. */
@StripeBilling
class ConsoleBillingViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BillingConsole console;

    @BeforeEach
    void prices() {
        BillingFixtures.sellPlans(jdbc);
    }

    private Tenant paying(String prefix, String plan, String interval, int amountCents, String customer) {
        Tenant org = organizations.create(prefix, plan);
        jdbc.update("""
                insert into platform.billing_account (organization_id, stripe_customer, stripe_subscription, status,
                    plan_code, billing_interval, amount_cents, updated_at)
                values (?, ?, ?, 'ACTIVE', ?, ?, ?, now())""", org.id(), customer, "sub_" + UUID.randomUUID(), plan, interval, amountCents);
        return org;
    }

    private AccountRow row(ConsoleBillingView page, Tenant org) {
        return page.accounts
                .getGenericDataView()
                .getItems()
                .filter(row -> row.organizationId() == org.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void each_organizations_plan_status_and_monthly_revenue_with_yearly_prices_at_a_twelfth() {
        Tenant monthly = paying("consolemonthly", "PRO", "MONTH", 9900, "cus_" + UUID.randomUUID());
        Tenant yearly = paying("consoleyearly", "PRO", "YEAR", 99000, "cus_" + UUID.randomUUID());
        openOn(null);
        signInAsStaff();

        navigate("console/billing");
        var page = _get(ConsoleBillingView.class);

        assertThat(row(page, monthly).monthlyRevenueCents()).isEqualTo(9900);
        assertThat(row(page, yearly).monthlyRevenueCents()).isEqualTo(8250);
        assertThat(row(page, yearly).plan()).isEqualTo("Pro");
        assertThat(page.summary.getText())
                .startsWith("Monthly recurring revenue: $")
                .contains(String.format(
                        java.util.Locale.US,
                        "%,.2f",
                        console.accounts().stream()
                                        .mapToLong(AccountRow::monthlyRevenueCents)
                                        .sum()
                                / 100.0));
    }

    @Test
    void a_failed_event_is_shown_for_its_organization_and_re_running_it_applies_the_subscription() {
        String customer = "cus_" + UUID.randomUUID().toString().replace("-", "");
        String subscription = "sub_" + UUID.randomUUID().toString().replace("-", "");
        Tenant org = organizations.create("consolererun", "FREE");
        Tenant other = organizations.create("consolererunother", "FREE");
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, updated_at) values (?, ?, now())",
                org.id(),
                customer);
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, updated_at) values (?, ?, now())",
                other.id(),
                customer + "_other");
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String payload = StripeStub.event(
                eventId,
                "customer.subscription.updated",
                StripeStub.subscription(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month"));
        jdbc.update("""
                insert into platform.stripe_event (id, type, organization_id, received_at, outcome, detail, payload)
                values (?, 'customer.subscription.updated', ?, now(), 'FAILED', 'Stripe did not answer', ?)""", eventId, org.id(), payload);
        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        openOn(null);
        signInAsStaff();
        navigate("console/billing");
        var page = _get(ConsoleBillingView.class);

        page.accounts.select(row(page, org));
        assertThat(page.eventsTitle.getText()).isEqualTo("Latest webhook events of " + org.name());
        EventRow failed =
                page.events.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(failed.id()).isEqualTo(eventId);
        assertThat(failed.outcome()).isEqualTo("FAILED");
        page.accounts.select(row(page, other));
        assertThat(page.events.getGenericDataView().getItems())
                .noneMatch(event -> event.id().equals(eventId));

        page.rerun(failed);

        assertThat(organizations.reload(org.slug()).planCode()).isEqualTo("PRO");
        assertThat(organizations.reload(other.slug()).planCode()).isEqualTo("FREE");
        assertThat(jdbc.queryForObject("select outcome from platform.stripe_event where id = ?", String.class, eventId))
                .isEqualTo("APPLIED");
    }

    @Test
    void an_organizations_admin_cannot_read_the_platforms_billing() {
        Tenant org = organizations.create("consolebillingadmin", "FREE");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        assertThatThrownBy(() -> console.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> console.rerun("evt_x")).isInstanceOf(AccessDeniedException.class);
    }
}
