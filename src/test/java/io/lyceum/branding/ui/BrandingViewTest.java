package io.lyceum.branding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.branding.BrandingImages;
import io.lyceum.branding.BrandingSettings;
import io.lyceum.files.FileStore;
import io.lyceum.identity.ui.LoginView;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admins' branding page: a colour below WCAG AA is refused with the ratio it has; what is saved
 * reaches the next page (the layout and the login page) with no restart, and only its own organization.
 */
class BrandingViewTest extends KaribuTest {

    @Autowired
    FileStore files;

    @Autowired
    BrandingSettings settings;

    private BrandingView open(Tenant org) {
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/branding");
        return _get(BrandingView.class);
    }

    private static String brandOnPage() {
        return UI.getCurrent().getElement().getStyle().get("--lyceum-brand");
    }

    /** A file uploaded by the organization's admin (a real member: the store records who uploaded it). */
    private UUID store(Tenant org, String name, byte[] data) {
        var before = SecurityContextHolder.getContext();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        try {
            return TenantContext.callAs(org, () -> files.storeImage(name, data));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** What the host filter does on the next request: it reads the organization afresh. */
    private Tenant nextRequest(Tenant org) {
        Tenant fresh = organizations.reload(org.slug());
        TenantContext.set(fresh);
        return fresh;
    }

    @Test
    void a_colour_that_white_text_and_links_cannot_be_read_on_is_refused_with_its_ratio() {
        var page = open(organizations.create("brandaa"));
        page.colour.setValue("#ffcc00");
        _click(page.save);

        assertThat(page.colour.isInvalid()).isTrue();
        assertThat(page.colour.getErrorMessage())
                .isEqualTo("#ffcc00 on white has contrast 1.5:1; at least 4.5:1 is needed");

        // Just below the line is refused too, and the ratio shown is never rounded up to the threshold.
        page.colour.setValue("#808080");
        _click(page.save);
        assertThat(page.colour.getErrorMessage())
                .isEqualTo("#808080 on white has contrast 3.9:1; at least 4.5:1 is needed");

        page.colour.setValue("#0b6e4f");
        assertThat(page.binder.validate().isOk()).isTrue();
        assertThat(page.colour.isInvalid()).isFalse();
    }

    @Test
    void the_refusal_is_in_the_admins_language() {
        var page = open(organizations.create("brandde"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        page.colour.setValue("#ffcc00");
        _click(page.save);
        assertThat(page.colour.getErrorMessage())
                .isEqualTo("#ffcc00 hat auf Weiß einen Kontrast von 1,5:1; mindestens 4,5:1 ist nötig");
    }

    @Test
    void what_the_admin_saves_shows_on_the_next_page_and_on_the_login_page_without_a_restart() {
        Tenant org = organizations.create("brandnext");
        byte[] png = BrandingImages.png(120, 40);
        var logo = store(org, "logo.png", png);

        var page = open(org);
        assertThat(brandOnPage()).isNull();
        page.name.setValue("Acme Learning");
        page.colour.setValue("#0B6E4F");
        page.welcome.setValue("Welcome to Acme's academy. Sign in with your work email.");
        page.timeZone.setValue(ZoneId.of("Europe/Berlin"));
        page.language.setValue(Locale.GERMAN);
        // As the upload hands the stored file over.
        page.showLogo(logo, FileStore.url(logo));
        _click(page.save);
        assertThat(page.colour.isInvalid()).isFalse();
        // This very page wears it at once.
        assertThat(brandOnPage()).isEqualTo("#0b6e4f");

        Tenant fresh = nextRequest(org);
        assertThat(fresh.name()).isEqualTo("Acme Learning");
        assertThat(fresh.brandColour()).isEqualTo("#0b6e4f");
        assertThat(fresh.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(fresh.language()).isEqualTo(Locale.GERMAN);
        navigate("learn");
        assertThat(brandOnPage()).isEqualTo("#0b6e4f");
        assertThat(_get(Span.class, spec -> spec.withClasses("org-name")).getText())
                .isEqualTo("Acme Learning");
        assertThat(_get(Image.class, spec -> spec.withClasses("org-logo")).getSrc())
                .isEqualTo("/branding/logo/" + logo);

        // A visitor's first page: the login page, in a new UI.
        tearDownVaadin();
        openOn(organizations.reload(org.slug()));
        navigate("login");
        assertThat(brandOnPage()).isEqualTo("#0b6e4f");
        _get(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Acme Learning");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-welcome"))
                        .getText())
                .isEqualTo("Welcome to Acme's academy. Sign in with your work email.");
        assertThat(_get(Image.class, spec -> spec.withClasses("login-logo")).getSrc())
                .isEqualTo("/branding/logo/" + logo);
    }

    @Test
    void a_member_without_a_language_of_their_own_gets_the_organizations() {
        Tenant org = organizations.create("brandlang");
        var page = open(org);
        page.language.setValue(Locale.GERMAN);
        _click(page.save);
        tearDownVaadin();

        openOn(organizations.reload(org.slug()));
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("learn");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void each_organization_keeps_its_own_branding() {
        Tenant acme = organizations.create("brandacme");
        Tenant globex = organizations.create("brandglobex");
        var page = open(acme);
        page.colour.setValue("#0b6e4f");
        page.name.setValue("Acme only");
        _click(page.save);
        tearDownVaadin();

        var other = open(organizations.reload(globex.slug()));
        assertThat(other.name.getValue()).isEqualTo(globex.name());
        assertThat(other.colour.getValue()).isEmpty();
        assertThat(brandOnPage()).isNull();
        assertThat(organizations.reload(globex.slug()).brandColour()).isNull();
    }

    @Test
    void a_logo_is_png_or_jpeg_and_small() {
        Tenant org = organizations.create("brandlogo");
        var png = store(org, "logo.png", BrandingImages.png(60, 20));
        var gif = store(org, "logo.gif", BrandingImages.gif());
        assertThat(TestOrganizations.asAdmin(org, () -> settings.logoProblem(png)))
                .isEmpty();
        assertThat(TestOrganizations.asAdmin(org, () -> settings.logoProblem(gif)))
                .contains("A logo must be a PNG or JPEG image");
    }
}
