package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An invitation link works once, also when two people (or two tabs) use it at the same moment:
 * exactly one password is set, the other attempt is told the link is used, and another
 * organization's link is unknown here.
 */
@LyceumIntegrationTest
class InvitationRaceSecurityTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    UserRepository userRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void two_acceptances_at_the_same_moment_set_one_password() throws Exception {
        Tenant org = organizations.create("race");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String email = "racer" + round + "@example.com";
                String token = TenantContext.callAs(
                        org,
                        () -> users.invite(email, "Racer", Set.of(Role.STUDENT)).token());
                var barrier = new CyclicBarrier(2);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (String password : List.of("first-password-11", "second-password-22")) {
                    attempts.add(pool.submit(() -> TenantContext.callAs(org, () -> {
                        try {
                            barrier.await();
                            users.acceptInvitation(token, password);
                            return true;
                        } catch (InvalidUserException used) {
                            assertThat(used.getMessage()).contains("not valid any more");
                            return false;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })));
                }
                int accepted = 0;
                for (Future<Boolean> attempt : attempts) {
                    accepted += attempt.get() ? 1 : 0;
                }
                assertThat(accepted)
                        .as("acceptances of one link in round " + round)
                        .isEqualTo(1);
                String hash = TenantContext.callAs(org, () -> userRepository.findByEmail(email))
                        .orElseThrow()
                        .passwordHash();
                assertThat(passwordEncoder.matches("first-password-11", hash)
                                ^ passwordEncoder.matches("second-password-22", hash))
                        .isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_invitation_of_another_organization_is_unknown() {
        Tenant acme = organizations.create("race");
        Tenant globex = organizations.create("race");
        String token = TenantContext.callAs(
                acme,
                () -> users.invite("guest@example.com", "Guest", Set.of(Role.STUDENT))
                        .token());
        TenantContext.runAs(
                globex,
                () -> Assertions.assertThatThrownBy(() -> users.acceptInvitation(token, "welcome-aboard-7"))
                        .isInstanceOf(InvalidUserException.class)
                        .hasMessageContaining("not valid any more"));
        TenantContext.runAs(acme, () -> users.acceptInvitation(token, "welcome-aboard-7"));
    }
}
