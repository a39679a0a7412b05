package io.lyceum.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.lyceum.billing.StripeStub.STRIPE;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.billing.BillingFixtures;
import io.lyceum.billing.StripeBilling;
import io.lyceum.billing.StripeStub;
import io.lyceum.tenancy.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints figures, asserts nothing about time: how long Lyceum takes to handle a Stripe webhook
 * delivery (signature, idempotency claim, the subscription read from Stripe's API, the state and
 * plan update, plugins installed after a plan change), over real HTTP to the running application
 * with Stripe's API played by {@link StripeStub}'s WireMock on localhost; then replays of handled
 * events and forged signatures. One delivery at a time, each on a new connection, as Stripe sends.
 * Run: {@code ./mvnw -Pbench test -Dtest=StripeWebhookBenchmark}.
 */
@LyceumIntegrationTest
@StripeBilling
class StripeWebhookBenchmark {

    private static final String BASE_HOST = "lyceum.localhost";
    private static final int ORGANIZATIONS = 20;
    private static final int WARM_UP_ORGANIZATIONS = 5;
    private static final int WARM_UP = 50;
    private static final int EVENTS = 1_000;
    private static final int REPLAYS = 200;
    private static final int FORGED = 200;

    @LocalServerPort
    int port;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    /** An organization with a Stripe customer and a subscription, and how many events it has had. */
    private static final class Subscriber {
        final Tenant organization;
        final String customer;
        final String subscription;
        int events;

        @Nullable StubMapping stub;

        Subscriber(Tenant organization, String customer, String subscription) {
            this.organization = organization;
            this.customer = customer;
            this.subscription = subscription;
        }
    }

    private record Delivery(String payload, String signature) {}

    private int sequence;

    @Test
    void webhook_handling_time() throws Exception {
        BillingFixtures.sellPlans(jdbc);
        List<Subscriber> warmUp = subscribers("benchhookwarm", WARM_UP_ORGANIZATIONS);
        List<Subscriber> subscribers = subscribers("benchhook", ORGANIZATIONS);

        for (int i = 0; i < WARM_UP; i++) {
            send(next(warmUp.get(i % warmUp.size())));
        }

        List<Double> handled = new ArrayList<>();
        List<Double> withPlanChange = new ArrayList<>();
        List<Double> withoutPlanChange = new ArrayList<>();
        List<Delivery> delivered = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            Subscriber subscriber = subscribers.get(i % subscribers.size());
            String before = plan(subscriber.organization);
            Delivery delivery = next(subscriber);
            double millis = send(delivery);
            handled.add(millis);
            delivered.add(delivery);
            (before.equals(plan(subscriber.organization)) ? withoutPlanChange : withPlanChange).add(millis);
        }
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        double handlingSeconds =
                handled.stream().mapToDouble(Double::doubleValue).sum() / 1e3;

        // Stripe delivers an event again with the same payload and a fresh signature.
        int apiCallsBefore = subscriptionReads();
        List<Double> replays = new ArrayList<>();
        for (int i = 0; i < REPLAYS; i++) {
            String payload = delivered.get(i * (EVENTS / REPLAYS)).payload();
            replays.add(send(
                    new Delivery(payload, StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET))));
        }
        int apiCallsDuringReplays = subscriptionReads() - apiCallsBefore;

        List<Double> forged = new ArrayList<>();
        for (int i = 0; i < FORGED; i++) {
            Subscriber subscriber = subscribers.get(i % subscribers.size());
            String payload = event(subscriber, "customer.subscription.updated", StripeStub.PRO_MONTHLY, 9900);
            forged.add(send(
                    new Delivery(payload, StripeStub.signature(payload, Instant.now(), "whsec_someone_else")), 400));
        }

        Collections.sort(handled);
        Collections.sort(withPlanChange);
        Collections.sort(withoutPlanChange);
        Collections.sort(replays);
        Collections.sort(forged);
        System.out.printf(
                "%nBENCH Stripe webhook, %d signed events over %d organizations (customer.subscription.updated"
                        + " and invoice.paid, %d plan changes PRO/STARTER), after %d warm-up:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                EVENTS,
                ORGANIZATIONS,
                withPlanChange.size(),
                WARM_UP,
                percentile(handled, 50),
                percentile(handled, 95),
                handled.getLast());
        System.out.printf(
                "BENCH of which %d moved the plan (plugins installed after commit): p50 %.1f ms, p95 %.1f ms;"
                        + " %d kept it (state update only): p50 %.1f ms, p95 %.1f ms%n",
                withPlanChange.size(),
                percentile(withPlanChange, 50),
                percentile(withPlanChange, 95),
                withoutPlanChange.size(),
                percentile(withoutPlanChange, 50),
                percentile(withoutPlanChange, 95));
        System.out.printf(
                "BENCH throughput one delivery at a time: %.0f events/s handled (%.0f events/s including the"
                        + " benchmark's own stub set-up and checks)%n",
                EVENTS / handlingSeconds, EVENTS / elapsedSeconds);
        System.out.printf(
                "BENCH %d replays of handled events (fresh signature, 200): p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " Stripe API reads during replays: %d%n",
                REPLAYS, percentile(replays, 50), percentile(replays, 95), replays.getLast(), apiCallsDuringReplays);
        System.out.printf(
                "BENCH %d forged signatures (another secret, 400): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n%n",
                FORGED, percentile(forged, 50), percentile(forged, 95), forged.getLast());
    }

    /** Organizations on Free, each with a Stripe customer as after its first Checkout. */
    private List<Subscriber> subscribers(String prefix, int count) {
        List<Subscriber> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Tenant organization = organizations.create(prefix, "FREE");
            String customer = "cus_bench_" + organization.id();
            jdbc.update(
                    "insert into platform.billing_account (organization_id, stripe_customer, updated_at)"
                            + " values (?, ?, now())",
                    organization.id(),
                    customer);
            created.add(new Subscriber(organization, customer, "sub_bench_" + organization.id()));
        }
        return created;
    }

    /**
     * The organization's next event, and Stripe's API set to answer with the subscription it
     * announces: every second event of an organization moves it between Pro and Starter (its first
     * from Free, installing the plan's plugins); updates and paid invoices alternate.
     */
    private Delivery next(Subscriber subscriber) {
        int n = subscriber.events++;
        boolean pro = (n / 2) % 2 == 0;
        String price = pro ? StripeStub.PRO_MONTHLY : StripeStub.STARTER_MONTHLY;
        long amount = pro ? 9900 : 2900;
        // One stub per subscription, replaced: WireMock matches every stub in turn, so piling them up
        // would make Stripe's answers slower as the benchmark goes.
        if (subscriber.stub != null) {
            STRIPE.removeStub(subscriber.stub);
        }
        subscriber.stub = STRIPE.stubFor(get(urlPathEqualTo("/v1/subscriptions/" + subscriber.subscription))
                .willReturn(StripeStub.json(StripeStub.subscription(
                        subscriber.subscription, subscriber.customer, "active", price, amount, "month"))));
        String type = n % 2 == 0 ? "customer.subscription.updated" : "invoice.paid";
        String payload = event(subscriber, type, price, amount);
        return new Delivery(payload, StripeStub.signature(payload, Instant.now(), StripeStub.WEBHOOK_SECRET));
    }

    private String event(Subscriber subscriber, String type, String price, long amount) {
        String id = "evt_bench_" + subscriber.organization.id() + "_" + sequence++;
        String object = type.equals("invoice.paid")
                ? "{\"id\":\"in_%s\",\"object\":\"invoice\",\"customer\":\"%s\",\"parent\":{\"type\":\"subscription_details\",\"subscription_details\":{\"subscription\":\"%s\"}}}"
                        .formatted(id, subscriber.customer, subscriber.subscription)
                : StripeStub.subscription(
                        subscriber.subscription, subscriber.customer, "active", price, amount, "month");
        return StripeStub.event(id, type, object);
    }

    /** Milliseconds from the first byte sent to the last byte of the answer, which must be 200. */
    private double send(Delivery delivery) throws Exception {
        return send(delivery, 200);
    }

    private double send(Delivery delivery, int expected) throws Exception {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String head = "POST /stripe/webhook HTTP/1.1\r\nHost: " + BASE_HOST + ":" + port + "\r\nConnection: close\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Stripe-Signature: " + delivery.signature() + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        var http = new RawHttp(port);
        long started = System.nanoTime();
        RawHttp.Response answer = http.raw(head, body);
        double millis = (System.nanoTime() - started) / 1e6;
        if (answer.status() != expected) {
            throw new IllegalStateException(
                    "Expected " + expected + " but the webhook answered " + answer.status() + " " + answer.body());
        }
        return millis;
    }

    private String plan(Tenant organization) {
        return jdbc.queryForObject(
                "select plan_code from platform.organization where id = ?", String.class, organization.id());
    }

    private static int subscriptionReads() {
        return STRIPE.countRequestsMatching(
                        getRequestedFor(urlPathMatching("/v1/subscriptions/.*")).build())
                .getCount();
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
