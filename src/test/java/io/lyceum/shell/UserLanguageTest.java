package io.lyceum.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LanguagePreference;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A member's language follows them to every page; nobody else's, in no other organization. */
class UserLanguageTest extends KaribuTest {

    @Autowired
    LanguagePreference languages;

    /** The account menu's entries, submenus included, as the person reads them. */
    private static List<String> accountMenu() {
        var texts = new ArrayList<String>();
        collect(
                _get(OrgLayout.class)
                        .userMenu
                        .getItems()
                        .getFirst()
                        .getSubMenu()
                        .getItems(),
                texts);
        return texts;
    }

    private static void collect(List<MenuItem> items, List<String> texts) {
        for (MenuItem item : items) {
            texts.add(item.getText());
            collect(item.getSubMenu().getItems(), texts);
        }
    }

    /** A new page load by a member, who then opens their home. */
    private void pageLoadAs(Tenant tenant, String email) {
        SecurityContextHolder.clearContext();
        openOn(tenant);
        signIn(email);
        navigate("learn");
    }

    @Test
    void a_member_who_chose_german_reads_german_and_others_keep_theirs() {
        Tenant first = organizations.create("sprache");
        Tenant second = organizations.create("language");
        organizations.addUser(first, "colleague@example.com", "study-hard-42", Role.STUDENT);

        pageLoadAs(first, TestOrganizations.ADMIN_EMAIL);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(accountMenu()).contains("Language", "English", "Deutsch", "Sign out");
        languages.choose(Locale.GERMAN);
        assertThatThrownBy(() -> languages.choose(Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);

        // The next page load speaks German.
        pageLoadAs(first, TestOrganizations.ADMIN_EMAIL);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(accountMenu()).contains("Sprache", "English", "Deutsch", "Abmelden");
        assertThat(_get(OrgLayout.class).navigation.getItems())
                .extracting(item -> item.getLabel())
                .startsWith("Mein Lernen", "Katalog")
                .contains("Unterrichten", "Kurse", "Verwaltung", "Personen");

        // A colleague, and the same email in another organization, did not choose.
        pageLoadAs(first, "colleague@example.com");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        pageLoadAs(second, TestOrganizations.ADMIN_EMAIL);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(languages.mine()).isEmpty();
    }
}
