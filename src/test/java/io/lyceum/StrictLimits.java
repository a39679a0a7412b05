package io.lyceum;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A second application context, shared by the tests that need production-like network limits:
 * no proxy trusted but one that is not this machine (so the tests' own forwarded headers must be
 * ignored), and small sign-up limits. The main test context trusts loopback as production does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
        properties = {
            "lyceum.trusted-proxies=" + StrictLimits.PROXY,
            "lyceum.signup.max-per-address=" + StrictLimits.SIGNUPS_PER_ADDRESS,
            "lyceum.signup.max-total=" + StrictLimits.SIGNUPS_TOTAL
        })
public @interface StrictLimits {

    String PROXY = "203.0.113.250";
    int SIGNUPS_PER_ADDRESS = 2;
    int SIGNUPS_TOTAL = 5;
}
