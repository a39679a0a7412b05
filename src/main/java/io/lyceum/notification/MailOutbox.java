package io.lyceum.notification;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Queues mail in the organization's schema, in the transaction of the change that causes it. */
@Component
class MailOutbox {

    private final OutboxStore store;
    private final MailUsage usage;
    private final Unsubscribes unsubscribes;
    private final SenderIdentity identity;
    private final PlanPolicy plans;
    private final MailSettings settings;
    private final MailDispatcher dispatcher;

    MailOutbox(
            OutboxStore store,
            MailUsage usage,
            Unsubscribes unsubscribes,
            SenderIdentity identity,
            PlanPolicy plans,
            MailSettings settings,
            MailDispatcher dispatcher) {
        this.store = store;
        this.usage = usage;
        this.unsubscribes = unsubscribes;
        this.identity = identity;
        this.plans = plans;
        this.settings = settings;
        this.dispatcher = dispatcher;
    }

    /**
     * Stores the message; a worker sends it after commit (and nothing is sent if the transaction
     * rolls back). Non-essential mail to someone who unsubscribed from its kind is stored as
     * suppressed; non-essential mail past the shared domain's monthly allowance (without a verified
     * domain of the organization's own) or past the plan's emails per month is held. Essential mail
     * always goes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(OutgoingMail mail) {
        Tenant tenant = TenantContext.require();
        usage.lockMonth(tenant.id());
        MailStatus status = MailStatus.QUEUED;
        HoldReason reason = null;
        MailKind kind = mail.kind();
        if (!kind.essential()) {
            if (unsubscribes.optedOut(mail.toAddress(), kind)) {
                status = MailStatus.SUPPRESSED;
            } else if (store.countedThisMonth() >= settings.sharedDomainMonthlyLimit()
                    && !identity.hasVerifiedDomain()) {
                status = MailStatus.HELD;
                reason = HoldReason.DOMAIN;
            } else if (!plans.check(PlanAction.SEND_EMAIL).allowed()) {
                status = MailStatus.HELD;
                reason = HoldReason.PLAN;
            }
        }
        String listUnsubscribe = unsubscribes.urlFor(mail.toAddress(), kind).orElse(null);
        store.insert(mail, status, reason, listUnsubscribe, messageId(tenant));
        switch (status) {
            case QUEUED -> {
                usage.add(tenant.id(), 1, 0, 0, 0);
                drainAfterCommit(tenant);
            }
            case HELD -> usage.add(tenant.id(), 0, 0, 0, 1);
            default -> {}
        }
    }

    /** What the plan's emails-per-month limit counts: this month's mail that goes out (UTC months). */
    @Transactional(readOnly = true)
    long countedThisMonth() {
        return store.countedThisMonth();
    }

    /** The organization's held messages for one reason. */
    @Transactional(readOnly = true)
    long held(HoldReason reason) {
        return store.held(reason);
    }

    /** Releases mail held for the shared domain's allowance (the organization's domain is verified now). */
    @Transactional(propagation = Propagation.MANDATORY)
    int releaseDomainHeld() {
        int released = store.release(HoldReason.DOMAIN, Integer.MAX_VALUE);
        afterRelease(released);
        return released;
    }

    /**
     * Releases as much mail held for the plan's limit as the plan has room for now (after an upgrade,
     * or in a new month); mail held for the shared domain all at once with a verified domain by now
     * (in case the verification's event was missed), else as much as this month's allowance has room
     * for (a new month). Released mail counts in this month.
     */
    @Transactional
    int releaseWhatMayGo() {
        int released = 0;
        long domainHeld = store.held(HoldReason.DOMAIN);
        if (domainHeld > 0 && identity.hasVerifiedDomain()) {
            released += store.release(HoldReason.DOMAIN, Integer.MAX_VALUE);
        } else if (domainHeld > 0) {
            // A new month: the shared domain's allowance has room again, oldest held mail first.
            long room = settings.sharedDomainMonthlyLimit() - store.countedThisMonth();
            if (room > 0) {
                released += store.release(HoldReason.DOMAIN, Math.min(room, domainHeld));
            }
        }
        // One at a time, each asking the plan again: the policy alone knows the limit, and what it
        // counts grows with each released message.
        long planHeld = store.held(HoldReason.PLAN);
        while (planHeld-- > 0 && plans.check(PlanAction.SEND_EMAIL).allowed()) {
            released += store.release(HoldReason.PLAN, 1);
        }
        afterRelease(released);
        return released;
    }

    /** A failed message queued again, in the organization in context; false when it is not failed. */
    @Transactional
    boolean retryFailed(long messageId) {
        Tenant tenant = TenantContext.require();
        if (!store.requeueFailed(messageId)) {
            return false;
        }
        usage.clearFailure(tenant.id(), messageId);
        usage.add(tenant.id(), 1, 0, 0, 0);
        drainAfterCommit(tenant);
        return true;
    }

    private void afterRelease(int released) {
        if (released > 0) {
            Tenant tenant = TenantContext.require();
            usage.add(tenant.id(), released, 0, 0, 0);
            drainAfterCommit(tenant);
        }
    }

    /**
     * Hands the organization's outbox to a worker once this transaction has committed (once per
     * transaction, however many messages it queued). A crash before the worker runs loses nothing:
     * the poller finds the message.
     */
    private void drainAfterCommit(Tenant tenant) {
        if (!settings.dispatchAfterCommit()) {
            return;
        }
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(sync -> sync instanceof DrainAfterCommit drain && drain.tenant.id() == tenant.id());
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new DrainAfterCommit(tenant, dispatcher));
        }
    }

    /** A stable Message-ID, fixed at queue time so that every attempt carries the same one. */
    private String messageId(Tenant tenant) {
        String domain = domainOf(identity.from());
        return "<" + UUID.randomUUID() + "." + tenant.slug() + "@" + domain + ">";
    }

    private static String domainOf(@Nullable InternetAddress from) {
        String address = from == null ? null : from.getAddress();
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? "lyceum.localhost" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private record DrainAfterCommit(Tenant tenant, MailDispatcher dispatcher) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            dispatcher.drainLater(tenant);
        }
    }
}
