package io.lyceum.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.identity.Role;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Error pages are the app's own, in the layout of the host and person they answer: an organization's
 * layout for its members, the organization's name and the way to sign in for visitors, the public
 * layout on the base domain. One heading, one sentence, one way on; nothing of the reason.
 */
class ErrorPagesTest extends KaribuTest {

    @Autowired
    CourseService courses;

    @Test
    void an_unknown_course_shows_the_not_found_page_inside_the_organizations_layout_with_a_way_home() {
        openOn(organizations.create("lost"));
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("teach/courses/999999");

        var page = shown("NotFoundView");
        assertThat(frames(page)).anyMatch(OrgLayout.class::isInstance);
        assertThat(_get(page, H1.class).getText()).isEqualTo("Page not found");
        var home = _get(page, Anchor.class);
        assertThat(home.getText()).isEqualTo("Go to the start page");
        assertThat(home.getHref()).isEqualTo("/");
        assertThat(page.getElement().getTextRecursively())
                .doesNotContain("999999")
                .doesNotContain("course");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
    }

    @Test
    void another_organizations_course_id_shows_exactly_the_page_of_an_id_that_does_not_exist() {
        Tenant acme = organizations.create("lost");
        Tenant globex = organizations.create("lost");
        long acmeCourse = courseOf(acme, "Acme's own");
        courseOf(globex, "Globex first");
        long globexCourse = courseOf(globex, "Globex second");
        assertThat(globexCourse).isNotEqualTo(acmeCourse);

        openOn(acme);
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("teach/courses/" + globexCourse);
        var otherOrgs = shown("NotFoundView");
        assertThat(frames(otherOrgs)).anyMatch(OrgLayout.class::isInstance);
        String otherOrgsPage = otherOrgs.getElement().getOuterHTML();
        String otherOrgsTitle = UI.getCurrent().getInternals().getTitle();

        navigate("teach/courses/999999");
        String unknownPage = shown("NotFoundView").getElement().getOuterHTML();
        assertThat(otherOrgsPage).isEqualTo(unknownPage).doesNotContain("Globex");
        assertThat(otherOrgsTitle).isEqualTo(UI.getCurrent().getInternals().getTitle());

        navigate("teach/courses/" + acmeCourse);
        assertThat(currentView().getSimpleName()).isEqualTo("CourseBuilderView");
    }

    @Test
    void a_student_at_an_admin_page_gets_no_access_inside_the_organizations_layout() {
        Tenant org = organizations.create("lost");
        organizations.addUser(org, "pupil@example.com", "homework-done-3", Role.STUDENT);
        openOn(org);
        signIn("pupil@example.com");
        navigate("admin");

        var page = shown("NoAccessView");
        assertThat(frames(page)).anyMatch(OrgLayout.class::isInstance);
        assertThat(_get(page, H1.class).getText()).isEqualTo("No access");
        assertThat(_get(page, Anchor.class).getHref()).isEqualTo("/");
        assertThat(currentView().getSimpleName()).isNotEqualTo("AdminHomeView");
    }

    @Test
    void a_visitor_on_an_organizations_host_sees_only_its_name_and_the_way_to_sign_in() {
        Tenant org = organizations.create("lost");
        openOn(org);
        typeAddress("no/such/page");

        var page = shown("NotFoundView");
        List<Component> frames = frames(page);
        assertThat(frames).noneMatch(OrgLayout.class::isInstance);
        var frame = frames.stream()
                .filter(component -> component.getClass().getSimpleName().equals("SignedOutOrgLayout"))
                .findFirst()
                .orElseThrow();
        assertThat(frame.getElement().getTextRecursively())
                .isEqualTo(org.name() + "Page not foundThere is no" + " page at this address.Sign in");
        assertThat(_find(SideNav.class)).isEmpty();
        var signIn = _get(page, Anchor.class);
        assertThat(signIn.getText()).isEqualTo("Sign in");
        assertThat(signIn.getHref()).isEqualTo("/login");
    }

    @Test
    void on_the_base_domain_an_unknown_address_is_not_found_inside_the_public_layout() {
        openOn(null);
        typeAddress("no/such/page");

        var page = shown("NotFoundView");
        assertThat(frames(page))
                .anyMatch(frame -> frame.getClass().getSimpleName().equals("PublicLayout"));
        var home = _get(page, Anchor.class);
        assertThat(home.getText()).isEqualTo("Go to Lyceum's home page");
        assertThat(home.getHref()).isEqualTo("/");
    }

    @Test
    void a_failing_page_of_a_member_is_answered_inside_the_organizations_layout() {
        openOn(organizations.create("lost"));
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("test/failing");

        var page = (ServerErrorView) shown("ServerErrorView");
        assertThat(frames(page)).anyMatch(OrgLayout.class::isInstance);
        assertThat(page.reference.getText()).matches("Reference: ERR-[0-9A-F]{8}");
        assertThat(page.getElement().getTextRecursively()).doesNotContain(FailingView.INTERNALS);
        assertThat(_get(page, Anchor.class).getHref()).isEqualTo("/");
    }

    @Test
    void a_services_refusal_is_no_access_and_an_id_unknown_to_a_service_is_not_found() {
        openOn(organizations.create("lost"));
        signIn(TestOrganizations.ADMIN_EMAIL);

        navigate("test/refused");
        var refused = shown("RefusedByServiceView");
        assertThat(_get(refused, H1.class).getText()).isEqualTo("No access");
        assertThat(refused.getElement().getTextRecursively()).doesNotContain(RefusingView.SECRET);

        navigate("test/missing");
        var missing = shown("NoSuchItemView");
        assertThat(frames(missing)).anyMatch(OrgLayout.class::isInstance);
        assertThat(_get(missing, H1.class).getText()).isEqualTo("Page not found");
        assertThat(missing.getElement().getTextRecursively()).doesNotContain(RefusingView.SECRET);
    }

    /**
     * An address typed into the browser that is no route: Vaadin's {@code UI.navigate} would hand it
     * to the client-side router, the page request gives it to the server's router, as here.
     */
    private static void typeAddress(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** A course of the organization, created by its admin. */
    private long courseOf(Tenant org, String title) {
        var before = SecurityContextHolder.getContext();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        try {
            return TenantContext.callAs(org, () -> courses.create(new CourseForm(title, "", null, null)));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The page the router shows, checked to be the one named (by name: a test of what users see). */
    private static Component shown(String view) {
        Component page = (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(page.getClass().getSimpleName()).isEqualTo(view);
        return page;
    }

    /** The components around a page, innermost first. */
    private static List<Component> frames(Component page) {
        var frames = new ArrayList<Component>();
        for (var parent = page.getParent();
                parent.isPresent();
                parent = parent.get().getParent()) {
            frames.add(parent.get());
        }
        return frames;
    }
}
