package io.lyceum.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import io.lyceum.KaribuTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.Role;
import io.lyceum.reporting.ReportChart;
import io.lyceum.reporting.ReportData;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports page as an admin sees it: charts with titles and tables, drill-down by URL, within the org. */
class ReportsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    Tenant acme;
    Tenant globex;
    long script;
    long globexCourse;

    @BeforeEach
    void data() {
        acme = organizations.create("acme");
        globex = organizations.create("globex");
        var data = new ReportData(jdbc, acme);
        long safety = data.course("Fire safety");
        script = data.course("<script>alert(1)</script>");
        Instant recently = Instant.now().minus(Duration.ofDays(3));
        long zoe = data.user("zoe@example.com");
        long max = data.user("max@example.com");
        data.enroll(zoe, safety, recently, recently, "COMPLETED");
        data.enroll(max, safety, recently, null, "ACTIVE");
        data.enroll(zoe, script, recently, null, "ACTIVE");
        var other = new ReportData(jdbc, globex);
        for (int i = 0; i < 4; i++) {
            other.course("Globex " + i);
        }
        globexCourse = other.course("Globex secret");
        other.enroll(other.user("spy@example.com"), globexCourse, recently, null, "ACTIVE");
        openOn(acme);
    }

    @Test
    void the_admin_sees_a_chart_per_question_with_its_title_bars_and_table() {
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/reports");
        var view = _get(ReportsView.class);
        assertThat(view.shown.keySet()).containsExactly(ReportChart.values());
        String completion = view.shown.get(ReportChart.COMPLETION).svg();
        assertThat(completion).contains("<title id=\"chart-completion-title\">Completion rate per course</title>");
        assertThat(completion).contains("aria-label=\"Fire safety: 50%\"");
        assertThat(completion)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;: 0%")
                .doesNotContain("<script>");
        assertThat(completion).contains("href=\"admin/reports/people/course/" + script + "\"");
        // The data table says the same, for screen readers and readers.
        assertThat(view.shown.get(ReportChart.COMPLETION).getElement().getOuterHTML())
                .contains("<summary>Figures as a table</summary>")
                .contains("Fire safety");
        assertThat(_find(Anchor.class, spec -> spec.withText("CSV"))).hasSize(ReportChart.values().length);
    }

    @Test
    void a_bar_leads_to_the_courses_learners_and_another_orgs_course_is_not_found() {
        signIn(TestOrganizations.ADMIN_EMAIL);
        navigate("admin/reports/people/course/" + script);
        var people = _get(ReportPeopleView.class);
        assertThat(GridKt._fetch(people.grid, 0, 10))
                .extracting(person -> person.email())
                .containsExactly("zoe@example.com");

        navigate("admin/reports/people/course/" + globexCourse);
        assertThat(currentView()).isNotEqualTo(ReportPeopleView.class);
        assertThat(currentView().getSimpleName()).isEqualTo("NotFoundView");
        navigate("admin/reports/people/expiring/45");
        assertThat(currentView().getSimpleName()).isEqualTo("NotFoundView");
        navigate("admin/reports/people/required/NOT_STARTED");
        var required = _get(ReportPeopleView.class);
        assertThat(GridKt._size(required.grid)).isZero(); // acme requires nothing yet
    }

    @Test
    void a_student_cannot_open_the_reports() {
        organizations.addUser(acme, "student@example.com", "quiet-river-2026", Role.STUDENT);
        TenantContext.set(acme);
        signIn("student@example.com");
        navigate("admin/reports");
        assertThat(currentView()).isNotEqualTo(ReportsView.class);
    }
}
