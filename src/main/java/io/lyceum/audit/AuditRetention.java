package io.lyceum.audit;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit records older than {@code lyceum.audit.retention} (default a year), daily, from the
 * platform's log and each organization's. Idempotent, so several nodes running it at once only
 * repeat each other's deletes; each organization in its own transaction, bound before it opens.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TenantDirectory directory;
    private final Duration retention;

    AuditRetention(
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            TenantDirectory directory,
            @Value("${lyceum.audit.retention:P365D}") Duration retention) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.directory = directory;
        this.retention = retention;
    }

    @Scheduled(cron = "${lyceum.audit.retention-cron:0 30 3 * * *}")
    void sweep() {
        int deleted = TenantContext.callAs(null, () -> delete("platform.audit_event"));
        for (Tenant tenant : directory.active()) {
            try {
                deleted += TenantContext.callAs(tenant, () -> delete("audit_event"));
            } catch (RuntimeException e) {
                log.warn("Audit retention failed for {}: {}", tenant.slug(), e.getMessage());
            }
        }
        if (deleted > 0) {
            log.info("Audit retention deleted {} records older than {}", deleted, retention);
        }
    }

    private int delete(String table) {
        Integer deleted = transaction.execute(status -> entityManager
                .createNativeQuery("delete from " + table + " where occurred_at < now() - cast(:age as interval)")
                .setParameter("age", retention.toSeconds() + " seconds")
                .executeUpdate());
        return deleted == null ? 0 : deleted;
    }
}
