package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.base.throttle.Throttle;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords from strangers do not lock the owner out: failures count per account and
 * address, with a slower back-off per account that the owner escapes by setting a new password.
 * The counters stay bounded however many made-up emails are tried.
 */
@LyceumIntegrationTest
class LoginLockoutSecurityTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    LoginThrottle throttle;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant org;
    String host;

    @BeforeEach
    void member() {
        http = new RawHttp(port);
        org = organizations.create("lockout");
        host = org.slug() + ".lyceum.localhost:8080";
        organizations.addUser(org, "owner@example.com", "right-password-1", Role.STUDENT);
    }

    /** A client address of its own (the test's loopback is the trusted proxy that forwards it). */
    private static String from() {
        int n = ADDRESSES.incrementAndGet();
        return "X-Forwarded-For: 198.18." + (n / 250) + "." + (n % 250 + 1) + "\r\n";
    }

    private void failFrom(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> http.login(host, "owner@example.com", "guess-" + Math.random(), address))
                    .hasMessageContaining("error");
        }
    }

    @Test
    void a_stranger_guessing_locks_their_own_address_out_not_the_owner() throws Exception {
        String stranger = from();
        failFrom(stranger, LoginThrottle.MAX_PER_ACCOUNT_AND_ADDRESS);
        assertThatThrownBy(() -> http.login(host, "owner@example.com", "right-password-1", stranger))
                .as("the guessing address, even with the right password")
                .hasMessageContaining("error");
        assertThat(http.login(host, "owner@example.com", "right-password-1", from()))
                .as("the owner elsewhere")
                .isNotBlank();
    }

    @Test
    void guessing_from_many_addresses_slows_the_account_but_not_the_owners_browser() throws Exception {
        // The owner signed in from this browser before: it carries the account's device cookie.
        String device = http.loginResponse(host, "owner@example.com", "right-password-1", from())
                .cookie(KnownDevices.COOKIE)
                .orElseThrow();
        String ownersBrowser = "Cookie: " + KnownDevices.COOKIE + "=" + device + "\r\n";

        String firstGuesser = from();
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT / LoginThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            failFrom(i == 0 ? firstGuesser : from(), LoginThrottle.MAX_PER_ACCOUNT_AND_ADDRESS);
        }
        assertThatThrownBy(() -> http.login(host, "owner@example.com", "right-password-1", from()))
                .as("a browser new to the account meets its back-off")
                .hasMessageContaining("error");
        var refusal = throttle.refusal(org.slug(), "owner@example.com", "203.0.113.1", false)
                .orElseThrow();
        assertThat(refusal.kind()).isEqualTo(LoginThrottle.Refusal.Kind.ACCOUNT);
        assertThat(refusal.message())
                .matches("Too many failed sign-in attempts for this account\\. Try again in "
                        + "\\d+ minutes?, or ask your administrator for a link to set a new password\\.");
        assertThat(http.login(host, "owner@example.com", "right-password-1", from() + ownersBrowser))
                .as("the owner's browser, from a new address")
                .isNotBlank();

        // A new password lifts the account's back-off, not the guessing addresses' own limits.
        long userId = TestOrganizations.asAdmin(org, () -> users.findByEmail("owner@example.com"))
                .orElseThrow()
                .id();
        String token = TenantContext.callAs(org, () -> users.passwordReset(userId));
        TenantContext.runAs(org, () -> users.acceptInvitation(token, "new-password-22", "198.51.100.77"));
        assertThat(http.login(host, "owner@example.com", "new-password-22", from()))
                .isNotBlank();
        assertThatThrownBy(() -> http.login(host, "owner@example.com", "new-password-22", firstGuesser))
                .as("a guessing address stays stopped")
                .hasMessageContaining("error");
    }

    @Test
    void an_ipv6_client_counts_as_its_whole_64() {
        var own = new LoginThrottle(Clock.systemUTC());
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT_AND_ADDRESS; i++) {
            own.failed("org", "owner@example.com", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(own.refusal("org", "owner@example.com", "2001:db8:1:2:ffff::9", false))
                .isPresent();
        assertThat(own.refusal("org", "owner@example.com", "2001:db8:1:3::1", false))
                .isEmpty();
    }

    @Test
    void a_new_link_to_set_a_password_replaces_the_earlier_one() {
        long userId = TestOrganizations.asAdmin(org, () -> users.findByEmail("owner@example.com"))
                .orElseThrow()
                .id();
        String first = TenantContext.callAs(org, () -> users.passwordReset(userId));
        String second = TenantContext.callAs(org, () -> users.passwordReset(userId));
        TenantContext.runAs(
                org,
                () -> assertThatThrownBy(() -> users.acceptInvitation(first, "new-password-33"))
                        .isInstanceOf(InvalidUserException.class)
                        .hasMessageContaining("not valid any more"));
        TenantContext.runAs(org, () -> users.acceptInvitation(second, "new-password-33"));
    }

    @Test
    void made_up_emails_cannot_grow_the_counters_without_bound() {
        var own = new LoginThrottle(Clock.systemUTC());
        for (int i = 0; i < Throttle.MAX_KEYS + 20_000; i++) {
            own.failed("org", "made-up-" + i + "@example.com", "198.51.100." + (i % 200));
        }
        assertThat(own.accountsTracked()).isLessThanOrEqualTo(Throttle.MAX_KEYS);
    }
}
