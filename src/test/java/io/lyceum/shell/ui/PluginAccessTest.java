package io.lyceum.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import io.lyceum.KaribuTest;
import io.lyceum.identity.Role;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Plugin pages are served only where the plugin is installed and in the plan: checked on the server. */
class PluginAccessTest extends KaribuTest {

    @Autowired
    PluginService plugins;

    @Test
    void a_plugin_outside_the_plan_answers_not_available_at_its_own_address() {
        openOn(organizations.create("free", "FREE"));
        signIn("admin@example.com");
        navigate("admin/certificates");
        assertThat(currentView()).isEqualTo(PluginUnavailableView.class);
        var page = _get(PluginUnavailableView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo("Certificates is not available on your plan");
        var manage = _get(page, Anchor.class);
        assertThat(manage.getText()).isEqualTo("Go to Plugins");
        assertThat(manage.getHref()).isEqualTo("/admin/plugins");
    }

    @Test
    void uninstalling_a_plugin_after_confirmation_closes_its_pages() {
        Tenant org = organizations.create("uninstall");
        openOn(org);
        signIn("admin@example.com");
        navigate("teach/courses");
        assertThat(currentView().getSimpleName()).isEqualTo("CoursesView");

        navigate("admin/plugins");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Uninstall Courses")));
        var dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Uninstall Courses?");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(TenantContext.callAs(org, () -> plugins.isActive("courses"))).isFalse();

        navigate("teach/courses");
        assertThat(currentView()).isEqualTo(PluginUnavailableView.class);
        assertThat(_get(_get(PluginUnavailableView.class), H1.class).getText()).isEqualTo("Courses is not installed");
    }

    @Test
    void a_student_cannot_open_admin_pages() {
        Tenant org = organizations.create("student");
        organizations.addUser(org, "pupil@example.com", "homework-done-3", Role.STUDENT);
        openOn(org);
        signIn("pupil@example.com");
        navigate("admin");
        assertThat(currentView()).isNotEqualTo(AdminHomeView.class);
        navigate("teach");
        assertThat(currentView()).isNotEqualTo(TeachHomeView.class);
    }
}
