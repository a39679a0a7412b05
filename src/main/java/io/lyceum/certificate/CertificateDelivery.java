package io.lyceum.certificate;

import io.lyceum.learning.CourseCompleted;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns completions into certificates. {@code course.completed} is stored by the event publication
 * registry in the organization's schema with the completion itself; this listener runs after commit
 * on the application's task executor (the learner's request waits for no PDF), in its own
 * transaction, with the organization carried over. Should it fail (a render error, a crash), the
 * publication stays incomplete and redelivery hands it over again with backoff; issuing is
 * idempotent (one certificate per completion), so a second delivery changes nothing.
 */
@Component
class CertificateDelivery {

    private static final Logger log = LoggerFactory.getLogger(CertificateDelivery.class);

    private final CertificateIssuer issuer;
    private final PluginService plugins;

    CertificateDelivery(CertificateIssuer issuer, PluginService plugins) {
        this.issuer = issuer;
        this.plugins = plugins;
    }

    @ApplicationModuleListener
    void on(CourseCompleted event) {
        TenantContext.require(event.org());
        if (!plugins.isActive(CertificatePlugin.ID)) {
            return;
        }
        issuer.issueFor(event.enrollmentId())
                .ifPresent(certificate ->
                        log.debug("Certificate issued for enrollment {} of {}", event.enrollmentId(), event.org()));
    }
}
