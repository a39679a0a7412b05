package io.lyceum.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's billing page: the plan, what the organization uses of it, the plans to compare. */
class BillingViewTest extends KaribuTest {

    @Autowired
    CourseService courses;

    private Tenant freeOrgWithCourses(String prefix, int count) {
        Tenant org = organizations.create(prefix, "FREE");
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        for (int i = 0; i < count; i++) {
            courses.create(new CourseForm("Course " + i, "", null, null));
        }
        return org;
    }

    @Test
    void an_admin_sees_the_plan_its_usage_against_each_limit_and_the_plans_side_by_side() {
        Tenant org = freeOrgWithCourses("billing", 2);
        Tenant other = freeOrgWithCourses("otherbilling", 3);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);

        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Your organization is on the Free plan.");
        assertThat(page.billingOff.getText()).startsWith("Billing is not set up on this Lyceum");
        // This organization's two courses, not the other's three.
        assertThat(page.usage.getElement().getTextRecursively())
                .contains("Courses2 of 3")
                .contains("Instructors0 of 1")
                .contains("File storage (MB)0 of 500");
        String plans = page.plans.getElement().getTextRecursively();
        assertThat(plans)
                .contains("Free", "Starter", "Pro", "Enterprise")
                .contains("$29 per month")
                .contains("3 courses")
                .contains("Unlimited courses")
                .contains("Current plan");
        assertThat(other).isNotEqualTo(org);
    }

    @Test
    void at_the_limit_the_bar_is_full_and_says_so_in_german_too() {
        Tenant org = freeOrgWithCourses("billingfull", 3);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("admin/billing");
        var page = _get(BillingView.class);
        assertThat(page.getPageTitle()).isEqualTo("Abrechnung");
        assertThat(page.usage.getElement().getTextRecursively()).contains("Kurse3 von 3");
        assertThat(page.usage.getElement().getOuterHTML()).contains("theme=\"error\"");
        assertThat(page.plans.getElement().getTextRecursively())
                .contains("Kostenlos")
                .contains("29\u00a0$ pro Monat") // a no-break space, as German writes it
                .contains("1 Lehrkraft");
    }

    @Test
    void a_student_cannot_open_the_billing_page() {
        Tenant org = freeOrgWithCourses("billingstudent", 0);
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        openOn(org);
        signIn("learner@example.com");
        navigate("admin/billing");
        assertThat(currentView()).isNotEqualTo(BillingView.class);
    }
}
