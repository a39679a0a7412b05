package io.lyceum.billing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Billing on: the application's Stripe client talks to {@link StripeStub}'s WireMock. Use with
 * {@code @LyceumIntegrationTest} (or on a {@code KaribuTest}); all such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = StripeStub.class)
@Import(SubscriptionEvents.class)
public @interface StripeBilling {}
