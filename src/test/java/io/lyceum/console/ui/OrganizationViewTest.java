package io.lyceum.console.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.platform.OrganizationService;
import io.lyceum.tenancy.TenantStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff's page of one organization, its actions and the platform health page, as staff see them. */
class OrganizationViewTest extends KaribuTest {

    @Autowired
    OrganizationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_see_an_organizations_details_and_suspend_and_reactivate_it_after_confirming() {
        var org = organizations.create("orgpage", "PRO");
        openOn(null);
        signInAsStaff();
        navigate("console/orgs/" + org.slug());
        var view = _get(OrganizationView.class);
        assertThat(view.details.getElement().getTextRecursively()).contains("Pro", "Active", "UTC", "None");
        assertThat(view.figures.getElement().getTextRecursively()).contains("Not counted yet");
        assertThat(view.rerun.isVisible()).isFalse();
        assertThat(view.reactivate.isVisible()).isFalse();

        _click(view.suspend);
        var confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Suspend " + org.name() + "?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(service.findBySlug(org.slug()).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(view.reactivate.isVisible()).isTrue();
        assertThat(view.suspend.isVisible()).isFalse();
        assertThat(view.details.getElement().getTextRecursively()).contains("Suspended");

        _click(view.reactivate);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(service.findBySlug(org.slug()).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

        _click(view.refreshFigures);
        assertThat(view.figures.getElement().getTextRecursively()).doesNotContain("Not counted yet");
    }

    @Test
    void deleting_takes_two_steps_and_the_slug_typed() {
        var org = organizations.create("orgdelete", "FREE");
        openOn(null);
        signInAsStaff();
        navigate("console/orgs/" + org.slug());
        var view = _get(OrganizationView.class);

        _click(view.delete);
        var first = _get(Dialog.class);
        assertThat(first.getElement().getTextRecursively()).contains("cannot be undone");
        _click(_get(Button.class, spec -> spec.withText("Continue to delete")));
        var typed = _get(TextField.class, spec -> spec.withLabel("Type " + org.slug() + " to confirm"));
        var confirm = _get(Button.class, spec -> spec.withText("Delete for good"));
        typed.setValue("almost-" + org.slug());
        assertThat(confirm.isEnabled()).isFalse();
        typed.setValue(org.slug());
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        assertThat(service.findBySlug(org.slug())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = ?",
                        Integer.class,
                        org.schema()))
                .isZero();
        assertThat(currentView().getSimpleName()).isEqualTo("ConsoleView");
    }

    @Test
    void an_unknown_organization_is_not_found() {
        openOn(null);
        signInAsStaff();
        navigate("console/orgs/no-such-org-here");
        assertThat(currentView().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void an_organizations_admin_gets_no_console_page() {
        var org = organizations.create("orgpageadmin");
        openOn(null);
        authenticate(organizations.principal(org, TestOrganizations.ADMIN_EMAIL), Set.of("ADMIN"));
        navigate("console/orgs/" + org.slug());
        assertThat(currentView().getSimpleName()).isNotEqualTo("OrganizationView");
    }

    @Test
    void the_health_page_shows_the_platforms_figures() {
        organizations.create("healthpage");
        openOn(null);
        signInAsStaff();
        navigate("console/health");
        var view = _get(HealthView.class);
        assertThat(view.summary.getElement().getTextRecursively())
                .contains("Organizations: Active", "Sessions open on this node", "Stripe webhook events failed");
        assertThat(GridKt._size(view.versions)).isPositive();
    }

    @Test
    void staff_run_a_failed_migration_again_and_see_its_progress_and_result() throws Exception {
        var org = organizations.create("orgrerun");
        // As the ledger leaves it after a failed start-up run whose cause staff have since fixed.
        jdbc.update(
                "update platform.organization set status = 'MIGRATION_FAILED', migration_state = 'FAILED',"
                        + " migration_error = 'relation \"course\" already exists' where id = ?",
                org.id());
        openOn(null);
        signInAsStaff();
        navigate("console/orgs/" + org.slug());
        var view = _get(OrganizationView.class);
        assertThat(view.details.getElement().getTextRecursively()).contains("already exists");
        assertThat(view.rerun.isVisible()).isTrue();

        _click(view.rerun);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.progressText.getText()).isEqualTo("Running the tenant changelog…");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        // The run goes on the application's task executor; the page's polls bring its result.
        long deadline = System.currentTimeMillis() + 60_000;
        while (service.findBySlug(org.slug()).orElseThrow().status() != TenantStatus.ACTIVE
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        for (int i = 0; i < 50 && !view.progressText.getText().startsWith("The migration succeeded"); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.progressText.getText()).startsWith("The migration succeeded: version ");
        assertThat(service.findBySlug(org.slug()).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(view.rerun.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
