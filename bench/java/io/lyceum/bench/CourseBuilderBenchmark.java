package io.lyceum.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.github.classgraph.ClassGraph;
import io.lyceum.LyceumApplication;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.OutlineItem;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.tenancy.TenantContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A course with 300 modules: server time to open the builder (outline query and view construction,
 * driven through Karibu) and SQL statements issued by one reorder, compared with a 30-module course.
 * Prints figures, asserts nothing. Run: {@code ./mvnw -Pbench test -Dtest=CourseBuilderBenchmark}.
 */
class CourseBuilderBenchmark {

    @Test
    void open_and_reorder_a_large_course() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-pg");
        try (var app = new SpringApplicationBuilder(LyceumApplication.class, StatementCounter.class)
                .run(
                        "--spring.datasource.url=",
                        "--lyceum.embedded-db.data-dir=" + dataDir.toAbsolutePath(),
                        "--lyceum.demo=false",
                        "--server.port=0")) {
            var tenant = app.getBean(SignupService.class)
                    .signUp(
                            new SignupRequest(
                                    "Bench", "bench-builder", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            TenantContext.set(tenant);
            var admin = app.getBean(UserService.class)
                    .findByEmail("owner@example.com")
                    .orElseThrow();
            var user =
                    new LyceumUser(tenant.slug(), admin.id(), admin.email(), admin.displayName(), admin.roles(), false);
            SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    user, null, Set.of(new SimpleGrantedAuthority(Role.ADMIN.authority())))));
            var courses = app.getBean(CourseService.class);

            Routes routes = routes();
            for (int size : new int[] {30, 300}) {
                long course = courses.create(new CourseForm("Course of " + size, "", null, null));
                for (int i = 0; i < size; i++) {
                    if (i % 10 == 0) {
                        courses.addSection(course, "Section " + (i / 10));
                    }
                    courses.addModule(course, ModuleForm.text("Module " + i, "Some **text** for module " + i));
                }
                // Warm up, then measure opening the builder a few times.
                MockVaadin.setup(() -> new UI(), new MockSpringServlet(routes, app, () -> new UI()));
                authenticateRequest(user);
                UI.getCurrent().navigate("teach/courses/" + course);
                List<Double> opens = new ArrayList<>();
                for (int run = 0; run < 10; run++) {
                    long started = System.nanoTime();
                    UI.getCurrent().navigate("teach/courses");
                    UI.getCurrent().navigate("teach/courses/" + course);
                    opens.add((System.nanoTime() - started) / 1e6);
                }
                MockVaadin.tearDown();
                Collections.sort(opens);

                var outline = courses.outline(course);
                var order = new ArrayList<>(
                        outline.items().stream().map(OutlineItem::ref).toList());
                Collections.swap(order, 1, order.size() - 1);
                long before = StatementCounter.EXECUTED.get();
                long started = System.nanoTime();
                courses.reorder(course, outline.version(), order);
                double reorderMs = (System.nanoTime() - started) / 1e6;
                long statements = StatementCounter.EXECUTED.get() - before;
                System.out.printf(
                        "%nBENCH course with %d modules (%d outline rows): open builder median %.1f ms,"
                                + " max %.1f ms; one reorder %d SQL statements in %.1f ms%n",
                        size,
                        outline.items().size(),
                        opens.get(opens.size() / 2),
                        opens.getLast(),
                        statements,
                        reorderMs);
            }
        } finally {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }
    }

    private static void authenticateRequest(LyceumUser user) {
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) ->
                user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    private static Routes routes() {
        try (var scan = new ClassGraph()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("io.lyceum")
                .scan()) {
            Set<Class<? extends Component>> views = Set.copyOf(
                    scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class));
            return new Routes(views, Set.of(), true);
        }
    }
}
