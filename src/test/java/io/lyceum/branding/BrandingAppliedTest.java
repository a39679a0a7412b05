package io.lyceum.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.files.FileStore;
import io.lyceum.notification.MailPreviews;
import io.lyceum.platform.OrganizationBranding.Branding;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the branding page saves reaches the organization's mail (name, colour, logo), its public logo
 * address on its own host only, its audit log, and the service refuses what the form refuses.
 */
@LyceumIntegrationTest
class BrandingAppliedTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    BrandingSettings settings;

    @Autowired
    FileStore files;

    @Autowired
    MailPreviews previews;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    /** As the organization's admin, a real member (files record who uploaded them, mail previews address them). */
    private <T> T asAdmin(Tenant org, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        try {
            return TenantContext.callAs(org, work);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Tenant branded(Tenant org, String name, String colour, UUID logo) {
        asAdmin(
                org,
                () -> settings.save(
                        new Branding(name, colour, logo, "Welcome", ZoneId.of("Europe/Vienna"), Locale.ENGLISH)));
        return organizations.reload(org.slug());
    }

    @Test
    void mail_wears_the_organizations_name_colour_and_logo() {
        Tenant org = organizations.create("brandmail");
        UUID logo = asAdmin(org, () -> files.storeImage("logo.png", BrandingImages.png(90, 30)));
        Tenant fresh = branded(org, "Acme Academy", "#0b6e4f", logo);

        var invitation = previews.templates().stream()
                .filter(template -> template.key().equals("invitation"))
                .findFirst()
                .orElseThrow();
        var mail = asAdmin(fresh, () -> previews.preview(invitation, Locale.ENGLISH));
        assertThat(mail.html()).contains("#0b6e4f").contains("Acme Academy").contains("/mail/logo/" + logo);
        assertThat(mail.text()).contains("Acme Academy");
    }

    @Test
    void the_logo_is_public_on_its_own_host_only_and_nothing_else_is_served_there() throws Exception {
        Tenant acme = organizations.create("brandlogo");
        Tenant globex = organizations.create("brandother");
        UUID logo = asAdmin(acme, () -> files.storeImage("logo.png", BrandingImages.png(90, 30)));
        UUID other = asAdmin(acme, () -> files.storeImage("other.png", BrandingImages.png(10, 10)));
        Tenant fresh = branded(acme, "Logo Org", "#0b6e4f", logo);
        assertThat(fresh.logoPath()).isEqualTo("/branding/logo/" + logo);

        String acmeHost = acme.slug() + ".lyceum.localhost:8080";
        var served = http.get(acmeHost, fresh.logoPath(), "");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("content-type").orElseThrow()).startsWith("image/png");
        assertThat(served.header("x-content-type-options")).contains("nosniff");

        assertThat(http.get(acmeHost, "/branding/logo/" + other, "").status()).isEqualTo(404);
        assertThat(http.get(globex.slug() + ".lyceum.localhost:8080", fresh.logoPath(), "")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("lyceum.localhost:8080", fresh.logoPath(), "").status())
                .isEqualTo(404);
    }

    @Test
    void acmes_admin_cannot_open_globexs_branding_or_domain_page() throws Exception {
        Tenant acme = organizations.create("brandiso");
        Tenant globex = organizations.create("brandiso");
        String acmeHost = acme.slug() + ".lyceum.localhost:8080";
        String globexHost = globex.slug() + ".lyceum.localhost:8080";
        String session = http.login(acmeHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(acmeHost, "/admin/branding", session).status()).isEqualTo(200);
        assertThat(http.get(acmeHost, "/admin/branding/domain", session).status())
                .isEqualTo(200);

        for (String page : new String[] {"/admin/branding", "/admin/branding/domain"}) {
            var there = http.get(globexHost, page, session);
            assertThat(there.status()).isEqualTo(302);
            assertThat(there.header("location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    void the_service_refuses_what_the_form_refuses_and_records_what_changed() {
        Tenant org = organizations.create("brandsvc");
        assertThatThrownBy(() -> asAdmin(
                        org, () -> settings.save(new Branding("Name", "#ffcc00", null, null, ZoneId.of("UTC"), null))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("#ffcc00 on white has contrast 1.5:1; at least 4.5:1 is needed");
        assertThatThrownBy(() -> asAdmin(
                        org,
                        () -> settings.save(new Branding("Name", null, null, null, ZoneId.of("UTC"), Locale.FRENCH))))
                .isInstanceOf(IllegalArgumentException.class);
        UUID gif = asAdmin(org, () -> files.storeImage("logo.gif", BrandingImages.gif()));
        assertThatThrownBy(() -> asAdmin(
                        org, () -> settings.save(new Branding("Name", null, gif, null, ZoneId.of("UTC"), null))))
                .hasMessage("A logo must be a PNG or JPEG image");

        asAdmin(org, () -> settings.save(new Branding("Renamed", "#0b6e4f", null, null, ZoneId.of("UTC"), null)));
        var detail = jdbc.queryForObject(
                "select detail from " + org.schema() + ".audit_event where action = 'branding.changed'", String.class);
        assertThat(detail).contains("name: " + org.name() + " → Renamed").contains("colour: null → #0b6e4f");
    }
}
