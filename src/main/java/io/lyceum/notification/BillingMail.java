package io.lyceum.notification;

import io.lyceum.billing.BillingService;
import io.lyceum.billing.SubscriptionChanged;
import io.lyceum.billing.SubscriptionStatus;
import io.lyceum.identity.Members;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import java.time.Instant;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing notices to an organization's admins: a failed payment (with the end of the grace period)
 * and a change of plan. Stripe's webhook commits in the platform schema, where the event publication
 * registry keeps the event until this has run; here the organization is bound first and then its
 * own transaction opened, so the mail is queued in the organization's schema.
 */
@Component
class BillingMail {

    private static final Logger log = LoggerFactory.getLogger(BillingMail.class);

    private final Mails mails;
    private final Members members;
    private final TenantDirectory directory;
    private final BillingService billing;
    private final TransactionTemplate transaction;

    BillingMail(
            Mails mails,
            Members members,
            TenantDirectory directory,
            BillingService billing,
            PlatformTransactionManager transactions) {
        this.mails = mails;
        this.members = members;
        this.directory = directory;
        this.billing = billing;
        this.transaction = new TransactionTemplate(transactions);
        // Never joins what the publisher may still have bound to the thread after its commit.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Async
    @TransactionalEventListener
    void on(SubscriptionChanged changed) {
        MailKind kind = kind(changed);
        if (kind == null) {
            return;
        }
        Tenant tenant = directory
                .findBySlug(changed.slug())
                .map(TenantDirectory.Entry::tenant)
                .orElse(null);
        if (tenant == null) {
            log.warn("Subscription of {}, which is no organization", changed.slug());
            return;
        }
        TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> notifyAdmins(kind, tenant)));
    }

    /** Which notice a change calls for: a new plan outranks the payment state it came with. */
    static @Nullable MailKind kind(SubscriptionChanged changed) {
        if (changed.planChanged()) {
            return MailKind.PLAN_CHANGED;
        }
        return changed.status() == SubscriptionStatus.PAST_DUE ? MailKind.PAYMENT_FAILED : null;
    }

    private void notifyAdmins(MailKind kind, Tenant tenant) {
        Instant graceEnds = kind == MailKind.PAYMENT_FAILED ? billing.overview().graceEnds() : null;
        var brand = mails.branding();
        for (var admin : members.admins()) {
            var to = mails.member(admin.id(), admin.email(), admin.displayName());
            var values = new HashMap<String, Object>();
            values.put("plan", tenant.planName());
            values.put("link", brand.url(MailLinks.billing()));
            if (graceEnds != null) {
                values.put("graceEnds", Mails.moments(to).date(graceEnds));
            }
            mails.queue(kind, to, values);
        }
    }
}
