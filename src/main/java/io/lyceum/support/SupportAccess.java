package io.lyceum.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lyceum.audit.AuditActor;
import io.lyceum.audit.AuditLog;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.SupportMode;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import io.lyceum.tenancy.TenantStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts, enters, checks and ends support sessions. Staff start one on the base domain for an
 * organization, a reason and a length (default 30 minutes, at most 4 hours); that gives a one-time
 * entry token, good for a minute on the organization's host, where it becomes a read-only sign-in.
 * Starting and ending are recorded in the platform's log and the organization's.
 */
@Service
public class SupportAccess {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    public static final Duration MAX_LENGTH = Duration.ofHours(4);
    public static final Duration MIN_LENGTH = Duration.ofMinutes(5);
    public static final int REASON_MIN_LENGTH = 10;
    public static final int REASON_MAX_LENGTH = 500;
    static final Duration ENTRY_VALIDITY = Duration.ofMinutes(1);

    static final String STARTED = "support.started";
    static final String ENTERED = "support.entered";
    static final String ENDED = "support.ended";

    /** A started session: where the staff member's browser goes next to enter it. */
    public record Started(long sessionId, String entryPath) {}

    /** An entered session: the read-only sign-in and the grant it carries. */
    public record Entered(LyceumUser user, SupportGrant grant) {}

    private final EntityManager entityManager;
    private final TenantDirectory directory;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate bookkeeping;
    private final SecureRandom random = new SecureRandom();

    /** Whether a session still holds: asked on every request of its sign-in, so briefly remembered. */
    private final Cache<Long, Instant> holding = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10))
            .build();

    SupportAccess(
            EntityManager entityManager,
            TenantDirectory directory,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.bookkeeping = new TransactionTemplate(transactions);
        // Support bookkeeping happens while the staff member's sign-in is read-only: it writes only
        // platform tables, in the audit log's writable transactions.
        bookkeeping.setName(SupportMode.AUDIT_TRANSACTION);
    }

    /** Starts a session for the signed-in staff member; refused for an unknown or inactive organization. */
    @StaffOnly
    @Transactional
    public Started start(String slug, String reason, Duration length) {
        String why = reason.strip();
        if (why.length() < REASON_MIN_LENGTH || why.length() > REASON_MAX_LENGTH) {
            throw new InvalidSupportRequestException("support.reason.length");
        }
        if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
            throw new InvalidSupportRequestException("support.length.range");
        }
        var entry = directory
                .findBySlug(slug.strip().toLowerCase(Locale.ROOT))
                .filter(found -> found.status() == TenantStatus.ACTIVE)
                .orElseThrow(() -> new InvalidSupportRequestException("support.organization.unknown"));
        LyceumUser staff = staffMember();
        Instant now = clock.instant();
        String token = token();
        Object id = entityManager
                .createNativeQuery(
                        "insert into platform.support_session (organization_id, staff_id, staff_name, reason,"
                                + " started_at, expires_at, entry_token, entry_expires_at)"
                                + " values (:org, :staff, :name, :reason, :now, :expires, :token, :entryExpires) returning id")
                .setParameter("org", entry.tenant().id())
                .setParameter("staff", staff.id())
                .setParameter("name", staff.displayName() + " <" + staff.email() + ">")
                .setParameter("reason", why)
                .setParameter("now", now)
                .setParameter("expires", now.plus(length))
                .setParameter("token", sha256(token))
                .setParameter("entryExpires", now.plus(ENTRY_VALIDITY))
                .getSingleResult();
        long sessionId = ((Number) id).longValue();
        String detail = why + " (" + length.toMinutes() + " min)";
        audit.recordForPlatform(entry.tenant().id(), STARTED, entry.tenant().slug(), detail);
        return new Started(sessionId, "/support/enter/" + token);
    }

    /**
     * Turns an entry token into the read-only sign-in of its session, on its organization's host
     * (bound now); empty for a token that is unknown, used, expired or of another organization.
     */
    public Optional<Entered> enter(String token) {
        Tenant tenant = TenantContext.require();
        Instant now = clock.instant();
        Optional<Tuple> row = bookkeeping.execute(status -> entityManager
                .createNativeQuery(
                        "update platform.support_session set entered_at = :now, entry_token = null"
                                + " where entry_token = :token and entry_expires_at > :now and ended_at is null"
                                + " and expires_at > :now and organization_id = :org"
                                + " returning id, staff_id, staff_name, reason, expires_at",
                        Tuple.class)
                .setParameter("now", now)
                .setParameter("token", sha256(token))
                .setParameter("org", tenant.id())
                .getResultStream()
                .findFirst()
                .map(Tuple.class::cast));
        if (row == null || row.isEmpty()) {
            return Optional.empty();
        }
        Tuple session = row.get();
        long sessionId = session.get("id", Number.class).longValue();
        long staffId = session.get("staff_id", Number.class).longValue();
        String staffName = session.get("staff_name", String.class);
        String reason = session.get("reason", String.class);
        Instant expiresAt = session.get("expires_at", Instant.class);
        var actor = new AuditActor(AuditActor.Kind.STAFF, staffId, staffName);
        audit.recordNow(actor, ENTERED, null, reason);
        audit.recordForPlatformNow(actor, tenant.id(), ENTERED, tenant.slug(), reason);
        int open = staffName.lastIndexOf(" <");
        String name = open > 0 ? staffName.substring(0, open) : staffName;
        String email = open > 0 ? staffName.substring(open + 2, staffName.length() - 1) : staffName;
        // A negative id: staff are no member of the organization, and no member's rows may match them.
        var user = new LyceumUser(tenant.slug(), -staffId, email, name, Set.of(Role.values()), true);
        return Optional.of(new Entered(user, new SupportGrant(sessionId, tenant.id(), reason, expiresAt)));
    }

    /** Whether the session still holds (not ended, not expired); remembered for ten seconds. */
    public boolean holds(SupportGrant grant) {
        Instant now = clock.instant();
        if (!grant.expiresAt().isAfter(now)) {
            return false;
        }
        Instant ended = holding.get(grant.sessionId(), this::endOf);
        return ended != null && ended.isAfter(now);
    }

    /** When the session ends: its end if it was ended, else its expiry; the epoch for no such session. */
    private Instant endOf(long sessionId) {
        return TenantContext.callAs(null, () -> {
            List<?> found = bookkeeping.execute(status -> entityManager
                    .createNativeQuery(
                            "select coalesce(ended_at, expires_at) from platform.support_session where id = :id")
                    .setParameter("id", sessionId)
                    .getResultList());
            return found == null || found.isEmpty() ? Instant.EPOCH : (Instant) found.getFirst();
        });
    }

    /** Ends the session of the support sign-in on this thread (its "End now"), recorded on both sides. */
    public void endOwn(SupportGrant grant) {
        LyceumUser staff = staffMember();
        var actor = AuditActor.of(staff);
        Tenant tenant = TenantContext.require();
        markEnded(grant.sessionId());
        audit.recordNow(actor, ENDED, null, null);
        audit.recordForPlatformNow(actor, tenant.id(), ENDED, tenant.slug(), null);
    }

    /** Ends any session from the console (before its time), recorded in the platform's log. */
    @StaffOnly
    public void end(long sessionId) {
        markEnded(sessionId);
        Object org = TenantContext.callAs(
                null,
                () -> bookkeeping.execute(status -> entityManager
                        .createNativeQuery("select organization_id from platform.support_session where id = :id")
                        .setParameter("id", sessionId)
                        .getSingleResult()));
        audit.recordForPlatformNow(
                AuditActor.of(staffMember()), ((Number) org).longValue(), ENDED, "session " + sessionId, null);
    }

    /** Sessions of the last week, newest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<SupportSessionRow> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(
                        "select s.id, o.slug, s.staff_name, s.reason, s.started_at, s.expires_at, s.entered_at, s.ended_at"
                                + " from platform.support_session s join platform.organization o on o.id = s.organization_id"
                                + " where s.started_at > now() - interval '7 days'"
                                + " order by s.started_at desc limit :limit",
                        Tuple.class)
                .setParameter("limit", limit)
                .getResultList();
        var sessions = new ArrayList<SupportSessionRow>();
        for (Tuple row : rows) {
            sessions.add(new SupportSessionRow(
                    row.get("id", Number.class).longValue(),
                    row.get("slug", String.class),
                    row.get("staff_name", String.class),
                    row.get("reason", String.class),
                    row.get("started_at", Instant.class),
                    row.get("expires_at", Instant.class),
                    row.get("entered_at", Instant.class),
                    row.get("ended_at", Instant.class)));
        }
        return sessions;
    }

    private void markEnded(long sessionId) {
        TenantContext.runAs(
                null,
                () -> bookkeeping.executeWithoutResult(status -> entityManager
                        .createNativeQuery("update platform.support_session set ended_at = :now, entry_token = null"
                                + " where id = :id and ended_at is null")
                        .setParameter("now", clock.instant())
                        .setParameter("id", sessionId)
                        .executeUpdate()));
        holding.invalidate(sessionId);
    }

    private LyceumUser staffMember() {
        return currentUser
                .get()
                .filter(LyceumUser::staff)
                .orElseThrow(() -> new IllegalStateException("Only staff start or end support sessions"));
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static @Nullable SupportGrant grantOf(@Nullable Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof SupportGrant grant ? grant : null;
    }
}
