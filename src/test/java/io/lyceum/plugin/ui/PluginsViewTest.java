package io.lyceum.plugin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.lyceum.KaribuTest;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin admin page lives in the plugin module and names no layout: it is shown inside the
 * organization's layout all the same, to the organization's admins, on the organization's host.
 */
class PluginsViewTest extends KaribuTest {

    @Test
    void the_plugins_page_disables_install_outside_the_plan_and_says_why() {
        openOn(organizations.create("freeplug", "FREE"));
        signIn("admin@example.com");
        navigate("admin/plugins");
        Button install = _get(Button.class, spec -> spec.withAttribute("aria-label", "Install Certificates"));
        assertThat(install.isEnabled()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Certificates is not included in the Free plan. Upgrade to use it.");

        // Inside the organization's shell: its navigation around the page.
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).hasSize(2);
        assertThat(chain.getFirst()).isInstanceOf(PluginsView.class);
        assertThat(chain.getLast()).isInstanceOf(OrgLayout.class);
        assertThat(_get(OrgLayout.class).getContent()).isSameAs(_get(PluginsView.class));
    }

    @Test
    void in_german_the_plugins_are_named_and_refused_in_german() {
        openOn(organizations.create("freiplug", "FREE"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        signIn("admin@example.com");
        navigate("admin/plugins");
        Button install = _get(Button.class, spec -> spec.withAttribute("aria-label", "Installieren: Zertifikate"));
        assertThat(install.getText()).isEqualTo("Installieren");
        assertThat(install.isEnabled()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Zertifikate ist im Tarif „Free“ nicht enthalten. Wechseln Sie den Tarif, um es zu nutzen.")
                .contains("Installiert");
        assertThat(_get(Button.class, spec -> spec.withAttribute("aria-label", "Deinstallieren: Kurse"))
                        .getText())
                .isEqualTo("Deinstallieren");
    }

    @Test
    void only_admin_pages_that_name_no_layout_get_the_organizations_layout_automatically() {
        openOn(organizations.create("autolayout"));
        var registry =
                ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        var routes = registry.getRegisteredRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("login", "", "signup", "console", "admin");
        var automatic = routes.stream()
                .filter(route -> {
                    Route annotation = route.getNavigationTarget().getAnnotation(Route.class);
                    return annotation.autoLayout() && annotation.layout() == UI.class;
                })
                .filter(route -> registry.getLayout(route.getTemplate()) != null)
                .map(RouteData::getNavigationTarget)
                .toList();
        assertThat(automatic).containsExactly(PluginsView.class);
        assertThat(registry.getLayout("admin/plugins")).isEqualTo(OrgLayout.class);
        // The public pages, the console and the login page keep theirs (or none).
        assertThat(registry.getLayout("login")).isNull();
        assertThat(registry.getLayout("signup")).isNull();
        assertThat(registry.getLayout("console")).isNull();
    }

    @Test
    void a_student_cannot_open_the_plugins_page() {
        Tenant org = organizations.create("student");
        organizations.addUser(org, "pupil@example.com", "homework-done-3", Role.STUDENT);
        openOn(org);
        signIn("pupil@example.com");
        navigate("admin/plugins");
        assertThat(currentView()).isNotEqualTo(PluginsView.class);
    }

    @Test
    void the_plugins_page_exists_only_on_an_organizations_host() {
        openOn(null);
        // Even for a principal with the admin role: the audience guard sees the automatic layout.
        authenticate(
                new LyceumUser("", 1, "admin@platform.test", "Admin", Set.of(Role.ADMIN), false), Set.of(Roles.ADMIN));
        navigate("admin/plugins");
        assertThat(currentView().getSimpleName()).contains("NotFound");
        navigate("admin");
        assertThat(currentView().getSimpleName()).contains("NotFound");
    }
}
