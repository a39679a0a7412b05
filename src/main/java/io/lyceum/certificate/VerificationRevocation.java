package io.lyceum.certificate;

import io.lyceum.platform.OrganizationDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization staff deleted takes its certificates' verification codes with it, in the same
 * transaction as its platform rows: {@code /verify/<code>} answers "unknown" from then on, and a later
 * organization under the same slug never inherits the codes.
 */
@Component
class VerificationRevocation {

    private static final Logger log = LoggerFactory.getLogger(VerificationRevocation.class);

    private final VerificationIndex index;

    VerificationRevocation(VerificationIndex index) {
        this.index = index;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(OrganizationDeleted deleted) {
        int removed = index.deleteByOrgSlug(deleted.slug());
        log.info("Verification codes of deleted organization {} removed: {}", deleted.slug(), removed);
    }
}
