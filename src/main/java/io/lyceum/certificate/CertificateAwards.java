package io.lyceum.certificate;

import io.lyceum.learning.CompletionAwards;
import io.lyceum.plugin.PluginService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Offers a completed course's certificate on My learning, when the organization has certificates. */
@Component
class CertificateAwards implements CompletionAwards {

    private final CertificateService certificates;
    private final PluginService plugins;

    CertificateAwards(CertificateService certificates, PluginService plugins) {
        this.certificates = certificates;
        this.plugins = plugins;
    }

    @Override
    public Optional<Award> forEnrollment(long enrollmentId) {
        if (!plugins.isActive(CertificatePlugin.ID)) {
            return Optional.empty();
        }
        return certificates
                .forEnrollment(enrollmentId)
                .map(certificate -> new Award("award.certificate.download", certificate.pdfPath()));
    }
}
