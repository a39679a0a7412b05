package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.base.throttle.Throttle;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.LockedException;

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
                .as("the guessing address, even with the right password").hasMessageContaining("error");
        assertThat(http.login(host, "owner@example.com", "right-password-1", from()))
                .as("the owner elsewhere").isNotBlank();
    }

    @Test
    void guessing_from_many_addresses_slows_the_account_and_a_new_password_lets_the_owner_in() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT / 4; i++) {
            failFrom(from(), 4);
        }
        String owner = from();
        assertThatThrownBy(() -> http.login(host, "owner@example.com", "right-password-1", owner))
                .as("the account's back-off").hasMessageContaining("error");
        var refusal = throttle.refusal(org.slug(), "owner@example.com", "203.0.113.1").orElseThrow();
        assertThat(refusal.kind()).isEqualTo(LoginThrottle.Refusal.Kind.ACCOUNT);
        assertThat(new LockedException(refusal.message()).getMessage())
                .matches("Too many failed sign-in attempts for this account\\. Try again in \\d+ minutes?, or ask your "
                        + "administrator for a link to set a new password\\.");

        long userId = TenantContext.callAs(org, () -> users.findByEmail("owner@example.com")).orElseThrow().id();
        String token = TenantContext.callAs(org, () -> users.passwordReset(userId));
        TenantContext.runAs(org, () -> users.acceptInvitation(token, "new-password-22"));
        assertThat(http.login(host, "owner@example.com", "new-password-22", owner)).isNotBlank();
    }

    @Test
    void a_new_link_to_set_a_password_replaces_the_earlier_one() {
        long userId = TenantContext.callAs(org, () -> users.findByEmail("owner@example.com")).orElseThrow().id();
        String first = TenantContext.callAs(org, () -> users.passwordReset(userId));
        String second = TenantContext.callAs(org, () -> users.passwordReset(userId));
        TenantContext.runAs(org, () -> assertThatThrownBy(() -> users.acceptInvitation(first, "new-password-33"))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("not valid any more"));
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
