package io.lyceum.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stripe's API played by WireMock over real HTTP, and webhook events signed as Stripe signs them.
 * One server for the test run; the application context of billing tests points its Stripe client at
 * it (see {@link StripeBilling}).
 */
public final class StripeStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort());
    public static final String SECRET_KEY = "sk_test_lyceum_stub";
    public static final String WEBHOOK_SECRET = "whsec_lyceum_test_secret";
    public static final String API_VERSION = "2025-11-17.clover";

    /** The prices billing tests sell plans at (set on the plans before each test). */
    public static final String PRO_MONTHLY = "price_test_pro_month";

    public static final String PRO_YEARLY = "price_test_pro_year";
    public static final String STARTER_MONTHLY = "price_test_starter_month";

    static {
        STRIPE.start();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "lyceum.billing.stripe.secret-key=" + SECRET_KEY,
                        "lyceum.billing.stripe.webhook-secret=" + WEBHOOK_SECRET,
                        "lyceum.billing.stripe.api-base=http://localhost:" + STRIPE.port(),
                        // The sweep runs when a test calls it, not on a timer.
                        "lyceum.billing.sweep-delay=PT24H")
                .applyTo(context);
    }

    /** The {@code Stripe-Signature} header for a payload, signed at {@code at} with {@code secret}. */
    public static String signature(String payload, Instant at, String secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long timestamp = at.getEpochSecond();
            byte[] signed = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signed);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event as Stripe delivers it: id, type, api_version, data.object. */
    public static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,\
                "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",\
                "data":{"object":%s}}""".formatted(id, API_VERSION, Instant.now().getEpochSecond(), type, object);
    }

    /** A subscription object (for events and for the API's answer). */
    public static String subscription(
            String id, String customer, String status, String price, long amountCents, String interval) {
        long periodEnd = Instant.now().plusSeconds(30L * 24 * 3600).getEpochSecond();
        return """
                {"id":"%s","object":"subscription","customer":"%s","status":"%s","cancel_at_period_end":false,\
                "metadata":{},"items":{"object":"list","has_more":false,"url":"/v1/subscription_items","data":[\
                {"id":"si_%s","object":"subscription_item","current_period_end":%d,"quantity":1,\
                "price":{"id":"%s","object":"price","active":true,"currency":"usd","unit_amount":%d,\
                "type":"recurring","recurring":{"interval":"%s","interval_count":1}}}]}}""".formatted(id, customer, status, id, periodEnd, price, amountCents, interval);
    }

    /** Stripe's API answers that the subscription is now as given. */
    public static void subscriptionIs(
            String id, String customer, String status, String price, long amountCents, String interval) {
        STRIPE.stubFor(get(urlPathEqualTo("/v1/subscriptions/" + id))
                .willReturn(json(subscription(id, customer, status, price, amountCents, interval))));
    }

    public static void customerCreated(String id) {
        STRIPE.stubFor(post(urlPathEqualTo("/v1/customers"))
                .willReturn(json("{\"id\":\"%s\",\"object\":\"customer\",\"metadata\":{}}".formatted(id))));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
