package io.lyceum.portability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.KaribuTest;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admins' data page exports the organization with progress and offers the zip; a member's data
 * page anonymizes after a confirmation; another organization's admin finds no such member; staff
 * export from the console and find the import page in its navigation.
 */
class DataViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_exports_the_organization_and_gets_the_zip_to_download() {
        openOn(organizations.create("dataview"));
        signIn("admin@example.com");
        navigate("admin/data");
        var page = _get(OrgDataView.class);

        page.export.click();

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            page.jobs.refresh();
            return !_find(page.jobs, Anchor.class).isEmpty();
        });
        assertThat(_get(page.jobs, Anchor.class).getText()).startsWith("Download zip (");
        assertThat(page.jobs.getElement().getTextRecursively()).contains("Done");
    }

    @Test
    void an_admin_anonymizes_a_member_after_confirming_and_other_organizations_find_no_such_member() {
        Tenant acme = organizations.create("dataview-acme");
        organizations.addUser(acme, "zoe@example.com", "quiet-river-2026", Role.STUDENT);
        long zoe = jdbc.queryForObject(
                "select id from \"" + acme.schema() + "\".app_user where email = 'zoe@example.com'", Long.class);
        Tenant globex = organizations.create("dataview-globex");

        openOn(acme);
        signIn("admin@example.com");
        navigate("admin/people/" + zoe + "/data");
        var page = _get(MemberDataView.class);
        assertThat(page.who.getText()).contains("zoe@example.com");
        page.anonymize.click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page.who.getText()).isEqualTo("Deleted user " + zoe + " <deleted-" + zoe + "@invalid>");
        assertThat(page.anonymize.isEnabled()).isFalse();

        tearDownVaadin();
        openOn(globex);
        signIn("admin@example.com");
        navigate("admin/people/" + zoe + "/data");
        assertThat(currentView().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void staff_export_an_organization_from_the_console_and_find_the_import_page() {
        Tenant org = organizations.create("dataview-console");
        openOn(null);
        signInAsStaff();
        navigate("console/orgs/" + org.slug() + "/export");
        var page = _get(ConsoleExportView.class);
        page.export.click();
        var jobs = _get(page, JobList.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            jobs.refresh();
            return !_find(jobs, Anchor.class).isEmpty();
        });
        assertThat(jdbc.queryForList(
                        "select action from platform.audit_event where target = ?", String.class, org.slug()))
                .contains("export.org");

        assertThat(_get(RouterLink.class, spec -> spec.withText("Import")).getHref())
                .isEqualTo("console/import");
        navigate("console/import");
        var importPage = _get(ConsoleImportView.class);
        importPage.slug.setValue("Not A Slug");
        assertThat(importPage.slug.isInvalid()).isTrue();
    }
}
