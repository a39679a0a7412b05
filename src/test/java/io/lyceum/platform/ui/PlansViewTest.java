package io.lyceum.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.platform.InvalidPlanException;
import io.lyceum.platform.OrganizationService;
import io.lyceum.platform.PlanCatalog;
import io.lyceum.platform.PlanEntry;
import io.lyceum.platform.PlanForm;
import io.lyceum.platform.PlanOffer;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.platform.SignupException;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff edit plans in the console; a plan in use is retired, never deleted. */
class PlansViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    PlanPolicy policy;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    SignupService signups;

    /** Plans this test made, deleted afterwards: the test database is shared. */
    private final List<String> made = new ArrayList<>();

    /** A plan of this test's own, with a code and Stripe prices no other test has. */
    private String plan(String name, int maxCourses) {
        String code = "TP_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        jdbc.update("""
                insert into platform.plan (code, name, monthly_price_cents, yearly_price_cents, max_courses,
                                           max_students, max_instructors, storage_mb, emails_per_month, sort_order)
                values (?, ?, 1500, 15000, ?, 100, 2, 1000, 200, 90)""", code, name, maxCourses);
        jdbc.update("insert into platform.plan_plugin (plan_code, plugin_id) values (?, 'courses')", code);
        made.add(code);
        return code;
    }

    @AfterEach
    void deleteTestPlans() {
        for (String code : made) {
            // Organizations outlive a test; moved back to Free, so that the plan can go.
            jdbc.update("update platform.organization set plan_code = 'FREE' where plan_code = ?", code);
            jdbc.update("delete from platform.plan where code = ?", code);
        }
    }

    private PlansView open() {
        openOn(null);
        signInAsStaff();
        navigate("console/plans");
        return _get(PlansView.class);
    }

    private static PlanEntry row(PlansView view, String code) {
        return GridKt._fetch(view.plans, 0, 500).stream()
                .filter(entry -> entry.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static String formatted(PlansView view, String code) {
        var rows = GridKt._fetch(view.plans, 0, 500);
        int index = rows.indexOf(row(view, code));
        return String.join(" | ", GridKt._getFormattedRow(view.plans, index));
    }

    private static Component actions(PlansView view, String code) {
        int index = GridKt._fetch(view.plans, 0, 500).indexOf(row(view, code));
        return GridKt._getCellComponent(view.plans, index, "actions");
    }

    private static List<String> buttonTexts(Component actions) {
        return _find(actions, Button.class).stream().map(Button::getText).toList();
    }

    @Test
    void staff_edit_a_plans_limits_and_prices_and_the_grid_shows_them() {
        String code = plan("Team", 10);
        var view = open();
        assertThat(formatted(view, code)).contains("Team", code, "15.00", "150.00", "10", "Courses");

        var dialog = view.edit(row(view, code));
        dialog.name.setValue("Team Plus");
        dialog.monthlyPrice.setValue(new BigDecimal("19.99"));
        dialog.yearlyPrice.setValue(new BigDecimal("199"));
        dialog.maxCourses.setValue(25);
        dialog.maxStudents.clear(); // unlimited
        dialog.maxInstructors.setValue(0);
        dialog.storageMb.setValue(2048);
        dialog.emailsPerMonth.setValue(1000);
        dialog.plugins.setValue(Set.of("courses", "quizzes"));
        String monthly = "price_" + code.toLowerCase(Locale.ROOT) + "_m";
        dialog.stripeMonthlyPrice.setValue(monthly);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        String shown = formatted(view, code);
        assertThat(shown)
                .contains("Team Plus", "19.99", "199.00", "25", "Unlimited", "2,048", "1,000", monthly, "Quizzes")
                .contains("Offered");
        var stored = jdbc.queryForMap(
                "select name, monthly_price_cents, yearly_price_cents, max_courses, max_students, max_instructors,"
                        + " storage_mb, emails_per_month, stripe_monthly_price, stripe_yearly_price, version"
                        + " from platform.plan where code = ?",
                code);
        assertThat(stored)
                .containsEntry("name", "Team Plus")
                .containsEntry("monthly_price_cents", 1999)
                .containsEntry("yearly_price_cents", 19900)
                .containsEntry("max_courses", 25)
                .containsEntry("max_students", null)
                .containsEntry("max_instructors", 0)
                .containsEntry("storage_mb", 2048)
                .containsEntry("emails_per_month", 1000)
                .containsEntry("stripe_monthly_price", monthly)
                .containsEntry("stripe_yearly_price", null)
                .containsEntry("version", 1L);
        assertThat(jdbc.queryForList(
                        "select plugin_id from platform.plan_plugin where plan_code = ?", String.class, code))
                .containsExactlyInAnyOrder("courses", "quizzes");
    }

    @Test
    void staff_let_a_plan_send_from_own_domains_and_paid_plans_do_by_default() {
        assertThat(jdbc.queryForMap("select bool_or(own_sender_domain) filter (where code = 'FREE') as free,"
                        + " bool_and(own_sender_domain) filter (where code in ('STARTER', 'PRO', 'ENTERPRISE'))"
                        + " as paid from platform.plan"))
                .containsEntry("free", false)
                .containsEntry("paid", true);
        String code = plan("Mailer", 10);
        var view = open();
        assertThat(formatted(view, code)).contains(" | No | ");

        var dialog = view.edit(row(view, code));
        assertThat(dialog.ownSenderDomain.getValue()).isFalse();
        dialog.ownSenderDomain.setValue(true);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select own_sender_domain from platform.plan where code = ?", Boolean.class, code))
                .isTrue();
        assertThat(formatted(view, code)).contains(" | Yes | ");
        assertThat(view.edit(row(view, code)).ownSenderDomain.getValue()).isTrue();
    }

    @Test
    void invalid_inputs_show_messages_and_change_nothing() {
        String code = plan("Strict", 10);
        var view = open();
        var dialog = view.edit(row(view, code));
        dialog.name.setValue("  ");
        dialog.monthlyPrice.setValue(new BigDecimal("-1"));
        dialog.yearlyPrice.setValue(new BigDecimal("9.999"));
        dialog.maxCourses.setValue(-3);
        dialog.stripeMonthlyPrice.setValue("prod_123");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the plan's name");
        assertThat(dialog.monthlyPrice.getErrorMessage())
                .isEqualTo("Enter an amount in US dollars from 0 to 999,999.99, with at most two decimals");
        assertThat(dialog.yearlyPrice.isInvalid()).isTrue();
        assertThat(dialog.maxCourses.getErrorMessage())
                .isEqualTo("Enter a whole number of 0 or more, or leave it empty for unlimited");
        assertThat(dialog.stripeMonthlyPrice.getErrorMessage())
                .isEqualTo("A Stripe price id starts with price_ followed by letters and digits");
        assertThat(jdbc.queryForMap("select name, max_courses, version from platform.plan where code = ?", code))
                .containsEntry("name", "Strict")
                .containsEntry("max_courses", 10)
                .containsEntry("version", 0L);

        // The catalog checks the same, whatever a form let through.
        var bad = dialog.form();
        assertThatThrownBy(() -> catalog.update(code, 0, bad)).isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("select name from platform.plan where code = ?", String.class, code))
                .isEqualTo("Strict");
    }

    @Test
    void a_stripe_price_another_plan_has_is_refused_naming_that_plan() {
        String first = plan("Alpha", 10);
        String second = plan("Beta", 10);
        String price = "price_" + first.toLowerCase(Locale.ROOT);
        jdbc.update("update platform.plan set stripe_yearly_price = ? where code = ?", price, first);
        var view = open();
        var dialog = view.edit(row(view, second));
        dialog.stripeMonthlyPrice.setValue(price);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.stripeMonthlyPrice.getErrorMessage())
                .isEqualTo(
                        "The Stripe price " + price + " is already the yearly price of the Alpha plan (" + first + ")");
        assertThat(jdbc.queryForObject(
                        "select stripe_monthly_price from platform.plan where code = ?", String.class, second))
                .isNull();
    }

    @Test
    void a_plan_in_use_cannot_be_deleted_but_can_be_retired_and_its_organizations_keep_it() {
        String code = plan("Legacy", 10);
        Tenant org = organizations.create("legacy", code);
        Tenant other = organizations.create("newcomer", "FREE");
        var view = open();
        assertThat(row(view, code).organizations()).isEqualTo(1);
        assertThat(buttonTexts(actions(view, code))).containsExactly("Edit", "Retire");
        long version = row(view, code).version();
        assertThatThrownBy(() -> catalog.delete(code, version))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("Organizations are on the Legacy plan: it cannot be deleted, only retired.");

        var confirm = view.retire(row(view, code));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Retire the Legacy plan?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(formatted(view, code)).contains("Retired");
        assertThat(buttonTexts(actions(view, code))).containsExactly("Edit", "Offer again");
        // Not offered to anyone else, nor for staff to move anyone else to, nor at sign-up...
        assertThat(TenantContext.callAs(other, () -> policy.offers()))
                .extracting(PlanOffer::code)
                .doesNotContain(code)
                .contains("FREE", "PRO");
        assertThat(organizationService.plans())
                .extracting(OrganizationService.PlanOption::code)
                .doesNotContain(code);
        assertThat(organizationService.plansFor(other.slug()))
                .extracting(OrganizationService.PlanOption::code)
                .doesNotContain(code);
        assertThatThrownBy(() -> organizationService.changePlan(other.slug(), code))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("The Legacy plan is retired and no longer offered");
        String slug = TestOrganizations.uniqueSlug("retiredsignup");
        assertThatThrownBy(() -> signups.signUp(
                        new SignupRequest("Org " + slug, slug, "Ada Admin", "ada@example.com", "keys-to-the-castle-1"),
                        code))
                .isInstanceOf(SignupException.class)
                .hasMessage("The Legacy plan is retired and no longer offered");
        assertThat(organizationService.isSlugTaken(slug)).isFalse();
        // ...but the organization on it keeps it, sees it, and may stay on it.
        assertThat(organizations.reload(org.slug()).planCode()).isEqualTo(code);
        assertThat(TenantContext.callAs(org, () -> policy.offers()))
                .extracting(PlanOffer::code)
                .contains(code);
        assertThat(organizationService.plansFor(org.slug()))
                .extracting(OrganizationService.PlanOption::code)
                .contains(code);
        organizationService.changePlan(org.slug(), code);

        ConfirmDialogKt._fireConfirm(view.retire(row(view, code)));
        assertThat(formatted(view, code)).contains("Offered");
        assertThat(TenantContext.callAs(other, () -> policy.offers()))
                .extracting(PlanOffer::code)
                .contains(code);
    }

    @Test
    void a_plan_nobody_is_on_is_deleted_after_confirmation() {
        String code = plan("Unused", 10);
        var view = open();
        assertThat(buttonTexts(actions(view, code))).containsExactly("Edit", "Retire", "Delete");
        var confirm = view.delete(row(view, code));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Delete the Unused plan?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._fetch(view.plans, 0, 500))
                .extracting(PlanEntry::code)
                .doesNotContain(code);
        assertThat(jdbc.queryForObject("select count(*) from platform.plan where code = ?", Long.class, code))
                .isZero();
    }

    @Test
    void a_save_on_a_plan_someone_changed_meanwhile_is_refused() {
        String code = plan("Shared", 10);
        var view = open();
        var entry = row(view, code);
        var dialog = view.edit(entry);
        // Another staff member saves first.
        var theirs = entry.form();
        catalog.update(
                code,
                entry.version(),
                new PlanForm(
                        "Shared (theirs)",
                        theirs.monthlyPrice(),
                        theirs.yearlyPrice(),
                        5,
                        theirs.maxStudents(),
                        theirs.maxInstructors(),
                        theirs.storageMb(),
                        theirs.emailsPerMonth(),
                        null,
                        null,
                        theirs.ownSenderDomain(),
                        theirs.plugins()));
        dialog.maxCourses.setValue(50);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.formError.isVisible()).isTrue();
        assertThat(dialog.formError.getText())
                .isEqualTo(
                        "Someone else saved the Shared (theirs) plan meanwhile. Close this and open it again to see their changes.");
        assertThat(jdbc.queryForMap("select name, max_courses from platform.plan where code = ?", code))
                .containsEntry("name", "Shared (theirs)")
                .containsEntry("max_courses", 5);
    }

    @Test
    void staff_create_a_plan_with_a_code_of_its_own() {
        var view = open();
        var dialog = view.edit(null);
        dialog.code.setValue("lower");
        dialog.name.setValue("Campus");
        _click(dialog.save);
        assertThat(dialog.code.getErrorMessage())
                .isEqualTo("Use 2 to 32 capital letters, digits or _, starting with a letter");

        dialog.code.setValue("PRO");
        _click(dialog.save);
        assertThat(dialog.code.getErrorMessage()).isEqualTo("A plan with the code PRO already exists");

        String code = "TP_NEW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        made.add(code);
        dialog.code.setValue(code);
        dialog.monthlyPrice.setValue(new BigDecimal("5"));
        dialog.maxCourses.setValue(7);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(formatted(view, code)).contains("Campus", "5.00", "7", "Offered");
        assertThat(row(view, code).organizations()).isZero();
    }

    @Test
    void the_console_links_its_organizations_and_plans_pages() {
        open();
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getHref)).contains("console", "console/plans");
        _get(RouterLink.class, spec -> spec.withText("Organizations"));
    }
}
