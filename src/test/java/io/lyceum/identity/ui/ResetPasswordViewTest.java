package io.lyceum.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where a link to set a new password leads, worded for a member who has one, in English and German. */
class ResetPasswordViewTest extends KaribuTest {

    @Autowired
    UserService users;

    Tenant org;
    String token;

    @BeforeEach
    void link() {
        org = organizations.create("resetpage");
        organizations.addUser(org, "owner@example.com", "old-password-1", Role.STUDENT);
        long owner = TestOrganizations.asAdmin(org, () -> users.findByEmail("owner@example.com"))
                .orElseThrow()
                .id();
        token = TenantContext.callAs(org, () -> users.passwordReset(owner));
    }

    private static String pageText() {
        return _get(ResetPasswordView.class).getElement().getTextRecursively();
    }

    @Test
    void the_member_sets_a_new_password_once_and_then_the_link_offers_to_ask_for_another() {
        openOn(org);
        navigate("reset-password/" + token);
        var view = _get(ResetPasswordView.class);
        assertThat(view.getPageTitle()).isEqualTo("Set a new password");
        assertThat(view.password.getLabel()).isEqualTo("New password");
        assertThat(view.save.getText()).isEqualTo("Set new password");
        assertThat(pageText()).contains("you are signed out everywhere else");
        _setValue(view.password, "short");
        _click(view.save);
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters");
        _setValue(view.password, "a-fresh-start-26");
        _click(view.save);
        assertThat(currentView()).isEqualTo(LoginView.class);

        navigate("reset-password/" + token);
        assertThat(pageText()).contains("This link is no longer valid");
        assertThat(_get(ResetPasswordView.class).password.isAttached()).isFalse();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Ask for a new link"))
                        .getHref())
                .isEqualTo("forgot-password");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Sign in")).getHref())
                .isEqualTo("login");
    }

    @Test
    void in_german_the_page_says_neues_passwort() {
        openOn(org);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("reset-password/" + token);
        var view = _get(ResetPasswordView.class);
        assertThat(view.getPageTitle()).isEqualTo("Neues Passwort festlegen");
        assertThat(view.password.getLabel()).isEqualTo("Neues Passwort");
        assertThat(view.save.getText()).isEqualTo("Neues Passwort festlegen");
        navigate("reset-password/no-such-link");
        assertThat(pageText()).contains("Dieser Link ist nicht mehr gültig").contains("Neuen Link anfordern");
    }

    @Test
    void a_link_of_one_organization_is_unknown_on_another() {
        openOn(organizations.create("resetother"));
        navigate("reset-password/" + token);
        assertThat(pageText()).contains("This link is no longer valid");
    }
}
