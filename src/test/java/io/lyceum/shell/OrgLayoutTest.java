package io.lyceum.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.lyceum.KaribuTest;
import io.lyceum.identity.Role;
import io.lyceum.tenancy.Tenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side navigation follows the person's roles and the organization's active plugins. */
class OrgLayoutTest extends KaribuTest {

    /** The side navigation's labels top to bottom, a page of the area above it as "Area › Entry". */
    private List<String> navigationTree() {
        var tree = new ArrayList<String>();
        String area = "";
        for (SideNavItem item : allItems()) {
            if (item.hasClassName(OrgLayout.AREA_PAGE)) {
                tree.add(area + " › " + item.getLabel());
            } else {
                area = item.getLabel();
                tree.add(area);
            }
        }
        return tree;
    }

    private List<SideNavItem> allItems() {
        return _get(OrgLayout.class).navigation.getItems();
    }

    private Tenant orgWithEveryone(String plan) {
        Tenant org = organizations.create("nav", plan);
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        organizations.addUser(org, "learner@example.com", "study-hard-42", Role.STUDENT);
        return org;
    }

    @Test
    void a_student_sees_only_learning() {
        openOn(orgWithEveryone("PRO"));
        signIn("learner@example.com");
        navigate("learn");
        assertThat(navigationTree()).containsExactly("My learning", "Catalog", "Grades", "My certificates");
    }

    @Test
    void an_instructor_finds_the_courses_under_teach() {
        openOn(orgWithEveryone("PRO"));
        signIn("teacher@example.com");
        navigate("learn");
        assertThat(navigationTree())
                .containsExactly("My learning", "Catalog", "My certificates", "Teach", "Teach › Courses");
    }

    @Test
    void an_admin_sees_everything_the_plan_includes_each_page_once_under_its_area() {
        openOn(orgWithEveryone("PRO"));
        signIn("admin@example.com");
        navigate("admin");
        assertThat(navigationTree())
                .containsExactly(
                        "My learning",
                        "Catalog",
                        "My certificates",
                        "Teach",
                        "Teach › Courses",
                        "Admin",
                        "Admin › People",
                        "Admin › Branding",
                        "Admin › Custom domain",
                        "Admin › Required training",
                        "Admin › Plugins",
                        "Admin › Billing",
                        "Admin › Email",
                        "Admin › Audit log",
                        "Admin › Data",
                        "Admin › Certificates",
                        "Admin › Reports");
        // Every page has one entry, and the areas' entries are open: nothing is hidden in a fold.
        var items = allItems();
        assertThat(items).extracting(SideNavItem::getPath).doesNotHaveDuplicates();
        assertThat(items)
                .extracting(SideNavItem::getPath)
                .contains(
                        "learn",
                        "learn/catalog",
                        "learn/certificates",
                        "teach",
                        "teach/courses",
                        "admin",
                        "admin/people",
                        "admin/plugins",
                        "admin/certificates");
        // Flat: no entry hides others behind a fold (nor carries the fold's rejected ARIA reference).
        assertThat(allItems()).allMatch(item -> item.getItems().isEmpty());
    }

    @Test
    void the_avatars_show_at_most_two_initials_that_fit_their_circle() {
        Tenant org = orgWithEveryone("PRO");
        openOn(org);
        signIn("admin@example.com");
        navigate("admin");
        var layout = _get(OrgLayout.class);
        // "Org nav-<run>-<n>": two words, so two letters (Vaadin's own would be one per word, no limit).
        assertThat(org.name()).startsWith("Org nav-");
        assertThat(layout.logo.getAbbreviation()).isEqualTo("ON");
        assertThat(layout.accountAvatar.getAbbreviation()).isEqualTo("AA");
    }

    @Test
    void on_the_free_plan_certificates_are_not_in_the_menu() {
        openOn(orgWithEveryone("FREE"));
        signIn("admin@example.com");
        navigate("admin");
        assertThat(navigationTree())
                .doesNotContain("Admin › Certificates", "My certificates")
                .contains("Teach › Courses");
    }
}
