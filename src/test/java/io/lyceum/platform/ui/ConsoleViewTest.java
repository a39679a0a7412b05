package io.lyceum.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.platform.OrganizationService;
import io.lyceum.plugin.PluginService;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Staff see every organization and, with billing off, assign plans. */
class ConsoleViewTest extends KaribuTest {

    @Autowired
    OrganizationService service;

    @Autowired
    PluginService plugins;

    @Autowired
    CourseService courses;

    @Test
    void staff_move_a_free_organization_to_pro_and_its_plugins_come_with_the_plan() {
        var free = organizations.create("upgrade", "FREE");
        openOn(null);
        signInAsStaff();
        navigate("console");
        var view = _get(ConsoleView.class);
        var row = GridKt._fetch(view.organizations, 0, 500).stream()
                .filter(summary -> summary.slug().equals(free.slug()))
                .findFirst()
                .orElseThrow();
        assertThat(row.planName()).isEqualTo("Free");

        view.changePlan(service, row);
        @SuppressWarnings("unchecked")
        Select<OrganizationService.PlanOption> plan = _get(_get(Dialog.class), Select.class);
        plan.setValue(service.plans().stream()
                .filter(option -> option.code().equals("PRO"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Save plan")));

        assertThat(service.findBySlug(free.slug()).orElseThrow().planName()).isEqualTo("Pro");
        var upgraded = organizations.reload(free.slug());
        assertThat(TenantContext.callAs(upgraded, () -> plugins.isActive("certificates")))
                .isTrue();
    }

    @Test
    void in_german_the_console_speaks_german_and_dates_are_in_utc_in_the_german_style() {
        var org = organizations.create("konsole", "FREE");
        openOn(null);
        UI.getCurrent().setLocale(Locale.GERMAN);
        signInAsStaff();
        navigate("console");
        var view = _get(ConsoleView.class);
        assertThat(view.organizations.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .contains("Name", "Tarif", "Status", "Personen", "Erstellt (UTC)", "Migration");
        var row = GridKt._fetch(view.organizations, 0, 500).stream()
                .filter(summary -> summary.slug().equals(org.slug()))
                .findFirst()
                .orElseThrow();
        int index = GridKt._fetch(view.organizations, 0, 500).indexOf(row);
        String created = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.GERMAN)
                .withZone(ZoneOffset.UTC)
                .format(row.createdAt());
        assertThat(GridKt._getFormattedRow(view.organizations, index)).contains("Aktiv", "Erfolgreich", created);
        assertThat(created).matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");

        view.changePlan(service, row);
        _get(Button.class, spec -> spec.withText("Tarif speichern"));
    }

    @Test
    void before_a_downgrade_the_dialog_lists_what_would_be_over_the_new_plans_limits() {
        var pro = organizations.create("downgrade", "PRO");
        organizations.addUser(pro, "teacher1@example.com", "chalk-board-55", Role.INSTRUCTOR);
        organizations.addUser(pro, "teacher2@example.com", "chalk-board-55", Role.INSTRUCTOR);
        TenantContext.set(pro);
        TestOrganizations.signIn(organizations.principal(pro, TestOrganizations.ADMIN_EMAIL));
        for (int i = 0; i < 5; i++) {
            courses.create(new CourseForm("Course " + i, "", null, null));
        }
        openOn(null);
        signInAsStaff();
        navigate("console");
        var view = _get(ConsoleView.class);
        var row = GridKt._fetch(view.organizations, 0, 500).stream()
                .filter(summary -> summary.slug().equals(pro.slug()))
                .findFirst()
                .orElseThrow();
        view.changePlan(service, row);
        var dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Select<OrganizationService.PlanOption> plan = _get(dialog, Select.class);
        plan.setValue(option("FREE"));

        var items =
                _find(dialog, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(items)
                .containsExactly(
                        "Courses: 5, the Free plan allows 3 — the newest 2 courses become read-only (kept, learners keep learning) until courses are archived or the plan is upgraded",
                        "Instructors: 2, the Free plan allows 1 — no new instructors or invitations");
        assertThat(dialog.getElement().getTextRecursively()).contains("Over the limits of the Free plan:");

        // Everything fits on a bigger plan: nothing is listed.
        plan.setValue(option("ENTERPRISE"));
        assertThat(_find(dialog, ListItem.class)).isEmpty();
        // Staff are shown, not stopped: the plan still changes; nothing is deleted.
        plan.setValue(option("FREE"));
        _click(_get(Button.class, spec -> spec.withText("Save plan")));
        assertThat(service.findBySlug(pro.slug()).orElseThrow().planName()).isEqualTo("Free");
    }

    private OrganizationService.PlanOption option(String code) {
        return service.plans().stream()
                .filter(option -> option.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void organization_admins_cannot_see_what_a_downgrade_would_exceed() {
        var free = organizations.create("nooverlimit", "FREE");
        TestOrganizations.signIn(organizations.principal(free, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> service.overLimitOn(free.slug(), "FREE"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void organization_admins_cannot_change_plans() {
        var free = organizations.create("noupgrade", "FREE");
        TestOrganizations.signIn(organizations.principal(free, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> service.changePlan(free.slug(), "PRO"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void staff_search_and_filter_the_grid_and_a_row_leads_to_the_organizations_page() {
        var free = organizations.create("filterfree", "FREE");
        var pro = organizations.create("filterpro", "PRO");
        openOn(null);
        signInAsStaff();
        navigate("console");
        var view = _get(ConsoleView.class);
        assertThat(view.organizations.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .contains(
                        "Plan",
                        "Status",
                        "Users",
                        "Courses",
                        "Files",
                        "Schema size",
                        "Last activity (UTC)",
                        "Migration version",
                        "Migration");

        view.search.setValue(free.slug());
        assertThat(GridKt._fetch(view.organizations, 0, 50))
                .extracting(row -> row.slug())
                .containsExactly(free.slug());
        view.search.setValue("filter");
        view.plan.setValue(option("PRO"));
        assertThat(GridKt._fetch(view.organizations, 0, 500))
                .extracting(row -> row.slug())
                .contains(pro.slug())
                .doesNotContain(free.slug());
        view.plan.clear();
        view.status.setValue(TenantStatus.SUSPENDED);
        assertThat(GridKt._fetch(view.organizations, 0, 500))
                .extracting(row -> row.slug())
                .doesNotContain(pro.slug(), free.slug());
        view.status.clear();
        view.migration.setValue("FAILED");
        assertThat(GridKt._fetch(view.organizations, 0, 500))
                .extracting(row -> row.slug())
                .doesNotContain(pro.slug(), free.slug());
        view.migration.clear();

        view.search.setValue(pro.slug());
        GridKt._clickItem(view.organizations, 0);
        assertThat(currentView().getSimpleName()).isEqualTo("OrganizationView");
    }
}
