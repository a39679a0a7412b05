package io.lyceum.identity;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Members of the organization in context. Every query runs inside that organization's schema. */
@Service
@Validated
public class UserService {

    private final UserRepository users;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final SignInStamps stamps;
    private final InvitationLinks links;
    private final Clock clock;

    UserService(
            UserRepository users,
            InvitationRepository invitations,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            LoginThrottle throttle,
            SignInStamps stamps,
            InvitationLinks links,
            Clock clock) {
        this.throttle = throttle;
        this.stamps = stamps;
        this.links = links;
        this.users = users;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a member with the password given, who has joined: {@link MemberJoined} (the welcome mail).
     * Invalid input is refused with the field at fault and nothing is written.
     */
    @Transactional
    public UserSummary create(@Valid NewUser request) {
        User user = add(request, true);
        events.publishEvent(new MemberJoined(user.id(), user.email(), user.displayName()));
        return UserSummary.of(user);
    }

    private User add(NewUser request, boolean passwordChosen) {
        String org = TenantContext.require().slug();
        String email = User.normalizeEmail(request.email());
        if (users.existsByEmail(email)) {
            throw new InvalidUserException("email", "Someone with this email is already a member");
        }
        User user = users.save(new User(
                email,
                request.displayName(),
                passwordEncoder.encode(request.password()),
                request.roles(),
                clock.instant(),
                passwordChosen));
        events.publishEvent(new UserCreated(org, user.id()));
        return user;
    }

    /** How long an invitation link stays usable. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    /** How long a link to set a new password that an admin made stays usable. */
    public static final Duration RESET_VALIDITY = Duration.ofDays(1);
    /**
     * How long a link to set a new password that anyone asked for on the login page stays usable:
     * short, as it goes to a mailbox on nobody's say-so but the asker's.
     */
    public static final Duration SELF_SERVICE_RESET_VALIDITY = Duration.ofHours(1);

    /**
     * Adds a member who sets their own password through a single-use link, sent to them by mail
     * ({@link InvitationCreated}). Until then their account has a random password nobody knows, and
     * they have not joined.
     */
    @Transactional
    public Invited invite(
            @EmailAddress String email,
            @PersonName String displayName,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles) {
        String unknowable = token();
        User user = add(new NewUser(email, displayName, unknowable + "-9", roles), false);
        Link link = newLink(user.id(), INVITATION_VALIDITY);
        events.publishEvent(new InvitationCreated(
                user.id(), user.email(), user.displayName(), links.url(link.token()), link.expiresAt()));
        return new Invited(UserSummary.of(user), link.token());
    }

    /**
     * A single-use link for a member to set a new password (forgotten, or locked out by someone
     * guessing), made by an admin and sent to the member by mail ({@link PasswordResetRequested}):
     * it ends the account's sign-in back-off when used. Earlier unused links of the member stop
     * working. Returns the token of {@link InvitationLinks#resetUrl}.
     */
    @Transactional
    public String passwordReset(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new InvalidUserException("user", "No such member"));
        return sendReset(user, RESET_VALIDITY);
    }

    /**
     * Asked for on the login page: a link valid for {@link #SELF_SERVICE_RESET_VALIDITY}, by mail
     * only. Nothing at all for an email that is no enabled member's; the asker learns the same either
     * way ({@link PasswordResets}).
     */
    @Transactional
    void selfServiceReset(String email) {
        users.findByEmail(User.normalizeEmail(email))
                .filter(User::enabled)
                .ifPresent(user -> sendReset(user, SELF_SERVICE_RESET_VALIDITY));
    }

    private String sendReset(User user, Duration validity) {
        Link link = newLink(user.id(), validity);
        events.publishEvent(new PasswordResetRequested(
                user.id(), user.email(), user.displayName(), links.resetUrl(link.token()), link.expiresAt()));
        return link.token();
    }

    /**
     * A new invitation link for a member who was invited and has not set a password yet (for a
     * report of invitations whose links were lost), sent to them by mail as well; their earlier links
     * stop working. Empty for a member who has set a password.
     */
    @Transactional
    public Optional<String> reinvite(long userId) {
        Optional<User> invited = users.findById(userId).filter(user -> !user.joined());
        if (invited.isEmpty()) {
            return Optional.empty();
        }
        User user = invited.get();
        Link link = newLink(userId, INVITATION_VALIDITY);
        events.publishEvent(new InvitationCreated(
                user.id(), user.email(), user.displayName(), links.url(link.token()), link.expiresAt()));
        return Optional.of(link.token());
    }

    /**
     * One more invitation link for a member who was invited and has not set a password yet, for the
     * admin to hand over themselves (a download of an import's links): the links already mailed keep
     * working and nothing is mailed, so that downloading twice neither mails everyone again nor
     * breaks the links in their mailboxes. Empty for a member who has set a password.
     */
    @Transactional
    public Optional<String> extraInvitationLink(long userId) {
        if (users.findById(userId).filter(user -> !user.joined()).isEmpty()) {
            return Optional.empty();
        }
        String token = token();
        Instant now = clock.instant();
        invitations.save(new Invitation(userId, sha256(token), now, now.plus(INVITATION_VALIDITY)));
        return Optional.of(token);
    }

    /** A single-use link's token (given out, never stored) and when it stops working. */
    private record Link(String token, Instant expiresAt) {}

    /** A new single-use link for the member; their earlier unused links stop working. */
    private Link newLink(long userId, Duration validity) {
        Instant now = clock.instant();
        invitations.expireUnused(userId, now);
        String token = token();
        Instant expiresAt = now.plus(validity);
        invitations.save(new Invitation(userId, sha256(token), now, expiresAt));
        return new Link(token, expiresAt);
    }

    /**
     * Sets the password of an invited member (who joins: {@link MemberJoined}), or a new one of a
     * member; the link works once and expires, and the member's other links stop working. A new
     * password ends the member's other sessions ({@link SignInStamps}); the session that set it, if
     * signed in as the member, stays. The link is spent by a conditional update before the password
     * is written, so of two acceptances racing each other one sets the password; a refused password
     * rolls the whole transaction back and leaves the link usable.
     */
    @Transactional
    public UserSummary acceptInvitation(String token, @Password String password) {
        return acceptInvitation(token, password, null);
    }

    /** As {@link #acceptInvitation(String, String)}, from the address the person sets the password from. */
    @Transactional
    public UserSummary acceptInvitation(String token, @Password String password, @Nullable String fromAddress) {
        Instant now = clock.instant();
        Invitation invitation = invitations
                .findByTokenHash(sha256(token))
                .filter(found -> found.usableAt(now))
                .orElseThrow(InvitationNotValid::new);
        if (invitations.useIfUnused(invitation.id(), now) != 1) {
            throw new InvitationNotValid();
        }
        User user = users.findById(invitation.userId()).orElseThrow();
        if (PasswordPolicy.mentionsEmail(password, user.email())) {
            throw new InvalidUserException("password", ConstraintMessages.get("password.mentions-email"));
        }
        String org = TenantContext.require().slug();
        boolean joining = !user.joined();
        user.password(passwordEncoder.encode(password), now);
        Instant stamp = user.signInStamp();
        // A link sent before the new password was set is no way in after it.
        invitations.expireUnused(user.id(), now);
        throttle.passwordChanged(org, user.email(), fromAddress);
        stamps.passwordChanged(org, user.id(), stamp);
        if (joining) {
            events.publishEvent(new MemberJoined(user.id(), user.email(), user.displayName()));
        }
        return UserSummary.of(user);
    }

    /**
     * Whether a link to set a password ({@code /invite/<token>}) can still be used: known here, not
     * used, not expired. Only looks, so opening the page never spends the link; says nothing of the
     * account behind it.
     */
    @Transactional(readOnly = true)
    public boolean invitationUsable(String token) {
        return invitations
                .findByTokenHash(sha256(token))
                .filter(found -> found.usableAt(clock.instant()))
                .isPresent();
    }

    private static final class InvitationNotValid extends InvalidUserException {
        InvitationNotValid() {
            super("token", "This invitation link is not valid any more. Ask for a new one.");
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public Page<UserSummary> page(Pageable pageable) {
        return users.findAll(pageable).map(UserSummary::of);
    }

    /** Members searched by name or email, a page at a time, with their roles (three statements a page). */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Page<UserSummary> search(String text, Pageable pageable) {
        Page<Long> ids = users.searchIds(text.strip(), pageable);
        var found = byIds(ids.getContent()).stream().collect(Collectors.toMap(UserSummary::id, user -> user));
        return ids.map(found::get);
    }

    @Transactional(readOnly = true)
    @MembersOnly
    public long countWithRole(Role role) {
        return users.countWithRole(role);
    }

    /** Members holding a role, searched by name or email, a page at a time. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public Page<UserSummary> withRole(Role role, String text, Pageable pageable) {
        return users.withRole(role, text.strip(), pageable).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    @MembersOnly
    public List<UserSummary> byIds(Collection<Long> ids) {
        return users.findByIdIn(ids).stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    @TeachersOnly
    public Optional<UserSummary> findByEmail(String email) {
        return users.findByEmail(User.normalizeEmail(email)).map(UserSummary::of);
    }

    /**
     * Members' names by id, to say who taught a course or holds a certificate. Names only: also for
     * work that runs without anyone signed in (issuing certificates).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : users.findByIdIn(ids).stream().collect(Collectors.toMap(User::id, User::displayName));
    }

    @Transactional(readOnly = true)
    Optional<LoginCandidate> loginCandidate(String email) {
        String org = TenantContext.require().slug();
        return users.findByEmail(User.normalizeEmail(email))
                .filter(User::enabled)
                .map(user -> new LoginCandidate(
                        new LyceumUser(org, user.id(), user.email(), user.displayName(), user.roles(), false),
                        user.passwordHash(),
                        user.signInStamp()));
    }

    /**
     * A principal to be, the hash its password must match, and the stamp of that password (what the
     * session records). Never leaves this module.
     */
    record LoginCandidate(LyceumUser user, String passwordHash, Instant signInStamp) {}
}
