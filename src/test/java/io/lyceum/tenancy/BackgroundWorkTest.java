package io.lyceum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Members;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background work keeps its organization: the task executor's decorator hands each task the
 * organization and the person of whoever submitted it, a reused worker thread carries nothing into
 * the next task, and no code can switch organization inside an open transaction.
 */
@LyceumIntegrationTest
class BackgroundWorkTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    TaskExecutor applicationTaskExecutor;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserService users;

    @Autowired
    Members members;

    Tenant acme;
    Tenant globex;

    @BeforeEach
    void twoOrganizations() {
        acme = organizations.create("bgacme");
        globex = organizations.create("bgglobex");
        organizations.addUser(acme, "probe@example.com", "quiet-harbour-26", Role.STUDENT);
        organizations.addUser(globex, "other@example.com", "silent-meadow-26", Role.STUDENT);
        organizations.addUser(globex, "probe@example.com", "silent-meadow-26", Role.STUDENT);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void switching_organization_inside_an_open_transaction_is_refused() {
        TenantContext.set(acme);
        transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> TenantContext.runAs(globex, () -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inside an open transaction");
            assertThatThrownBy(() -> TenantContext.runAs(null, () -> {})).isInstanceOf(IllegalStateException.class);
            // Staying with the same organization is no switch.
            assertThat(TenantContext.callAs(acme, () -> "same")).isEqualTo("same");
        });
        TenantContext.clear();
        transaction.executeWithoutResult(status -> assertThatThrownBy(() -> TenantContext.runAs(acme, () -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from the platform to " + acme.slug()));
        // Outside a transaction switching is what background work does.
        assertThat(TenantContext.callAs(globex, () -> TenantContext.require().slug()))
                .isEqualTo(globex.slug());
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void a_listener_bound_to_another_organization_than_its_events_is_refused() {
        assertThat(TenantContext.callAs(acme, () -> TenantContext.require(acme.slug())))
                .isEqualTo(acme);
        assertThatThrownBy(() -> TenantContext.runAs(globex, () -> TenantContext.require(acme.slug())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("An event of " + acme.slug() + " delivered as " + globex.slug());
        assertThatThrownBy(() -> TenantContext.require(acme.slug())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hibernate_checks_that_a_session_is_used_for_the_organization_it_was_opened_for() {
        assertThat(new TenantHibernateConfig.Resolver().validateExistingCurrentSessions())
                .isTrue();
    }

    @Test
    void a_task_runs_as_the_organization_and_person_that_submitted_it_even_on_a_reused_thread() throws Exception {
        long acmeProbe = TestOrganizations.asAdmin(acme, () -> users.findByEmail("probe@example.com"))
                .orElseThrow()
                .id();
        // The same id names someone else in globex (its own schema, its own sequence).
        var acmeName = TenantContext.callAs(acme, () -> members.displayNames(List.of(acmeProbe)));
        var globexName = TenantContext.callAs(globex, () -> members.displayNames(List.of(acmeProbe)));
        assertThat(acmeName).isNotEqualTo(globexName);

        var person = new LyceumUser(acme.slug(), acmeProbe, "probe@example.com", "Probe", Set.of(Role.STUDENT), false);
        List<CompletableFuture<String>> seen = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        // Many more tasks than worker threads, alternating organizations and none: threads are reused.
        for (int i = 0; i < 40; i++) {
            Tenant tenant = switch (i % 3) {
                case 0 -> acme;
                case 1 -> globex;
                default -> null;
            };
            if (tenant == acme) {
                TestOrganizations.signIn(person);
            } else {
                SecurityContextHolder.clearContext();
            }
            var future = new CompletableFuture<String>();
            TenantContext.runAs(
                    tenant,
                    () -> applicationTaskExecutor.execute(() -> {
                        try {
                            var auth = SecurityContextHolder.getContext().getAuthentication();
                            String who = auth == null ? "nobody" : ((LyceumUser) auth.getPrincipal()).email();
                            String org =
                                    TenantContext.current().map(Tenant::slug).orElse("platform");
                            Map<Long, String> names = TenantContext.current().isPresent()
                                    ? members.displayNames(List.of(acmeProbe))
                                    : Map.of();
                            future.complete(org + "|" + who + "|" + names);
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                    }));
            seen.add(future);
            expected.add(
                    tenant == acme
                            ? acme.slug() + "|probe@example.com|" + acmeName
                            : tenant == globex ? globex.slug() + "|nobody|" + globexName : "platform|nobody|{}");
        }
        SecurityContextHolder.clearContext();
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i).get(30, TimeUnit.SECONDS)).as("task %d", i).isEqualTo(expected.get(i));
        }
        // The submitting thread is left as it was.
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void a_worker_thread_is_left_without_organization_after_its_task() {
        var after = new CompletableFuture<String>();
        TenantContext.runAs(acme, () -> applicationTaskExecutor.execute(() -> {}));
        // Keep every worker busy once more, with nothing bound by the submitter.
        for (int i = 0; i < 8; i++) {
            applicationTaskExecutor.execute(() -> {
                if (TenantContext.current().isPresent()) {
                    after.complete("leaked " + TenantContext.require().slug());
                }
            });
        }
        applicationTaskExecutor.execute(() -> after.complete("clean"));
        await().atMost(Duration.ofSeconds(10)).until(after::isDone);
        assertThat(after.join()).isEqualTo("clean");
    }
}
