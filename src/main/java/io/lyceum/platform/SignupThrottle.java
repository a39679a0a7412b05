package io.lyceum.platform;

import io.lyceum.base.throttle.ClientAddress;
import io.lyceum.base.throttle.Throttle;
import io.lyceum.base.validation.ConstraintMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Every sign-up creates a schema: they are limited per address and in total, so that nobody makes
 * organizations by the hundred. Only sign-ups that passed validation count.
 */
@Component
@EnableConfigurationProperties(SignupThrottle.Limits.class)
class SignupThrottle {

    /**
     * {@code lyceum.signup.max-per-address} sign-ups from one address and {@code max-total} from
     * everyone, per {@code period} (refilled evenly).
     */
    @ConfigurationProperties("lyceum.signup")
    record Limits(
            @DefaultValue("3") int maxPerAddress,
            @DefaultValue("60") int maxTotal,
            @DefaultValue("1h") Duration period) {}

    private final Throttle perAddress;
    private final Throttle total;

    SignupThrottle(Limits limits, Clock clock) {
        this.perAddress = new Throttle(limits.maxPerAddress(), limits.period(), clock);
        this.total = new Throttle(limits.maxTotal(), limits.period(), clock);
    }

    /** Counts a sign-up from the address; if refused, what to tell the person, in their language. */
    Optional<String> refusal(String from) {
        String address = ClientAddress.key(from);
        var waitForAddress = perAddress.blocked(address);
        if (waitForAddress.isPresent()) {
            return Optional.of(tooManyFromYou(waitForAddress.get()));
        }
        var waitForAll = total.tryAcquire("all");
        if (waitForAll.isPresent()) {
            return Optional.of(ConstraintMessages.get("signup.throttled.total", Throttle.minutes(waitForAll.get())));
        }
        return perAddress.tryAcquire(address).map(SignupThrottle::tooManyFromYou);
    }

    private static String tooManyFromYou(Duration wait) {
        return ConstraintMessages.get("signup.throttled.address", Throttle.minutes(wait));
    }
}
