package io.lyceum.notification;

import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A verified sender domain releases the organization's mail that waited for it: in the transaction
 * that records the verification, so that both happen or neither; the messages go after its commit.
 */
@Component
class HeldMailRelease {

    private final MailOutbox outbox;
    private final TenantDirectory directory;
    private final TransactionTemplate transactions;

    HeldMailRelease(MailOutbox outbox, TenantDirectory directory, PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(SenderDomainVerified verified) {
        boolean inContext = TenantContext.current()
                .map(tenant -> tenant.slug().equals(verified.org()))
                .orElse(false);
        if (inContext) {
            transactions.executeWithoutResult(status -> outbox.releaseDomainHeld());
        } else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Published for an organization not bound here (a background DNS check): bind it first.
            var tenant = directory.findBySlug(verified.org()).orElseThrow().tenant();
            TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> outbox.releaseDomainHeld()));
        } else {
            throw new IllegalStateException(
                    "SenderDomainVerified for " + verified.org() + " published in another organization's transaction");
        }
    }
}
