package io.lyceum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?": the asker learns nothing about who is a member, a member gets a link by
 * mail (the event the mail is made from) that works once within an hour on their organization only,
 * asking again ends the earlier link, and asking too often is refused without holding up sign-in.
 * Invitations go by mail too, and a member is announced as joined once, when they can first sign in.
 */
@LyceumIntegrationTest
class PasswordResetTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    UserService users;

    @Autowired
    PasswordResets resets;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    // For a UserService whose clock runs ahead: the parts it is made of.
    @Autowired
    UserRepository userRepository;

    @Autowired
    InvitationRepository invitationRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    LoginThrottle loginThrottle;

    @Autowired
    SignInStamps stamps;

    @Autowired
    UserSearch search;

    @Autowired
    InvitationLinks links;

    @Autowired
    PlatformTransactionManager transactions;

    IdentityEvents events;
    Tenant acme;

    @BeforeEach
    void member() {
        events = IdentityEvents.record(context);
        acme = organizations.create("reset");
        organizations.addUser(acme, "owner@example.com", "old-password-1", Role.STUDENT);
    }

    @AfterEach
    void stopRecording() {
        events.close();
    }

    /** A client address of its own, so that tests do not share the per-address budget. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.19." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Asks as the login page does, and waits for the work it started in the background. */
    private void ask(Tenant org, String email) {
        ask(org, email, address());
    }

    private void ask(Tenant org, String email, String from) {
        var done = TenantContext.callAs(org, () -> resets.request(email, from));
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String login(Tenant org, String password) throws Exception {
        return new RawHttp(port)
                .login(
                        org.slug() + ".lyceum.localhost:8080",
                        "owner@example.com",
                        password,
                        "X-Forwarded-For: " + address() + "\r\n");
    }

    /** The service as it would be {@code ahead} from now, on the real database. */
    private <T> T later(Duration ahead, Tenant org, Function<UserService, T> work) {
        var shifted = new UserService(
                userRepository,
                invitationRepository,
                passwordEncoder,
                publisher,
                loginThrottle,
                stamps,
                links,
                search,
                Clock.offset(clock, ahead));
        return TenantContext.callAs(
                org, () -> new TransactionTemplate(transactions).execute(status -> work.apply(shifted)));
    }

    @Test
    void an_email_that_is_no_members_gets_the_same_answer_and_nothing_is_sent() {
        ask(acme, "nobody@example.com");
        ask(acme, "owner@example.com");
        assertThat(events.of(acme, PasswordResetRequested.class))
                .singleElement()
                .satisfies(sent -> assertThat(sent.email()).isEqualTo("owner@example.com"));
    }

    @Test
    void a_member_gets_a_link_on_the_organizations_host_that_works_once_within_an_hour() throws Exception {
        Instant asked = clock.instant();
        ask(acme, " Owner@Example.com ");
        var sent = events.of(acme, PasswordResetRequested.class).getFirst();
        assertThat(sent.email()).isEqualTo("owner@example.com");
        assertThat(sent.displayName()).isEqualTo("User owner@example.com");
        assertThat(sent.link()).startsWith("http://" + acme.slug() + ".lyceum.localhost:8080/reset-password/");
        assertThat(sent.expiresAt())
                .isBetween(
                        asked.plus(UserService.SELF_SERVICE_RESET_VALIDITY),
                        clock.instant().plus(Duration.ofHours(1)));
        assertThat(UserService.SELF_SERVICE_RESET_VALIDITY).isEqualTo(Duration.ofHours(1));

        TenantContext.runAs(acme, () -> users.acceptInvitation(token(sent.link()), "new-password-22"));
        assertThat(login(acme, "new-password-22")).isNotBlank();
        assertThatThrownBy(() -> login(acme, "old-password-1")).hasMessageContaining("error");
        TenantContext.runAs(
                acme,
                () -> assertThatThrownBy(() -> users.acceptInvitation(token(sent.link()), "third-password-33"))
                        .isInstanceOf(InvalidUserException.class)
                        .hasMessageContaining("not valid any more"));
        assertThat(events.of(acme, MemberJoined.class))
                .as("a new password is no joining")
                .extracting(MemberJoined::email)
                .containsExactly(TestOrganizations.ADMIN_EMAIL, "owner@example.com");
    }

    @Test
    void the_link_expires_an_hour_after_it_was_asked_for() {
        ask(acme, "owner@example.com");
        String token =
                token(events.of(acme, PasswordResetRequested.class).getFirst().link());
        assertThat(later(Duration.ofMinutes(59), acme, service -> service.invitationUsable(token))
                        .booleanValue())
                .isTrue();
        assertThat(later(Duration.ofMinutes(61), acme, service -> service.invitationUsable(token))
                        .booleanValue())
                .isFalse();
        assertThatThrownBy(() -> later(
                        Duration.ofMinutes(61), acme, service -> service.acceptInvitation(token, "too-late-2026")))
                .isInstanceOf(InvalidUserException.class);
        // An admin's link keeps its day.
        long owner = TestOrganizations.asAdmin(acme, () -> users.findByEmail("owner@example.com"))
                .orElseThrow()
                .id();
        String adminMade = TenantContext.callAs(acme, () -> users.passwordReset(owner));
        assertThat(later(Duration.ofHours(23), acme, service -> service.invitationUsable(adminMade))
                        .booleanValue())
                .isTrue();
        assertThat(later(Duration.ofHours(25), acme, service -> service.invitationUsable(adminMade))
                        .booleanValue())
                .isFalse();
    }

    @Test
    void asking_again_ends_the_earlier_link() {
        ask(acme, "owner@example.com");
        ask(acme, "owner@example.com");
        var sent = events.of(acme, PasswordResetRequested.class);
        assertThat(sent).hasSize(2);
        String first = token(sent.get(0).link());
        String second = token(sent.get(1).link());
        TenantContext.runAs(acme, () -> {
            assertThat(users.invitationUsable(first)).isFalse();
            assertThat(users.invitationUsable(second)).isTrue();
        });
    }

    @Test
    void an_admins_link_is_sent_by_mail_as_well_and_valid_for_a_day() {
        long owner = TestOrganizations.asAdmin(acme, () -> users.findByEmail("owner@example.com"))
                .orElseThrow()
                .id();
        Instant made = clock.instant();
        String token = TenantContext.callAs(acme, () -> users.passwordReset(owner));
        var sent = events.of(acme, PasswordResetRequested.class).getFirst();
        assertThat(sent.userId()).isEqualTo(owner);
        assertThat(sent.link()).isEqualTo("http://" + acme.slug() + ".lyceum.localhost:8080/reset-password/" + token);
        assertThat(sent.expiresAt())
                .isBetween(
                        made.plus(UserService.RESET_VALIDITY), clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void asking_too_often_for_one_email_is_refused_in_the_readers_language_and_sign_in_still_works() throws Exception {
        for (int i = 0; i < PasswordResetThrottle.MAX_PER_ACCOUNT; i++) {
            ask(acme, "owner@example.com");
        }
        assertThatThrownBy(() -> ask(acme, "OWNER@example.com"))
                .isInstanceOf(ResetThrottledException.class)
                .hasMessageMatching(
                        "Too many requests for a link to set a new password\\. Try again in \\d+ minutes?\\.");
        ConstraintMessages.runIn(
                Locale.GERMAN,
                () -> assertThatThrownBy(() -> ask(acme, "owner@example.com"))
                        .hasMessageStartingWith("Zu viele Anfragen nach einem Link zum Setzen eines neuen Passworts."));
        assertThat(events.of(acme, PasswordResetRequested.class)).hasSize(PasswordResetThrottle.MAX_PER_ACCOUNT);
        // Made-up emails count the same: the refusal tells nothing about who is a member.
        for (int i = 0; i < PasswordResetThrottle.MAX_PER_ACCOUNT; i++) {
            ask(acme, "stranger@example.com");
        }
        assertThatThrownBy(() -> ask(acme, "stranger@example.com")).isInstanceOf(ResetThrottledException.class);
        // Asking is what was held up, not signing in, nor another member's asking.
        assertThat(login(acme, "old-password-1")).isNotBlank();
        ask(acme, "someone.else@example.com");
    }

    @Test
    void one_address_asking_for_many_emails_is_stopped() {
        String from = address();
        for (int i = 0; i < PasswordResetThrottle.MAX_PER_ADDRESS; i++) {
            ask(acme, "person" + i + "@example.com", from);
        }
        assertThatThrownBy(() -> ask(acme, "one-more@example.com", from)).isInstanceOf(ResetThrottledException.class);
        Tenant elsewhere = organizations.create("resetaddr");
        assertThatThrownBy(() -> ask(elsewhere, "one-more@example.com", from))
                .as("across organizations")
                .isInstanceOf(ResetThrottledException.class);
        ask(acme, "one-more@example.com");
    }

    @Test
    void asking_on_another_organization_for_a_member_of_acme_does_nothing_and_acmes_links_do_not_work_there() {
        Tenant globex = organizations.create("resetglobex");
        int before = events.all().size();
        ask(globex, "owner@example.com");
        assertThat(events.all()).hasSize(before);

        ask(acme, "owner@example.com");
        String token =
                token(events.of(acme, PasswordResetRequested.class).getFirst().link());
        TenantContext.runAs(globex, () -> {
            assertThat(users.invitationUsable(token)).isFalse();
            assertThatThrownBy(() -> users.acceptInvitation(token, "new-password-22"))
                    .isInstanceOf(InvalidUserException.class);
        });
        TenantContext.runAs(
                acme, () -> assertThat(users.invitationUsable(token)).isTrue());
    }

    @Test
    void an_invitation_is_sent_with_its_link_and_the_member_joins_once_when_they_set_a_password() {
        assertThat(events.of(acme, MemberJoined.class))
                .as("created with a password (the first admin at sign-up too): joined at once")
                .extracting(MemberJoined::email)
                .containsExactly(TestOrganizations.ADMIN_EMAIL, "owner@example.com");
        Instant invitedAt = clock.instant();
        Invited invited =
                TenantContext.callAs(acme, () -> users.invite("guest@example.com", "Gwen Guest", Set.of(Role.STUDENT)));
        var invitation = events.of(acme, InvitationCreated.class).getFirst();
        assertThat(invitation.userId()).isEqualTo(invited.user().id());
        assertThat(invitation.email()).isEqualTo("guest@example.com");
        assertThat(invitation.displayName()).isEqualTo("Gwen Guest");
        assertThat(invitation.link())
                .isEqualTo("http://" + acme.slug() + ".lyceum.localhost:8080/invite/" + invited.token());
        assertThat(invitation.expiresAt()).isAfterOrEqualTo(invitedAt.plus(UserService.INVITATION_VALIDITY));
        assertThat(events.of(acme, MemberJoined.class))
                .as("not before they accept")
                .hasSize(2);

        String again = TestOrganizations.asAdmin(
                        acme, () -> users.reinvite(invited.user().id()))
                .orElseThrow();
        assertThat(events.of(acme, InvitationCreated.class))
                .extracting(InvitationCreated::link)
                .last()
                .asString()
                .endsWith("/invite/" + again);

        TenantContext.runAs(acme, () -> users.acceptInvitation(again, "welcome-aboard-7"));
        assertThat(events.of(acme, MemberJoined.class))
                .extracting(MemberJoined::email)
                .containsExactly(TestOrganizations.ADMIN_EMAIL, "owner@example.com", "guest@example.com");
        assertThat(TestOrganizations.asAdmin(
                        acme, () -> users.reinvite(invited.user().id())))
                .as("joined: no more invitations")
                .isEmpty();
    }

    @Test
    void an_invited_member_who_lost_the_invitation_asks_for_a_link_and_joins_with_it() {
        TenantContext.runAs(acme, () -> users.invite("late@example.com", "Lee Late", Set.of(Role.STUDENT)));
        ask(acme, "late@example.com");
        String token =
                token(events.of(acme, PasswordResetRequested.class).getFirst().link());
        TenantContext.runAs(acme, () -> users.acceptInvitation(token, "finally-here-9"));
        assertThat(events.of(acme, MemberJoined.class))
                .extracting(MemberJoined::email)
                .containsExactly(TestOrganizations.ADMIN_EMAIL, "owner@example.com", "late@example.com");
    }
}
