package io.lyceum.notification;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net under the after-commit hand-off: every node visits every active organization on a
 * timer, releases held mail that may go now and sends what is due (retries after their backoff, mail
 * whose hand-off a crash lost, claims whose dispatcher died). Nodes need no lock between them: the
 * claim skips what another node holds.
 */
@Component
class MailPoller {

    private static final Logger log = LoggerFactory.getLogger(MailPoller.class);

    private final TenantDirectory directory;
    private final MailOutbox outbox;
    private final MailDispatcher dispatcher;

    MailPoller(TenantDirectory directory, MailOutbox outbox, MailDispatcher dispatcher) {
        this.directory = directory;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            fixedDelayString = "${lyceum.mail.poll-interval:PT15S}",
            initialDelayString = "${lyceum.mail.poll-interval:PT15S}")
    void poll() {
        for (Tenant tenant : directory.active()) {
            // The organization is switched with no transaction open; each step opens its own.
            TenantContext.runAs(tenant, () -> {
                try {
                    outbox.releaseWhatMayGo();
                    dispatcher.drain();
                } catch (RuntimeException e) {
                    log.warn("Mail of {} not dispatched in this round: {}", tenant.slug(), e.toString());
                }
            });
        }
    }
}
