package io.lyceum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.tenancy.Tenant;
import org.junit.jupiter.api.Test;

/** The organization's colour lands on every page of its host, and only there. */
class OrgBrandingTest extends KaribuTest {

    private static String brandOnPage() {
        return UI.getCurrent().getElement().getStyle().get(OrgBranding.BRAND_PROPERTY);
    }

    @Test
    void each_organization_shows_its_own_colour_and_an_unbranded_one_lyceums() {
        Tenant green = organizations.brand(organizations.create("green"), "#0b6e4f");
        Tenant plain = organizations.create("plain");

        openOn(green);
        navigate("login");
        assertThat(brandOnPage()).isEqualTo("#0b6e4f");
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin");
        assertThat(brandOnPage()).isEqualTo("#0b6e4f");

        openOn(plain);
        navigate("login");
        assertThat(brandOnPage()).isNull();

        openOn(null);
        navigate("");
        assertThat(brandOnPage()).isNull();
    }

    @Test
    void anything_but_a_colour_never_reaches_the_page() {
        Tenant odd = organizations.brand(organizations.create("odd"), "red;}*{");
        assertThat(odd.brandColour()).isNull();
        openOn(odd);
        navigate("login");
        assertThat(brandOnPage()).isNull();
    }
}
