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
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final UserSearch search;
    private final Clock clock;

    UserService(
            UserRepository users,
            InvitationRepository invitations,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            LoginThrottle throttle,
            SignInStamps stamps,
            InvitationLinks links,
            UserSearch search,
            Clock clock) {
        this.search = search;
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
     * Members' names by id, for someone signed in. Work that runs with nobody signed in (issuing
     * certificates) reads names through {@link Members#displayNames}.
     */
    @Transactional(readOnly = true)
    @MembersOnly
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : users.findByIdIn(ids).stream().collect(Collectors.toMap(User::id, User::displayName));
    }

    /** A member, deactivated ones too: the sign-in checks the password first, then refuses a deactivated member. */
    @Transactional(readOnly = true)
    Optional<LoginCandidate> loginCandidate(String email) {
        String org = TenantContext.require().slug();
        return users.findByEmail(User.normalizeEmail(email))
                .map(user -> new LoginCandidate(
                        new LyceumUser(org, user.id(), user.email(), user.displayName(), user.roles(), false),
                        user.passwordHash(),
                        user.signInStamp(),
                        user.enabled()));
    }

    /** A successful sign-in of the member: when, for the People page. */
    @Transactional
    void signedIn(long userId) {
        users.signedIn(userId, clock.instant());
    }

    /**
     * A principal to be, the hash its password must match, the stamp of that password (what the
     * session records), and whether the member may sign in. Never leaves this module.
     */
    record LoginCandidate(LyceumUser user, String passwordHash, Instant signInStamp, boolean enabled) {
        LoginCandidate(LyceumUser user, String passwordHash, Instant signInStamp) {
            this(user, passwordHash, signInStamp, true);
        }
    }

    // The People page: members filtered and paged in SQL, and what admins change about them.

    /** Members matching the filter, a page at a time, sorted in SQL (three statements a page). */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Page<Member> members(MemberFilter filter, Pageable pageable) {
        Page<Long> ids = search.ids(filter, pageable);
        var found = users.findByIdIn(ids.getContent()).stream().collect(Collectors.toMap(User::id, Member::of));
        return ids.map(found::get);
    }

    /** One member of the organization in context; empty for an id that is no member here. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Optional<Member> member(long userId) {
        return users.findById(userId).map(Member::of);
    }

    /** The cohorts admins filed members in (people imports), for the People page's filter. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public List<String> cohorts() {
        return users.cohorts();
    }

    /**
     * Gives the member these roles. An admin cannot take their own admin role, and the last admin who
     * can sign in keeps it (the organization would have nobody to manage it). Taking a role away ends
     * the member's sessions, so that it takes effect at once. The plan's instructor limit is for the
     * caller to reserve (it knows the plan).
     */
    @Transactional
    @AdminsOnly
    public RoleChange changeRoles(long userId, @NotEmpty(message = "{user.roles.required}") Set<Role> roles) {
        User user = users.findById(userId).orElseThrow(() -> new NoSuchMemberException(userId));
        Set<Role> before = user.roles();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (isCaller(userId)) {
                throw new InvalidUserException("roles", ConstraintMessages.get("people.roles.own-admin"));
            }
            keepAnAdmin(user);
        }
        user.roles(roles, clock.instant());
        users.flush();
        if (!roles.containsAll(before)) {
            String org = TenantContext.require().slug();
            if (isCaller(userId)) {
                stamps.passwordChanged(org, userId, user.signInStamp()); // the admin's own session stays
            } else {
                stamps.signInsEnded(org, userId);
            }
        }
        return new RoleChange(Member.of(user), before, user.roles());
    }

    /**
     * Deactivates the member: they cannot sign in, their sessions end on every node within {@link
     * SignInStamps#TTL} (at once on this one), their unused links stop working; everything they did
     * stays. Not oneself, not the last admin who can sign in.
     */
    @Transactional
    @AdminsOnly
    public Member deactivate(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NoSuchMemberException(userId));
        if (isCaller(userId)) {
            throw new InvalidUserException("user", ConstraintMessages.get("people.deactivate.self"));
        }
        if (user.enabled() && user.roles().contains(Role.ADMIN)) {
            keepAnAdmin(user);
        }
        user.enabled(false);
        invitations.expireUnused(userId, clock.instant());
        stamps.signInsEnded(TenantContext.require().slug(), userId);
        return Member.of(user);
    }

    /** The member can sign in again, with the password they had (or a link an admin sends). */
    @Transactional
    @AdminsOnly
    public Member reactivate(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NoSuchMemberException(userId));
        user.enabled(true);
        stamps.signInsEnded(TenantContext.require().slug(), userId);
        return Member.of(user);
    }

    /** Files the member in a cohort of the organization (blank: none). */
    @Transactional
    @AdminsOnly
    public Member cohort(long userId, @CohortLabel @Nullable String cohort) {
        User user = users.findById(userId).orElseThrow(() -> new NoSuchMemberException(userId));
        user.cohort(cohort);
        return Member.of(user);
    }

    /** Refuses when the member is the last admin who can sign in; the admins stay locked until the transaction ends. */
    private void keepAnAdmin(User leaving) {
        boolean another = users.lockActiveAdmins().stream().anyMatch(admin -> admin.id() != leaving.id());
        if (!another) {
            throw new InvalidUserException("roles", ConstraintMessages.get("people.roles.last-admin"));
        }
    }

    private static boolean isCaller(long userId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof LyceumUser user
                && !user.staff()
                && user.id() == userId
                && TenantContext.current()
                        .map(tenant -> tenant.slug().equals(user.org()))
                        .orElse(false);
    }
}
