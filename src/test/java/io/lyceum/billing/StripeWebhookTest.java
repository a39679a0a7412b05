package io.lyceum.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.lyceum.billing.StripeStub.STRIPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stripe's webhook over real HTTP, with events signed as Stripe signs them and Stripe's API played
 * by WireMock: only genuine, fresh deliveries change anything, each once, and what is applied is the
 * subscription's state as the API gives it, whatever order the deliveries come in.
 */
@LyceumIntegrationTest
@StripeBilling
class StripeWebhookTest {

    @Autowired
    SubscriptionEvents published;

    static final String BASE_HOST = "lyceum.localhost";

    @LocalServerPort
    int port;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GracePeriodSweep sweep;

    @BeforeEach
    void prices() {
        BillingFixtures.sellPlans(jdbc);
    }

    /** An organization on Free with a Stripe customer (as after its first Checkout). */
    private Tenant customerOrg(String prefix, String customer) {
        Tenant org = organizations.create(prefix, "FREE");
        jdbc.update(
                "insert into platform.billing_account (organization_id, stripe_customer, updated_at) values (?, ?, now())",
                org.id(),
                customer);
        return org;
    }

    private RawHttp.Response deliver(String payload, String signature) throws Exception {
        return deliverTo(BASE_HOST, payload, signature);
    }

    private RawHttp.Response deliverTo(String host, String payload, String signature) throws Exception {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        String head = "POST /stripe/webhook HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + (signature == null ? "" : "Stripe-Signature: " + signature + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return new RawHttp(port).raw(head, body);
    }

    private RawHttp.Response deliverSigned(String payload) throws Exception {
        return deliver(payload, StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET));
    }

    private String plan(Tenant org) {
        return organizations.reload(org.slug()).planCode();
    }

    private String status(Tenant org) {
        return jdbc.queryForObject(
                "select coalesce(status, '') from platform.billing_account where organization_id = ?",
                String.class,
                org.id());
    }

    private static String id(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    private int stored(String eventId) {
        return jdbc.queryForObject("select count(*) from platform.stripe_event where id = ?", Integer.class, eventId);
    }

    @Test
    void a_signed_subscription_event_puts_the_organization_on_the_plan_stripe_says_it_pays_for() throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookpaid", customer);
        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        String event = id("evt");

        var answer = deliverSigned(StripeStub.event(
                event,
                "customer.subscription.created",
                StripeStub.subscription(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(plan(org)).isEqualTo("PRO");
        assertThat(status(org)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select outcome from platform.stripe_event where id = ?", String.class, event))
                .isEqualTo("APPLIED");
        STRIPE.verify(exactly(1), getRequestedFor(urlPathEqualTo("/v1/subscriptions/" + subscription)));
        // subscription.changed, after the commit, for plugins to react to the plan.
        assertThat(published.of(org.id()))
                .containsExactly(new SubscriptionChanged(org.id(), org.slug(), SubscriptionStatus.ACTIVE, "PRO", true));
    }

    @Test
    void forged_wrongly_signed_stale_or_unsigned_deliveries_are_refused_and_change_nothing() throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookforged", customer);
        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        String event = id("evt");
        String payload = StripeStub.event(
                event,
                "customer.subscription.updated",
                StripeStub.subscription(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month"));
        String genuine = StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET);

        // The payload changed after signing (a forged plan), the right signature of another secret,
        // a genuine signature from ten minutes ago (a replay), no signature at all.
        String tampered = payload.replace("\"active\"", "\"trialing\"");
        assertThat(deliver(tampered, genuine).status()).isEqualTo(400);
        assertThat(deliver(payload, StripeStub.signature(payload, Instant.now(), "whsec_someone_else"))
                        .status())
                .isEqualTo(400);
        assertThat(deliver(
                                payload,
                                StripeStub.signature(
                                        payload, Instant.now().minusSeconds(600), StripeStub.WEBHOOK_SECRET))
                        .status())
                .isEqualTo(400);
        assertThat(deliver(payload, null).status()).isEqualTo(400);
        assertThat(deliver("not json", StripeStub.signature("not json", Instant.now(), StripeStub.WEBHOOK_SECRET))
                        .status())
                .isEqualTo(400);

        assertThat(plan(org)).isEqualTo("FREE");
        assertThat(stored(event)).isZero();
        STRIPE.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/subscriptions/" + subscription)));
    }

    @Test
    void the_same_event_delivered_twice_is_handled_once() throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookreplay", customer);
        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        String payload = StripeStub.event(
                id("evt"),
                "invoice.paid",
                "{\"id\":\"in_1\",\"object\":\"invoice\",\"customer\":\"%s\",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\"%s\"}}}"
                        .formatted(customer, subscription));

        assertThat(deliverSigned(payload).status()).isEqualTo(200);
        // Meanwhile the organization moved (say, staff put it on Starter): a replay must not undo that.
        jdbc.update("update platform.organization set plan_code = 'STARTER' where id = ?", org.id());
        assertThat(deliverSigned(payload).status()).isEqualTo(200);

        assertThat(plan(org)).isEqualTo("STARTER");
        STRIPE.verify(exactly(1), getRequestedFor(urlPathEqualTo("/v1/subscriptions/" + subscription)));
    }

    @Test
    void a_late_updated_after_deleted_cannot_bring_the_subscription_back() throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookorder", customer);
        // It was active; then it was cancelled. Stripe delivers "deleted" first, the older "updated" after.
        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        deliverSigned(StripeStub.event(
                id("evt"),
                "customer.subscription.created",
                StripeStub.subscription(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month")));
        assertThat(plan(org)).isEqualTo("PRO");

        StripeStub.subscriptionIs(subscription, customer, "canceled", StripeStub.PRO_MONTHLY, 9900, "month");
        assertThat(deliverSigned(StripeStub.event(
                                id("evt"),
                                "customer.subscription.deleted",
                                StripeStub.subscription(
                                        subscription, customer, "canceled", StripeStub.PRO_MONTHLY, 9900, "month")))
                        .status())
                .isEqualTo(200);
        assertThat(deliverSigned(StripeStub.event(
                                id("evt"),
                                "customer.subscription.updated",
                                StripeStub.subscription(
                                        subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month")))
                        .status())
                .isEqualTo(200);

        assertThat(plan(org)).isEqualTo("FREE");
        assertThat(status(org)).isEqualTo("CANCELED");
    }

    @Test
    void unknown_types_and_unknown_customers_are_answered_200_and_change_nothing() throws Exception {
        Tenant org = customerOrg("hookunknown", id("cus"));
        String unknownType = id("evt");
        assertThat(deliverSigned(StripeStub.event(
                                unknownType, "customer.tax_id.created", "{\"id\":\"txi_1\",\"object\":\"tax_id\"}"))
                        .status())
                .isEqualTo(200);
        String strangerEvent = id("evt");
        String stranger = id("cus");
        assertThat(deliverSigned(StripeStub.event(
                                strangerEvent,
                                "customer.subscription.updated",
                                StripeStub.subscription(
                                        id("sub"), stranger, "active", StripeStub.PRO_MONTHLY, 9900, "month")))
                        .status())
                .isEqualTo(200);

        assertThat(plan(org)).isEqualTo("FREE");
        assertThat(jdbc.queryForObject(
                        "select outcome from platform.stripe_event where id = ?", String.class, unknownType))
                .isEqualTo("IGNORED");
        assertThat(jdbc.queryForObject(
                        "select outcome from platform.stripe_event where id = ?", String.class, strangerEvent))
                .isEqualTo("UNKNOWN_CUSTOMER");
    }

    @Test
    void one_organizations_events_never_touch_anothers_plan() throws Exception {
        String mine = id("cus");
        String theirs = id("cus");
        Tenant org = customerOrg("hookmine", mine);
        Tenant other = customerOrg("hooktheirs", theirs);
        String subscription = id("sub");
        StripeStub.subscriptionIs(subscription, mine, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        deliverSigned(StripeStub.event(
                id("evt"),
                "customer.subscription.created",
                StripeStub.subscription(subscription, mine, "active", StripeStub.PRO_MONTHLY, 9900, "month")));

        // An event that names the other organization's customer but this organization's subscription.
        deliverSigned(StripeStub.event(
                id("evt"),
                "customer.subscription.updated",
                StripeStub.subscription(subscription, theirs, "active", StripeStub.PRO_MONTHLY, 9900, "month")));
        // And a second subscription that Stripe's API says is this organization's customer's.
        String second = id("sub");
        StripeStub.subscriptionIs(second, mine, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        deliverSigned(StripeStub.event(
                id("evt"),
                "customer.subscription.created",
                StripeStub.subscription(second, theirs, "active", StripeStub.PRO_MONTHLY, 9900, "month")));
        // A checkout of this organization's customer that claims to be for the other organization.
        deliverSigned(StripeStub.event(
                id("evt"),
                "checkout.session.completed",
                "{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"customer\":\"%s\",\"client_reference_id\":\"%d\",\"subscription\":\"%s\"}"
                        .formatted(mine, other.id(), subscription)));

        assertThat(plan(org)).isEqualTo("PRO");
        assertThat(plan(other)).isEqualTo("FREE");
        assertThat(status(other)).isEmpty();
    }

    @Test
    void a_failed_payment_keeps_the_plan_for_the_grace_period_then_free_and_paying_again_restores_it()
            throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookdunning", customer);
        StripeStub.subscriptionIs(subscription, customer, "past_due", StripeStub.PRO_MONTHLY, 9900, "month");
        deliverSigned(StripeStub.event(
                id("evt"),
                "invoice.payment_failed",
                "{\"id\":\"in_2\",\"object\":\"invoice\",\"customer\":\"%s\",\"subscription\":\"%s\"}"
                        .formatted(customer, subscription)));
        assertThat(plan(org)).isEqualTo("PRO");
        assertThat(status(org)).isEqualTo("PAST_DUE");

        sweep.sweep();
        assertThat(plan(org)).as("within the grace period").isEqualTo("PRO");

        jdbc.update(
                "update platform.billing_account set past_due_since = now() - interval '8 days' where organization_id = ?",
                org.id());
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(plan(org)).as("after the grace period").isEqualTo("FREE");

        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        deliverSigned(StripeStub.event(
                id("evt"),
                "invoice.paid",
                "{\"id\":\"in_3\",\"object\":\"invoice\",\"customer\":\"%s\",\"subscription\":\"%s\"}"
                        .formatted(customer, subscription)));
        assertThat(plan(org)).isEqualTo("PRO");
        assertThat(jdbc.queryForObject(
                        "select past_due_since is null from platform.billing_account where organization_id = ?",
                        Boolean.class,
                        org.id()))
                .isTrue();
    }

    @Test
    void when_stripe_cannot_be_read_the_delivery_fails_and_its_retry_is_applied() throws Exception {
        String customer = id("cus");
        String subscription = id("sub");
        Tenant org = customerOrg("hookretry", customer);
        STRIPE.stubFor(get(urlPathEqualTo("/v1/subscriptions/" + subscription))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"down\"}}")));
        String event = id("evt");
        String payload = StripeStub.event(
                event,
                "customer.subscription.created",
                StripeStub.subscription(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month"));

        assertThat(deliverSigned(payload).status()).isEqualTo(500);
        assertThat(plan(org)).isEqualTo("FREE");
        assertThat(jdbc.queryForObject("select outcome from platform.stripe_event where id = ?", String.class, event))
                .isEqualTo("FAILED");

        StripeStub.subscriptionIs(subscription, customer, "active", StripeStub.PRO_MONTHLY, 9900, "month");
        assertThat(deliverSigned(payload).status()).isEqualTo(200);
        assertThat(plan(org)).isEqualTo("PRO");
    }

    @Test
    void an_organizations_host_has_no_webhook() throws Exception {
        Tenant org = customerOrg("hookhost", id("cus"));
        String payload =
                StripeStub.event(id("evt"), "customer.tax_id.created", "{\"id\":\"txi_2\",\"object\":\"tax_id\"}");
        var answer = deliverTo(
                org.slug() + "." + BASE_HOST,
                payload,
                StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET));
        assertThat(answer.status()).isEqualTo(404);
    }
}
