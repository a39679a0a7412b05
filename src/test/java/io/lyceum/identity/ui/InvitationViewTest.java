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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void an_invited_member_sets_a_password_once_and_weak_ones_are_refused() {
        Tenant org = organizations.create("invite");
        String token = TenantContext.callAs(
                org,
                () -> users.invite("guest@example.com", "Guest", Set.of(Role.STUDENT))
                        .token());
        openOn(org);
        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        _setValue(view.password, "short");
        _click(view.save);
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters");

        _setValue(view.password, "welcome-aboard-7");
        _click(view.save);
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void in_german_the_page_asks_for_the_password_in_german() {
        Tenant org = organizations.create("einladung");
        String token = invite(org, "gast@example.com");
        openOn(org);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        assertThat(view.getPageTitle()).isEqualTo("Passwort festlegen");
        assertThat(view.password.getLabel()).isEqualTo("Passwort wählen");
        assertThat(view.password.getHelperText()).startsWith("Mindestens 10 Zeichen");
        assertThat(view.save.getText()).isEqualTo("Passwort festlegen und anmelden");
        assertThat(pageText()).contains("Wählen Sie ein Passwort, um sich anzumelden.");
    }

    private String invite(Tenant org, String email) {
        return TenantContext.callAs(
                org, () -> users.invite(email, "Guest", Set.of(Role.STUDENT)).token());
    }

    private static String pageText() {
        return _get(InvitationView.class).getElement().getTextRecursively();
    }

    @Test
    void a_used_expired_or_unknown_link_says_so_on_arrival_and_leads_to_sign_in_instead_of_the_form() {
        Tenant org = organizations.create("usedlink");
        String token = invite(org, "guest@example.com");
        TenantContext.runAs(org, () -> users.acceptInvitation(token, "welcome-aboard-7"));
        openOn(org);

        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        assertThat(pageText()).contains("This link is no longer valid");
        assertThat(view.password.isAttached()).isFalse();
        assertThat(view.save.isAttached()).isFalse();
        assertThat(_get(RouterLink.class, spec -> spec.withText("Sign in")).getHref())
                .isEqualTo("login");
        String used = pageText();

        // A link nobody was ever sent reads the same: the page tells nothing about accounts.
        navigate("invite/no-such-token-at-all");
        assertThat(pageText()).isEqualTo(used);

        // So does a link that a newer one replaced (it expired when the new one was made).
        String replaced = invite(org, "other@example.com");
        TestOrganizations.asAdmin(
                        org,
                        () -> users.reinvite(users.findByEmail("other@example.com")
                                .orElseThrow()
                                .id()))
                .orElseThrow();
        navigate("invite/" + replaced);
        assertThat(pageText()).isEqualTo(used);
    }

    @Test
    void opening_a_valid_link_does_not_spend_it() {
        Tenant org = organizations.create("openlink");
        String token = invite(org, "guest@example.com");
        openOn(org);
        navigate("invite/" + token);
        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        assertThat(pageText()).doesNotContain("no longer valid");
        assertThat(view.password.isAttached()).isTrue();
        _setValue(view.password, "welcome-aboard-7");
        _click(view.save);
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @Test
    void a_link_used_elsewhere_while_the_page_was_open_says_so_on_submit() {
        Tenant org = organizations.create("racelink");
        String token = invite(org, "guest@example.com");
        openOn(org);
        navigate("invite/" + token);
        var view = _get(InvitationView.class);
        TenantContext.runAs(org, () -> users.acceptInvitation(token, "first-one-wins-1"));
        _setValue(view.password, "another-one-8");
        _click(view.save);
        assertThat(pageText()).contains("This link is no longer valid");
        assertThat(view.password.isAttached()).isFalse();
    }

    @Test
    void the_links_of_one_organization_are_unknown_on_another() {
        Tenant acme = organizations.create("linkacme");
        Tenant globex = organizations.create("linkglobex");
        String token = invite(acme, "guest@example.com");
        openOn(globex);
        navigate("invite/" + token);
        assertThat(pageText()).contains("This link is no longer valid");
        openOn(acme);
        navigate("invite/" + token);
        assertThat(pageText()).doesNotContain("no longer valid");
    }
}
