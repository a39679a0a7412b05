package io.lyceum.billing;

import io.lyceum.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /stripe/webhook} on the base domain: Stripe's deliveries, outside Vaadin, sign-in and
 * CSRF; the signature is the only proof of who sent it. The body is read as the exact bytes Stripe
 * signed.
 */
@RestController
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(value = "/stripe/webhook")
    ResponseEntity<String> receive(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(value = "Stripe-Signature", required = false) @Nullable String signature) {
        if (TenantContext.current().isPresent()) {
            // Stripe is told the base domain's address; an organization's host has no such endpoint.
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (body == null || body.length == 0) {
            return ResponseEntity.badRequest().body("no event");
        }
        return switch (webhooks.receive(new String(body, java.nio.charset.StandardCharsets.UTF_8), signature)) {
            case OK -> ResponseEntity.ok("ok");
            case REFUSED -> ResponseEntity.badRequest().body("refused");
            case RETRY ->
                ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("retry");
        };
    }
}
