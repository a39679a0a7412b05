package io.lyceum.grading;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.lyceum.LyceumApplication;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.UserService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The gradebook of 500 learners × 40 items (20 assignments graded, half released; 20 quizzes with two
 * attempts each), generated with SQL {@code generate_series}, in two weighted categories with
 * drop-lowest: server time of the first page (the service, and the view rendered through Karibu
 * with the grid's first fetch), and the heap the rendered view holds. Prints figures only.
 * Run: {@code ./mvnw -Pbench test -Dtest=GradebookBenchmark} ({@code -Dbench.learners=N}).
 *
 * <p>Memory: used heap after a full GC with the UI on the gradebook (first page fetched by the grid's
 * data communicator, as the browser's first request would) minus used heap after a full GC with the
 * same UI on a page without it; the median of 5. It is what one open gradebook tab keeps on the server
 * for that page: the view, its components and columns, and the rows its grid holds for the client.
 */
class GradebookBenchmark {

    private static final int LEARNERS = Integer.getInteger("bench.learners", 500);

    @Test
    void first_page_time_and_memory_of_the_view() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            var tenant = app.getBean(SignupService.class)
                    .signUp(
                            new SignupRequest(
                                    "Bench", "bench-gradebook", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            TenantContext.set(tenant);
            var users = app.getBean(UserService.class);
            var courses = app.getBean(CourseService.class);
            var gradebook = app.getBean(Gradebook.class);
            var jdbc = app.getBean(JdbcTemplate.class);
            String schema = "\"" + tenant.schema() + "\"";
            var owner = TestOrganizations.asAdmin(tenant, () -> users.findByEmail("owner@example.com"))
                    .orElseThrow();
            var admin =
                    new LyceumUser(tenant.slug(), owner.id(), owner.email(), owner.displayName(), owner.roles(), false);
            TestOrganizations.signIn(admin);
            long course = courses.create(new CourseForm("Big course", "", null, null));
            var assignments = new ArrayList<Long>();
            var quizzes = new ArrayList<Long>();
            for (int i = 1; i <= 20; i++) {
                assignments.add(courses.addModule(
                        course,
                        ModuleForm.assignment("Assignment " + i, "Do it.").withPublished(true)));
                quizzes.add(courses.addModule(course, ModuleForm.quiz("Quiz " + i)));
            }
            jdbc.update("update " + schema + ".course_module set published = true where course_id = ?", course);
            courses.publish(course);
            long started = System.nanoTime();
            jdbc.update(
                    "insert into " + schema + ".app_user (email, display_name, password_hash, created_at)"
                            + " select 'bulk' || g || '@example.com', 'Bulk Student ' || g, '{noop}x', now()"
                            + " from generate_series(1, ?) g",
                    LEARNERS);
            jdbc.update("insert into " + schema + ".user_role (user_id, role) select id, 'STUDENT' from " + schema
                    + ".app_user where email like 'bulk%'");
            jdbc.update(
                    "insert into " + schema + ".enrollment (user_id, course_id, status, progress, enrolled_at)"
                            + " select id, ?, 'ACTIVE', 0, now() from " + schema + ".app_user where email like 'bulk%'",
                    course);
            jdbc.update(
                    "insert into " + schema + ".submission (assignment_id, user_id, status, submitted_at)"
                            + " select a.id, e.user_id, 'GRADED', now() from " + schema + ".assignment a cross join "
                            + schema + ".enrollment e where a.course_id = ? and e.course_id = ?",
                    course,
                    course);
            jdbc.update("insert into " + schema + ".grade (submission_id, raw_points, points, graded_at, released_at)"
                    + " select s.id, p, p, now(), case when s.id % 2 = 0 then now() end"
                    + " from " + schema + ".submission s, lateral (select (40 + (s.id * 37) % 61)::numeric as p) x");
            jdbc.update(
                    "insert into " + schema + ".quiz_attempt (enrollment_id, module_id, score, passed, answers,"
                            + " submitted_at, pending_review) select e.id, m.id, (e.id * 13 + m.id * 7 + g * 29) % 101,"
                            + " true, '[]', now() - g * interval '1 hour', false from " + schema + ".enrollment e"
                            + " join " + schema + ".course_module m on m.course_id = e.course_id and m.kind = 'QUIZ'"
                            + " cross join generate_series(1, 2) g where e.course_id = ?",
                    course);
            jdbc.execute("analyze");
            long categoryA = gradebook.createCategory(course, "Assignments", new BigDecimal("60"), 2);
            long categoryQ = gradebook.createCategory(course, "Quizzes", new BigDecimal("40"), 1);
            assignments.forEach(module -> gradebook.assign(course, module, categoryA));
            quizzes.forEach(module -> gradebook.assign(course, module, categoryQ));
            System.out.printf(
                    "%nBENCH set-up: %d learners x 40 items generated in %.1f s%n",
                    LEARNERS, (System.nanoTime() - started) / 1e9);

            // The service's first page (what the grid's first fetch costs), median of 9 after 2 warm-ups.
            var times = new ArrayList<Double>();
            for (int run = 0; run < 11; run++) {
                long start = System.nanoTime();
                var rows = gradebook.page(course, GradebookFilter.ALL, 0, 50);
                gradebook.count(course, GradebookFilter.ALL);
                if (run >= 2) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
                if (rows.size() != 50 || rows.getFirst().total() == null) {
                    throw new IllegalStateException("unexpected first page: " + rows.size());
                }
            }
            Collections.sort(times);
            System.out.printf(
                    "BENCH gradebook first page (50 of %d learners x 40 items, count included): median %.1f ms,"
                            + " max %.1f ms%n",
                    LEARNERS, times.get(times.size() / 2), times.getLast());

            // The view through Karibu: navigation to the first page rendered, and the heap it holds.
            MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes(), app, () -> new UI()));
            authenticate(admin);
            String gradebookPath = "teach/courses/" + course + "/gradebook";
            var viewTimes = new ArrayList<Double>();
            var held = new ArrayList<Double>();
            for (int run = 0; run < 7; run++) {
                UI.getCurrent().navigate("teach");
                MockVaadin.clientRoundtrip(false);
                long emptyHeap = usedAfterGc();
                long start = System.nanoTime();
                UI.getCurrent().navigate(gradebookPath);
                @SuppressWarnings("unchecked")
                Grid<GradebookRow> grid = LocatorJ._get(Grid.class);
                grid.getDataCommunicator().setViewportRange(0, 50);
                MockVaadin.clientRoundtrip(false);
                double millis = (System.nanoTime() - start) / 1e6;
                long viewHeap = usedAfterGc();
                if (run >= 2) {
                    viewTimes.add(millis);
                    held.add((viewHeap - emptyHeap) / 1024.0);
                }
                if (grid.getDataCommunicator().getItemCount() != LEARNERS) {
                    throw new IllegalStateException("grid did not fetch");
                }
            }
            Collections.sort(viewTimes);
            Collections.sort(held);
            System.out.printf(
                    "BENCH gradebook view opened with its first page fetched: median %.1f ms, max %.1f ms%n",
                    viewTimes.get(viewTimes.size() / 2), viewTimes.getLast());
            System.out.printf(
                    "BENCH heap held by the open gradebook (first page): median %.0f KB (of 5: %s)%n%n",
                    held.get(held.size() / 2),
                    held.stream().map(kb -> String.format("%.0f", kb)).collect(Collectors.joining(", ")));
            MockVaadin.tearDown();
        } finally {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Views are package-private, which Karibu's own discovery skips; found with ClassGraph, as in KaribuTest. */
    private static Routes routes() {
        try (var scan = new ClassGraph()
                .enableAnnotationInfo()
                .enableClassInfo()
                .ignoreClassVisibility()
                .acceptPackages("io.lyceum")
                .scan()) {
            Set<Class<? extends Component>> views =
                    scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class).stream()
                            .collect(Collectors.toCollection(HashSet::new));
            views.addAll(scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class));
            Set<Class<? extends HasErrorParameter<?>>> errorViews = scan
                    .getClassesImplementing(HasErrorParameter.class.getName())
                    .filter(type -> !type.isAbstract())
                    .loadClasses()
                    .stream()
                    .<Class<? extends HasErrorParameter<?>>>map(type -> {
                        @SuppressWarnings("unchecked")
                        var errorView = (Class<? extends HasErrorParameter<?>>) type;
                        return errorView;
                    })
                    .collect(Collectors.toSet());
            return new Routes(views, errorViews, true);
        }
    }

    private static void authenticate(LyceumUser user) {
        Set<String> roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
        var token = UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
        SecurityContextHolder.setContext(new SecurityContextImpl(token));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
