package io.lyceum.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's overview counts in words people write: "1 member", "2 members". */
class AdminHomeViewTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    @Test
    void counts_are_singular_for_one_and_plural_otherwise() {
        Tenant org = organizations.create("counts", "FREE");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin");
        var home = _get(AdminHomeView.class);
        assertThat(home.members.getText()).isEqualTo("1 member");
        assertThat(home.activePlugins.getText()).isEqualTo("2 plugins active");

        organizations.addUser(org, "second@example.com", "study-hard-42", Role.STUDENT);
        TestOrganizations.asAdmin(org, () -> {
            plugins.uninstall("quizzes");
            return null;
        });
        navigate("learn");
        navigate("admin");
        home = _get(AdminHomeView.class);
        assertThat(home.members.getText()).isEqualTo("2 members");
        assertThat(home.activePlugins.getText()).isEqualTo("1 plugin active");
    }

    @Test
    void in_german_the_overview_counts_in_german_plurals() {
        Tenant org = organizations.create("zaehlen", "FREE");
        openOn(org);
        UI.getCurrent().setLocale(Locale.GERMAN);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin");
        var home = _get(AdminHomeView.class);
        assertThat(home.members.getText()).isEqualTo("1 Mitglied");
        assertThat(home.activePlugins.getText()).isEqualTo("2 Plugins aktiv");
        assertThat(home.getElement().getTextRecursively()).contains("Tarif: Free · Zeitzone: UTC", "Plugins verwalten");

        organizations.addUser(org, "zweite@example.com", "study-hard-42", Role.STUDENT);
        TestOrganizations.asAdmin(org, () -> {
            plugins.uninstall("quizzes");
            return null;
        });
        navigate("learn");
        navigate("admin");
        home = _get(AdminHomeView.class);
        assertThat(home.members.getText()).isEqualTo("2 Mitglieder");
        assertThat(home.activePlugins.getText()).isEqualTo("1 Plugin aktiv");
    }
}
