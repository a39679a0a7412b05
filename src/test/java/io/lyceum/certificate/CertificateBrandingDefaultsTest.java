package io.lyceum.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.tenancy.Tenant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Certificates without a colour or logo of their own print the organization's branding. */
class CertificateBrandingDefaultsTest {

    private static final UUID ORG_LOGO = UUID.fromString("0b0e6d3c-1111-4a4a-9c9c-000000000001");
    private static final UUID OWN_LOGO = UUID.fromString("0b0e6d3c-1111-4a4a-9c9c-000000000002");

    private static Tenant branded(String colour, UUID logo) {
        return new Tenant(
                7,
                "acme",
                "Acme",
                "org_acme",
                "PRO",
                "Pro",
                Set.of(),
                ZoneOffset.UTC,
                colour,
                logo,
                null,
                Locale.ENGLISH);
    }

    @Test
    void a_template_without_colour_and_logo_takes_the_organizations() {
        var plain = new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), null, null);
        var printed = plain.withOrganizationDefaults(branded("#0b6e4f", ORG_LOGO));
        assertThat(printed.primaryColor()).isEqualTo("#0b6e4f");
        assertThat(printed.logoFile()).isEqualTo(ORG_LOGO);
        assertThat(printed.wording()).isEqualTo(plain.wording());
    }

    @Test
    void the_certificates_own_colour_and_logo_win() {
        var own = new CertificateTemplate(CertificateDesign.MODERN, CertificateWording.defaults(), "#222222", OWN_LOGO);
        var printed = own.withOrganizationDefaults(branded("#0b6e4f", ORG_LOGO));
        assertThat(printed.primaryColor()).isEqualTo("#222222");
        assertThat(printed.logoFile()).isEqualTo(OWN_LOGO);
    }

    @Test
    void without_any_branding_lyceums_defaults_stay() {
        var plain = new CertificateTemplate(CertificateDesign.CLASSIC, CertificateWording.defaults(), null, null);
        var printed = plain.withOrganizationDefaults(branded(null, null));
        assertThat(printed.primaryColor()).isNull();
        assertThat(printed.logoFile()).isNull();
    }
}
