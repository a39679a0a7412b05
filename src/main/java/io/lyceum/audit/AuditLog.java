package io.lyceum.audit;

import io.lyceum.tenancy.SupportMode;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log. {@link #record} writes into the log of the organization bound to the thread
 * (the platform's when none is), as the person signed in, from the request's address, inside the
 * caller's transaction: a change that rolls back leaves no record of itself. {@link #recordNow}
 * commits on its own, for what must be kept whatever happens next (a failed sign-in, a refusal, a
 * page staff opened in support mode). Actions are keys such as {@code member.role-changed}; the log's
 * pages show the translation of {@code audit.action.<key>}.
 */
@Service
public class AuditLog {

    /**
     * The name of the transactions that write the log on their own. Support mode makes every other
     * transaction read-only; these stay writable so that what staff look at is still recorded.
     */
    public static final String OWN_TRANSACTION = SupportMode.AUDIT_TRANSACTION;

    static final int ACTION_MAX_LENGTH = 60;
    static final int TARGET_MAX_LENGTH = 300;
    static final int DETAIL_MAX_LENGTH = 4000;

    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;

    AuditLog(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setName(OWN_TRANSACTION);
    }

    /** Records what the signed-in person (or Lyceum, in background work) did, in the caller's transaction. */
    @Transactional
    public void record(String action, @Nullable String target, @Nullable String detail) {
        insert(AuditActor.current(request() != null), action, target, detail);
    }

    /** Records what someone named did, in the caller's transaction. */
    @Transactional
    public void record(AuditActor actor, String action, @Nullable String target, @Nullable String detail) {
        insert(actor, action, target, detail);
    }

    /** Records and commits at once, whatever the caller's transaction does afterwards. */
    public void recordNow(AuditActor actor, String action, @Nullable String target, @Nullable String detail) {
        ownTransaction.executeWithoutResult(status -> insert(actor, action, target, detail));
    }

    /** Records as the signed-in person and commits at once. */
    public void recordNow(String action, @Nullable String target, @Nullable String detail) {
        recordNow(AuditActor.current(request() != null), action, target, detail);
    }

    /**
     * Records into the platform's log, about one organization (or none), as the signed-in person, in
     * the caller's transaction. Staff actions across organizations go here; what staff do inside an
     * organization goes into that organization's own log as well.
     */
    @Transactional
    public void recordForPlatform(
            @Nullable Long organizationId, String action, @Nullable String target, @Nullable String detail) {
        insertPlatform(AuditActor.current(request() != null), organizationId, action, target, detail);
    }

    /** Records into the platform's log, about one organization, as someone named, in the caller's transaction. */
    @Transactional
    public void recordForPlatform(
            AuditActor actor,
            @Nullable Long organizationId,
            String action,
            @Nullable String target,
            @Nullable String detail) {
        insertPlatform(actor, organizationId, action, target, detail);
    }

    /** Records into the platform's log and commits at once. */
    public void recordForPlatformNow(
            AuditActor actor,
            @Nullable Long organizationId,
            String action,
            @Nullable String target,
            @Nullable String detail) {
        ownTransaction.executeWithoutResult(status -> insertPlatform(actor, organizationId, action, target, detail));
    }

    private void insert(AuditActor actor, String action, @Nullable String target, @Nullable String detail) {
        if (TenantContext.current().isEmpty()) {
            insertPlatform(actor, null, action, target, detail);
            return;
        }
        entityManager
                .createNativeQuery(
                        "insert into audit_event (actor_kind, actor_id, actor_name, action, target, detail,"
                                + " address) values (:kind, cast(:actorId as bigint), :actor, :action, :target, :detail, :address)")
                .setParameter("kind", actor.kind().name())
                .setParameter("actorId", actor.id())
                .setParameter("actor", actor.name())
                .setParameter("action", clip(action, ACTION_MAX_LENGTH))
                .setParameter("target", clip(target, TARGET_MAX_LENGTH))
                .setParameter("detail", clip(detail, DETAIL_MAX_LENGTH))
                .setParameter("address", address())
                .executeUpdate();
    }

    private void insertPlatform(
            AuditActor actor,
            @Nullable Long organizationId,
            String action,
            @Nullable String target,
            @Nullable String detail) {
        entityManager
                .createNativeQuery(
                        "insert into platform.audit_event (organization_id, actor_kind, actor_id,"
                                + " actor_name, action, target, detail, address)"
                                + " values (cast(:org as bigint), :kind, cast(:actorId as bigint), :actor, :action, :target, :detail, :address)")
                .setParameter("org", organizationId)
                .setParameter("kind", actor.kind().name())
                .setParameter("actorId", actor.id())
                .setParameter("actor", actor.name())
                .setParameter("action", clip(action, ACTION_MAX_LENGTH))
                .setParameter("target", clip(target, TARGET_MAX_LENGTH))
                .setParameter("detail", clip(detail, DETAIL_MAX_LENGTH))
                .setParameter("address", address())
                .executeUpdate();
    }

    private static @Nullable String address() {
        HttpServletRequest request = request();
        return request == null ? null : clip(request.getRemoteAddr(), 64);
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
