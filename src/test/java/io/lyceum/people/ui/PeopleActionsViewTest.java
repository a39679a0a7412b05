package io.lyceum.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.LastSignIn;
import io.lyceum.identity.Member;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.Role;
import io.lyceum.people.PeopleService;
import io.lyceum.tenancy.Tenant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The People page's filters and actions as an admin uses them: what the grid shows, what each action says. */
class PeopleActionsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private static List<String> emails(PeopleView view) {
        return GridKt._fetch(view.grid, 0, 50).stream()
                .map(person -> person.member().email())
                .sorted()
                .toList();
    }

    private static Member member(PeopleView view, String email) {
        return GridKt._fetch(view.grid, 0, 50).stream()
                .map(PeopleService.Person::member)
                .filter(member -> member.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_filters_narrow_the_grid_and_each_row_says_status_and_last_sign_in() {
        Tenant org = organizations.create("peoplegrid");
        organizations.addUser(org, "recent@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(org, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        jdbc.update(
                "update " + org.schema() + ".app_user set last_signed_in_at = now() - interval '1 day' where email = ?",
                "recent@example.com");
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        var view = _get(PeopleView.class);
        assertThat(emails(view)).hasSize(3);
        assertThat(view.grid.getColumns())
                .extracting(column -> column.getHeaderText())
                .contains("Name", "Email", "Roles", "Status", "Cohort", "Last sign-in", "Member since");

        _setValue(view.role, Role.INSTRUCTOR);
        assertThat(emails(view)).containsExactly("teacher@example.com");
        _setValue(view.role, null);
        _setValue(view.lastSignIn, LastSignIn.WITHIN_7_DAYS);
        assertThat(emails(view)).containsExactly("recent@example.com");
        assertThat(view.lastSignedIn(member(view, "recent@example.com"))).doesNotContain("Never");
        _setValue(view.lastSignIn, LastSignIn.NEVER);
        assertThat(emails(view)).containsExactly(TestOrganizations.ADMIN_EMAIL, "teacher@example.com");
        assertThat(view.lastSignedIn(member(view, "teacher@example.com"))).isEqualTo("Never");
        _setValue(view.lastSignIn, null);
        _setValue(view.status, MemberStatus.INVITED);
        assertThat(emails(view)).isEmpty();
        assertThat(view.status.getItemLabelGenerator().apply(MemberStatus.DEACTIVATED))
                .isEqualTo("Deactivated");
    }

    @Test
    void an_admin_changes_roles_deactivates_after_confirming_and_reactivates() {
        Tenant org = organizations.create("peopleact");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        var view = _get(PeopleView.class);

        var learner = member(view, "learner@example.com");
        var roles = view.new RolesDialog(learner);
        roles.open();
        _setValue(roles.roles, Set.of(Role.STUDENT, Role.INSTRUCTOR));
        _click(roles.save);
        NotificationsKt.expectNotifications(
                "Roles of User learner@example.com changed. A role taken away takes effect at once: their sessions"
                        + " end.");
        assertThat(member(view, "learner@example.com").roles())
                .containsExactlyInAnyOrder(Role.STUDENT, Role.INSTRUCTOR);

        // An admin cannot take away their own admin role: said under the roles.
        var own = view.new RolesDialog(member(view, TestOrganizations.ADMIN_EMAIL));
        own.open();
        _setValue(own.roles, Set.of(Role.STUDENT));
        _click(own.save);
        assertThat(own.roles.isInvalid()).isTrue();
        assertThat(own.roles.getErrorMessage())
                .isEqualTo("You cannot take away your own admin role. Ask another admin to do it.");
        own.close();

        view.confirmDeactivate(member(view, "learner@example.com"));
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .startsWith("learner@example.com will not be able to sign in, and their open sessions end.");
        ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications("User learner@example.com is deactivated.");
        assertThat(member(view, "learner@example.com").status()).isEqualTo(MemberStatus.DEACTIVATED);
        _setValue(view.status, MemberStatus.DEACTIVATED);
        assertThat(emails(view)).containsExactly("learner@example.com");

        view.confirmReactivate(member(view, "learner@example.com"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("User learner@example.com can sign in again.");
        assertThat(emails(view)).isEmpty();
    }

    @Test
    void the_import_page_opens_from_the_people_page_for_admins_only() {
        Tenant org = organizations.create("peopleimp");
        organizations.addUser(org, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/people");
        _click(_get(PeopleView.class).importCsv);
        var page = _get(PeopleImportView.class);
        assertThat(page.getPageTitle()).isEqualTo("Import people");
        assertThat(page.imports.getEmptyStateText()).isEqualTo("No imports yet.");

        signIn("teacher@example.com");
        navigate("admin/people/import");
        assertThat(currentView()).isNotEqualTo(PeopleImportView.class);
    }
}
