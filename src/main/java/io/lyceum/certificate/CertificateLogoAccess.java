package io.lyceum.certificate;

import io.lyceum.files.FileAccessRule;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The certificate logo is part of the certificate settings, which only admins see. */
@Component
// Reads and writes only inside its caller's transaction.
@Transactional(propagation = Propagation.MANDATORY)
class CertificateLogoAccess implements FileAccessRule {

    private final CertificateSettingsRepository settings;

    CertificateLogoAccess(CertificateSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public boolean allows(UUID file, LyceumUser reader) {
        return reader.has(Role.ADMIN) && settings.isLogo(file);
    }
}
