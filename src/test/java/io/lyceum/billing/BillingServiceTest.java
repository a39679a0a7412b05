package io.lyceum.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.lyceum.billing.StripeStub.STRIPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.platform.BillingInterval;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What Lyceum asks of Stripe's API, over real HTTP to WireMock, for an organization's admin. */
@LyceumIntegrationTest
@StripeBilling
class BillingServiceTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    BillingService billing;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void prices() {
        BillingFixtures.sellPlans(jdbc);
        STRIPE.stubFor(
                post(urlPathEqualTo("/v1/checkout/sessions"))
                        .willReturn(
                                StripeStub.json(
                                        "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/cs_test_1\"}")));
        STRIPE.stubFor(
                post(urlPathEqualTo("/v1/billing_portal/sessions"))
                        .willReturn(
                                StripeStub.json(
                                        "{\"id\":\"bps_1\",\"object\":\"billing_portal.session\",\"url\":\"https://billing.stripe.com/p/session/test_1\"}")));
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private Tenant adminOf(String prefix) {
        Tenant org = organizations.create(prefix, "FREE");
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        return org;
    }

    @Test
    void checkout_creates_the_customer_once_and_sends_price_customer_organization_and_its_own_host() {
        Tenant org = adminOf("checkout");
        String customer = "cus_" + UUID.randomUUID().toString().replace("-", "");
        StripeStub.customerCreated(customer);

        String url = billing.checkout("PRO", BillingInterval.MONTH);
        billing.checkout("STARTER", BillingInterval.MONTH);

        assertThat(url).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_1");
        STRIPE.verify(
                exactly(1),
                postRequestedFor(urlPathEqualTo("/v1/customers"))
                        .withFormParam("metadata[lyceum_organization]", equalTo(String.valueOf(org.id())))
                        .withFormParam("email", equalTo(TestOrganizations.ADMIN_EMAIL)));
        String orgHost = "http://" + org.slug() + ".lyceum.localhost:8080/admin/billing";
        STRIPE.verify(
                exactly(1),
                postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                        .withFormParam("mode", equalTo("subscription"))
                        .withFormParam("customer", equalTo(customer))
                        .withFormParam("client_reference_id", equalTo(String.valueOf(org.id())))
                        .withFormParam("line_items[0][price]", equalTo(StripeStub.PRO_MONTHLY))
                        .withFormParam("line_items[0][quantity]", equalTo("1"))
                        .withFormParam("success_url", equalTo(orgHost + "?checkout=done"))
                        .withFormParam("cancel_url", equalTo(orgHost)));
        STRIPE.verify(
                exactly(1),
                postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                        .withFormParam("customer", equalTo(customer))
                        .withFormParam("line_items[0][price]", equalTo(StripeStub.STARTER_MONTHLY)));
        assertThat(jdbc.queryForObject(
                        "select stripe_customer from platform.billing_account where organization_id = ?",
                        String.class,
                        org.id()))
                .isEqualTo(customer);
    }

    @Test
    void the_portal_and_invoices_are_the_organizations_own_customers() {
        Tenant org = adminOf("portal");
        Tenant other = organizations.create("portalother", "FREE");
        String customer = "cus_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, updated_at) values (?, ?, now())",
                org.id(),
                customer);
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, updated_at) values (?, ?, now())",
                other.id(),
                customer + "_other");
        STRIPE.stubFor(get(urlPathEqualTo("/v1/invoices"))
                .withQueryParam("customer", equalTo(customer))
                .willReturn(StripeStub.json("""
                        {"object":"list","has_more":false,"url":"/v1/invoices","data":[
                        {"id":"in_a","object":"invoice","number":"LYC-0002","created":1764547200,"total":9900,
                         "currency":"usd","status":"paid","invoice_pdf":"https://pay.stripe.com/invoice/a/pdf"},
                        {"id":"in_b","object":"invoice","number":"LYC-0001","created":1761955200,"total":9900,
                         "currency":"usd","status":"open","invoice_pdf":null}]}""")));

        assertThat(billing.portal()).isEqualTo("https://billing.stripe.com/p/session/test_1");
        var invoices = billing.invoices();

        STRIPE.verify(postRequestedFor(urlPathEqualTo("/v1/billing_portal/sessions"))
                .withFormParam("customer", equalTo(customer))
                .withFormParam("return_url", equalTo("http://" + org.slug() + ".lyceum.localhost:8080/admin/billing")));
        assertThat(invoices).extracting(Invoice::number).containsExactly("LYC-0002", "LYC-0001");
        assertThat(invoices.getFirst().totalCents()).isEqualTo(9900);
        assertThat(invoices.getFirst().currency()).isEqualTo("USD");
        assertThat(invoices.getFirst().pdfUrl()).isEqualTo("https://pay.stripe.com/invoice/a/pdf");
        assertThat(invoices.get(1).pdfUrl()).isNull();
    }

    @Test
    void a_plan_without_a_stripe_price_or_stripe_down_is_a_clear_refusal() {
        adminOf("checkoutrefused");
        assertThatThrownBy(() -> billing.checkout("ENTERPRISE", BillingInterval.MONTH))
                .isInstanceOf(BillingException.class)
                .hasMessage("This plan cannot be bought online. Ask Lyceum's staff about it.");

        STRIPE.stubFor(post(urlPathEqualTo("/v1/customers"))
                .withFormParam("metadata[lyceum_organization]", matching(".*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"unavailable\"}}")));
        try {
            assertThatThrownBy(() -> billing.checkout("PRO", BillingInterval.MONTH))
                    .isInstanceOf(BillingException.class)
                    .hasMessageStartingWith("Stripe could not be reached just now. Nothing was charged");
        } finally {
            STRIPE.resetAll();
        }
    }

    @Test
    void an_organization_that_already_pays_gets_no_second_subscription_from_a_stale_upgrade_button() {
        Tenant org = adminOf("checkouttwice");
        String customer = "cus_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, status, plan_code, updated_at)"
                        + " values (?, ?, 'ACTIVE', 'STARTER', now())",
                org.id(),
                customer);

        assertThatThrownBy(() -> billing.checkout("PRO", BillingInterval.MONTH))
                .isInstanceOf(BillingException.class)
                .hasMessage("The organization already has a subscription. Change its plan under Manage payment"
                        + " methods and invoices.");
        STRIPE.verify(
                exactly(0),
                postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withFormParam("customer", equalTo(customer)));
    }

    @Test
    void only_admins_may_start_a_checkout() {
        Tenant org = organizations.create("checkoutstudent", "FREE");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, "learner@example.com"));
        assertThatThrownBy(() -> billing.checkout("PRO", BillingInterval.MONTH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.billing_account where organization_id = ?",
                        Integer.class,
                        org.id()))
                .isZero();
    }
}
