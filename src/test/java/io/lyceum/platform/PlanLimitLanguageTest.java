package io.lyceum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A plan's limit is refused in the reader's language, its count in the right plural. */
class PlanLimitLanguageTest extends KaribuTest {

    @Autowired
    PlanPolicy policy;

    @Autowired
    CourseService courses;

    @Test
    void a_german_reader_reads_the_limit_in_german_singular_for_one_and_plural_for_more() {
        Tenant org = organizations.create("tarif", "FREE");
        organizations.addUser(org, "teacher@example.com", "chalk-board-55", Role.INSTRUCTOR);
        openOn(org);
        signIn(TestOrganizations.ADMIN_EMAIL);
        for (int i = 1; i <= 3; i++) {
            courses.create(new CourseForm("Course " + i, "", null, 30));
        }

        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(policy.check(PlanAction.ADD_INSTRUCTOR).denial())
                .hasValue("Ihr Tarif „Free“ erlaubt 1 Lehrkraft. Für weitere wechseln Sie in einen größeren Tarif.");
        assertThat(policy.check(PlanAction.CREATE_COURSE).denial())
                .hasValue("Ihr Tarif „Free“ erlaubt 3 Kurse. Für weitere wechseln Sie in einen größeren Tarif.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(policy.check(PlanAction.ADD_INSTRUCTOR).denial())
                .hasValue("Your Free plan allows 1 instructor. Upgrade your plan to add more.");
        assertThat(policy.check(PlanAction.CREATE_COURSE).denial())
                .hasValue("Your Free plan allows 3 courses. Upgrade your plan to add more.");
    }
}
