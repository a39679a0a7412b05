package io.lyceum.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.audit.AuditEntry;
import io.lyceum.audit.AuditLog;
import io.lyceum.audit.AuditTrail;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The admins' audit log page: their organization's records only, filtered, exported as CSV. */
class AuditLogViewTest extends KaribuTest {

    private void record(Tenant tenant, String action, String target) {
        TestOrganizations.asAdmin(tenant, () -> {
            context.getBean(AuditLog.class).record(action, target, null);
            return null;
        });
    }

    @Test
    void an_admin_sees_filters_and_exports_their_organizations_log_only() throws Exception {
        Tenant acme = organizations.create("auditview-a");
        Tenant globex = organizations.create("auditview-g");
        record(acme, "course.deleted", "Fire safety");
        record(acme, "member.role-changed", "=HYPERLINK(\"x\")");
        record(globex, "course.deleted", "Globex secret course");

        openOn(acme);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/audit");
        var page = _get(AuditLogView.class);

        var targets = IntStream.range(0, GridKt._size(page.grid))
                .mapToObj(row -> GridKt._get(page.grid, row))
                .map(AuditEntry::target)
                .toList();
        assertThat(targets).contains("Fire safety").doesNotContain("Globex secret course");

        page.action.setValue("course.deleted");
        assertThat(GridKt._size(page.grid)).isEqualTo(1);
        assertThat(GridKt._get(page.grid, 0).target()).isEqualTo("Fire safety");

        page.action.clear();
        page.search.setValue("HYPERLINK");
        assertThat(GridKt._size(page.grid)).isEqualTo(1);

        var csv = new ByteArrayOutputStream();
        TenantContext.runAs(acme, () -> context.getBean(AuditTrail.class).exportCsv(page.filter(), csv));
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("member.role-changed").contains("'=HYPERLINK");
        assertThat(text).doesNotContain("Globex");

        page.search.clear();
        page.action.setValue("export.audit");
        assertThat(GridKt._size(page.grid)).as("the export is in the log").isEqualTo(1);
    }

    @Test
    void a_student_cannot_open_the_audit_log() {
        Tenant org = organizations.create("auditview-s");
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn("learner@example.com");
        navigate("admin/audit");
        assertThat(currentView()).isNotEqualTo(AuditLogView.class);
    }
}
