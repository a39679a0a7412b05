package io.lyceum.branding;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.files.FileStore;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.platform.OrganizationBranding;
import io.lyceum.platform.OrganizationBranding.Branding;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The branding page's service: the platform keeps the values, this module checks the logo, which is
 * a file of the organization's own store. A logo is PNG or JPEG (what mail clients and the certificate
 * PDF show) of at most {@link #LOGO_MAX_SIZE}; SVG is refused, as an image that can carry script.
 */
@Service
public class BrandingSettings {

    public static final DataSize LOGO_MAX_SIZE = DataSize.ofKilobytes(512);
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

    private final OrganizationBranding branding;
    private final FileStore files;

    BrandingSettings(OrganizationBranding branding, FileStore files) {
        this.branding = branding;
        this.files = files;
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public Branding current() {
        return branding.current();
    }

    @Transactional
    @AdminsOnly
    public Branding save(Branding changed) {
        if (changed.logoFile() != null
                && !changed.logoFile().equals(branding.current().logoFile())) {
            logoProblem(changed.logoFile()).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        return branding.save(changed);
    }

    /** Why a stored file cannot be the logo, if it cannot. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public Optional<String> logoProblem(UUID file) {
        var content = files.load(file);
        if (content.isEmpty()) {
            return Optional.of(ConstraintMessages.get("branding.logo.gone"));
        }
        if (!LOGO_TYPES.contains(content.get().contentType())) {
            return Optional.of(ConstraintMessages.get("branding.logo.type"));
        }
        if (content.get().data().length > LOGO_MAX_SIZE.toBytes()) {
            return Optional.of(ConstraintMessages.get("branding.logo.too-large", "512 KB"));
        }
        return Optional.empty();
    }
}
