package io.lyceum.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.lyceum.billing.StripeStub.STRIPE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.base.i18n.Moments;
import io.lyceum.billing.BillingFixtures;
import io.lyceum.billing.StripeBilling;
import io.lyceum.billing.StripeStub;
import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The billing page with billing on, for each state a subscription can be in. */
@StripeBilling
class BillingPageTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void prices() {
        BillingFixtures.sellPlans(jdbc);
        STRIPE.stubFor(
                WireMock.post(WireMock.urlPathEqualTo("/v1/checkout/sessions"))
                        .willReturn(
                                StripeStub.json(
                                        "{\"id\":\"cs_test_page\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/cs_test_page\"}")));
        STRIPE.stubFor(WireMock.get(WireMock.urlPathEqualTo("/v1/invoices")).willReturn(StripeStub.json("""
                        {"object":"list","has_more":false,"url":"/v1/invoices","data":[
                        {"id":"in_p","object":"invoice","number":"LYC-0042","created":1764547200,"total":9900,
                         "currency":"usd","status":"paid","invoice_pdf":"https://pay.stripe.com/invoice/p/pdf"}]}""")));
    }

    /** An organization on {@code plan} whose subscription Stripe reports as {@code status}. */
    private Tenant orgWith(String prefix, String plan, String status, String pastDueSince) {
        Tenant org = organizations.create(prefix, plan);
        if (status != null) {
            jdbc.update(
                    """
                    insert into platform.billing_account (organization_id, stripe_customer, stripe_subscription, status,
                        plan_code, billing_interval, amount_cents, current_period_end, past_due_since, updated_at)
                    values (?, ?, ?, ?, 'PRO', 'MONTH', 9900, timestamptz '2027-01-01 12:00:00+00', %s, now())""".formatted(pastDueSince == null ? "null" : pastDueSince),
                    org.id(),
                    "cus_" + UUID.randomUUID(),
                    "sub_" + UUID.randomUUID(),
                    status);
        }
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        return org;
    }

    private String text(BillingView page) {
        return page.getElement().getTextRecursively();
    }

    private String pendingLocation() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .filter(parameter -> parameter.startsWith("https://"))
                .findFirst()
                .orElse("");
    }

    @Test
    void without_a_subscription_upgrade_leads_to_the_checkout_page_stripe_returned() {
        String customer = "cus_" + UUID.randomUUID().toString().replace("-", "");
        StripeStub.customerCreated(customer);
        orgWith("pagenone", "FREE", null, null);
        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(page.billingOff.isAttached()).isFalse();
        assertThat(page.subscription.getText()).startsWith("No subscription: the organization is on the Free plan.");
        assertThat(page.manage.isVisible()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Upgrade to Pro")));

        assertThat(pendingLocation()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_page");
        STRIPE.verify(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/v1/checkout/sessions"))
                .withFormParam("customer", WireMock.equalTo(customer)));
    }

    @Test
    void an_active_subscription_shows_its_renewal_the_portal_and_the_invoices() {
        orgWith("pageactive", "PRO", "ACTIVE", null);
        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(page.subscription.getText())
                .isEqualTo("Active: the Pro plan, paid monthly. It renews on 1 Jan 2027.");
        assertThat(page.manage.isVisible()).isTrue();
        assertThat(page.invoices.getGenericDataView().getItems().toList()).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Switch to Starter")))
                .hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("past-due-notice")))
                .isEmpty();
    }

    @Test
    void past_due_shows_until_when_the_plan_holds_with_a_banner_on_every_page() {
        Instant failed = Instant.now().minus(Duration.ofDays(3));
        orgWith("pagepastdue", "PRO", "PAST_DUE", "timestamptz '" + failed + "'");
        String holds = new Moments(Locale.ENGLISH, ZoneOffset.UTC).date(failed.plus(Duration.ofDays(7)));
        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(page.subscription.getText())
                .isEqualTo("The last payment failed. The Pro plan holds until " + holds
                        + "; then the organization moves to Free. Update the payment method to keep it.");
        navigate("teach/courses");
        assertThat(_get(Div.class, spec -> spec.withClasses("past-due-notice"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("The organization's last payment failed. The Pro plan holds until " + holds);
    }

    @Test
    void once_the_grace_period_is_over_the_banner_goes_and_the_page_says_the_organization_is_on_free() {
        Instant failed = Instant.now().minus(Duration.ofDays(9));
        orgWith("pagegraceover", "FREE", "PAST_DUE", "timestamptz '" + failed + "'");
        String ended = new Moments(Locale.ENGLISH, ZoneOffset.UTC).date(failed.plus(Duration.ofDays(7)));
        navigate("admin/billing");
        assertThat(_get(BillingView.class).subscription.getText())
                .startsWith("The last payment failed and the grace period ended on " + ended
                        + ": the organization is on the Free plan.");
        assertThat(_find(Div.class, spec -> spec.withClasses("past-due-notice")))
                .isEmpty();
    }

    @Test
    void a_cancelled_subscription_says_the_organization_is_on_free_and_students_never_see_the_banner() {
        orgWith("pagecanceled", "FREE", "CANCELED", null);
        navigate("admin/billing");
        assertThat(_get(BillingView.class).subscription.getText())
                .isEqualTo("The subscription was cancelled: the organization is on the Free plan.");
        assertThat(text(_get(BillingView.class))).contains("Upgrade to Pro");
    }

    @Test
    void yearly_prices_and_only_the_plans_sold_yearly_can_be_bought_so() {
        orgWith("pageyearly", "FREE", null, null);
        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Upgrade to Starter")))
                .hasSize(1);

        page.interval.setValue(io.lyceum.platform.BillingInterval.YEAR);

        assertThat(page.plans.getElement().getTextRecursively()).contains("$990 per year");
        assertThat(_find(Button.class, spec -> spec.withText("Upgrade to Starter")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Upgrade to Pro"))).hasSize(1);
    }

    @Test
    void before_switching_to_a_smaller_plan_the_admin_sees_exactly_what_would_be_over_its_limits() {
        Tenant org = orgWith("pagedowngrade", "PRO", "ACTIVE", null);
        for (int i = 0; i < 6; i++) {
            organizations.addUser(
                    org, "teacher" + i + "@example.com", "teach-them-all-42", io.lyceum.identity.Role.INSTRUCTOR);
        }
        navigate("admin/billing");
        var page = _get(BillingView.class);

        assertThat(page.usage.getElement().getTextRecursively()).contains("Instructors6 of 25");
        _click(_get(Button.class, spec -> spec.withText("Switch to Starter")));

        assertThat(page.overLimit.getElement().getTextRecursively())
                .contains("on the Starter plan the organization would be over these limits")
                .contains("Instructors: 6, the Starter plan allows 5")
                .doesNotContain("Courses:");
        assertThat(pendingLocation())
                .as("nothing happens before the admin confirms")
                .isEmpty();
    }
}
