package io.lyceum;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.Roles;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.people.PeopleService;
import io.lyceum.support.SupportAccess;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Every page and endpoint, for every kind of person, asked over real HTTP: who gets it, who is sent
 * to sign in, who is refused. Pages are taken from Vaadin's registry of the running app, so a new
 * page without a rule here fails this test; what each may see follows from where the page lives
 * ({@code /admin} for admins, {@code /teach} for instructors, {@code /console} for staff on the
 * base domain), not from the page's own annotations.
 */
@LyceumIntegrationTest
class RoleRouteMatrixTest {

    enum Persona {
        VISITOR,
        STUDENT,
        INSTRUCTOR,
        ADMIN,
        /** A member an admin deactivated while they were signed in: their session is over. */
        DEACTIVATED,
        STAFF,
        SUPPORT
    }

    enum Outcome {
        /** The page or resource (200, or a redirect within what the person may see). */
        ALLOWED,
        /** Sent to the sign-in. */
        SIGN_IN,
        /** Refused: 401, 403, or the app's no-access page. */
        DENIED,
        /** Not on this host (404). */
        NOT_FOUND,
        /** Sent elsewhere than the sign-in (a signed-in person opening the sign-in, say). */
        REDIRECTED,
        /** Anything else (a server error): never right. */
        BROKEN
    }

    /** Where a page lives and so who may see it. */
    enum Audience {
        ORG_PUBLIC,
        MEMBER,
        TEACHER,
        ADMIN,
        PLATFORM_PUBLIC,
        CONSOLE
    }

    private static final String BASE = "lyceum.localhost:8080";

    /** Pages reachable on an organization's host without signing in (their tokens are checked by the page). */
    private static final Set<String> ORG_PUBLIC =
            Set.of("login", "forgot-password", "invite/:token", "reset-password/:token", "mail/unsubscribe");

    /** Pages of the public site on the base domain. */
    private static final Set<String> PLATFORM_PUBLIC = Set.of("signup");

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    SupportAccess support;

    @Autowired
    PeopleService people;

    @Autowired
    ServletContext servletContext;

    @LocalServerPort
    int port;

    RawHttp http;
    Tenant org;
    String orgHost;
    long course;
    long module;
    long student;
    final Map<Persona, String> sessions = new EnumMap<>(Persona.class);

    @BeforeEach
    void everyone() throws Exception {
        http = new RawHttp(port);
        org = organizations.create("matrix");
        orgHost = org.slug() + "." + BASE;
        organizations.addUser(org, "student@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(org, "teacher@example.com", "teach-well-42", Role.INSTRUCTOR);
        organizations.addUser(org, "gone@example.com", "was-here-42", Role.STUDENT, Role.ADMIN);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        course = courses.create(new CourseForm("Matrix course", "", null, null));
        module = courses.addModule(course, ModuleForm.text("Welcome", "").withPublished(true));
        courses.publish(course);
        courses.assignInstructors(
                course,
                Set.of(organizations.principal(org, "teacher@example.com").id()));
        student = organizations.principal(org, "student@example.com").id();
        enrollments.enroll(student, course);
        SecurityContextHolder.clearContext();
        TenantContext.clear();

        sessions.put(Persona.VISITOR, "");
        sessions.put(Persona.STUDENT, http.login(orgHost, "student@example.com", "study-hard-42"));
        sessions.put(Persona.INSTRUCTOR, http.login(orgHost, "teacher@example.com", "teach-well-42"));
        sessions.put(
                Persona.ADMIN, http.login(orgHost, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD));
        sessions.put(Persona.DEACTIVATED, http.login(orgHost, "gone@example.com", "was-here-42"));
        TestOrganizations.asAdmin(
                org,
                () -> people.deactivate(
                        organizations.principal(org, "gone@example.com").id()));
        sessions.put(Persona.STAFF, http.login(BASE, "staff@lyceum.test", "staff-secret-2026"));
        sessions.put(Persona.SUPPORT, supportSession());
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    private String supportSession() throws Exception {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.STAFF)))));
        var started = support.start(org.slug(), "Route matrix: checking access", Duration.ofMinutes(30));
        SecurityContextHolder.clearContext();
        return http.get(orgHost, started.entryPath(), "").sessionCookie().orElseThrow();
    }

    private static Audience audienceOf(String template) {
        if (template.isEmpty()) {
            return Audience.MEMBER; // an organization's home (the base domain's is its landing page)
        }
        if (ORG_PUBLIC.contains(template)) {
            return Audience.ORG_PUBLIC;
        }
        if (PLATFORM_PUBLIC.contains(template)) {
            return Audience.PLATFORM_PUBLIC;
        }
        if (template.equals("console") || template.startsWith("console/")) {
            return Audience.CONSOLE;
        }
        if (template.equals("admin") || template.startsWith("admin/")) {
            return Audience.ADMIN;
        }
        if (template.equals("teach") || template.startsWith("teach/")) {
            return Audience.TEACHER;
        }
        return Audience.MEMBER;
    }

    /** What a person gets on an organization's host. */
    private static Set<Outcome> onOrgHost(Audience audience, Persona persona) {
        return switch (audience) {
            case ORG_PUBLIC -> Set.of(Outcome.ALLOWED, Outcome.NOT_FOUND, Outcome.REDIRECTED);
            case PLATFORM_PUBLIC, CONSOLE -> Set.of(Outcome.NOT_FOUND, Outcome.SIGN_IN, Outcome.REDIRECTED);
            case MEMBER ->
                switch (persona) {
                    case VISITOR, DEACTIVATED, STAFF -> Set.of(Outcome.SIGN_IN);
                    default -> Set.of(Outcome.ALLOWED);
                };
            case TEACHER ->
                switch (persona) {
                    case VISITOR, DEACTIVATED, STAFF -> Set.of(Outcome.SIGN_IN);
                    case STUDENT -> Set.of(Outcome.DENIED);
                    default -> Set.of(Outcome.ALLOWED);
                };
            case ADMIN ->
                switch (persona) {
                    case VISITOR, DEACTIVATED, STAFF -> Set.of(Outcome.SIGN_IN);
                    case STUDENT, INSTRUCTOR -> Set.of(Outcome.DENIED);
                    default -> Set.of(Outcome.ALLOWED);
                };
        };
    }

    /** What a person gets on the base domain (their organization's session is not valid there). */
    private static Set<Outcome> onBaseHost(String template, Audience audience, Persona persona) {
        if (template.equals("login") || template.isEmpty()) {
            return Set.of(Outcome.ALLOWED); // the landing page, and staff sign in on the base domain too
        }
        return switch (audience) {
            case PLATFORM_PUBLIC -> Set.of(Outcome.ALLOWED);
            case CONSOLE -> persona == Persona.STAFF ? Set.of(Outcome.ALLOWED) : Set.of(Outcome.SIGN_IN);
            case ORG_PUBLIC, MEMBER, TEACHER, ADMIN -> Set.of(Outcome.NOT_FOUND, Outcome.SIGN_IN);
        };
    }

    private String path(String template) {
        return "/"
                + template.replaceAll(":courseId(\\(\\\\d\\+\\))?", Long.toString(course))
                        .replaceAll("/:moduleId\\?(\\(\\\\d\\+\\))?", "/" + module)
                        .replaceAll(":token", "not-a-real-token")
                        .replaceAll(":slug", org.slug())
                        .replaceAll(":id(?![a-z])", Long.toString(student))
                        // The reports' drill-down: the list of people overdue with required training.
                        .replaceAll(":kind/:value", "required/OVERDUE");
    }

    private Outcome outcome(String host, String path, String session) throws Exception {
        var answer = http.get(host, path, session);
        return switch (answer.status()) {
            // The sign-in shown in place of a page (the router forwarded to it).
            case 200 ->
                answer.body().contains("vaadin-login-form") && !path.equals("/login")
                        ? Outcome.SIGN_IN
                        : Outcome.ALLOWED;
            case 301, 302, 303 ->
                answer.header("location").orElse("").contains("/login") ? Outcome.SIGN_IN : Outcome.REDIRECTED;
            case 401, 403 -> Outcome.DENIED;
            case 404 -> Outcome.NOT_FOUND;
            default -> Outcome.BROKEN;
        };
    }

    @Test
    void every_page_answers_each_person_as_their_role_allows_on_the_server() throws Exception {
        List<String> templates =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                        .getRegisteredRoutes()
                        .stream()
                        .map(RouteData::getTemplate)
                        // Pages that only tests register (error pages' own tests) are no part of the app.
                        .filter(template -> !template.startsWith("test/"))
                        .sorted()
                        .toList();
        assertThat(templates).hasSizeGreaterThan(25).contains("admin/audit", "console/support");

        var wrong = new TreeMap<String, String>();
        var table = new StringBuilder();
        // On the organization's host with every person's session. Staff's console session presented
        // here ends (a sign-in holds only on its own host), so staff count as visitors after the first.
        for (String template : templates) {
            Audience audience = audienceOf(template);
            String path = path(template);
            for (Persona persona : Persona.values()) {
                Outcome onOrg = outcome(orgHost, path, sessions.get(persona));
                table.append(String.format("org  %-45s %-10s %s%n", path, persona, onOrg));
                if (!onOrgHost(audience, persona).contains(onOrg)) {
                    wrong.put(path + " " + persona + " on org", onOrg + ", expected " + onOrgHost(audience, persona));
                }
            }
        }
        // On the base domain a browser sends no organization's cookie (they are host-only): there are
        // visitors and staff.
        String staff = http.login(BASE, "staff@lyceum.test", "staff-secret-2026");
        for (String template : templates) {
            Audience audience = audienceOf(template);
            String path = path(template);
            for (Persona persona : List.of(Persona.VISITOR, Persona.STAFF)) {
                Outcome onBase = outcome(BASE, path, persona == Persona.STAFF ? staff : "");
                table.append(String.format("base %-45s %-10s %s%n", path, persona, onBase));
                if (!onBaseHost(template, audience, persona).contains(onBase)) {
                    wrong.put(
                            path + " " + persona + " on base",
                            onBase + ", expected " + onBaseHost(template, audience, persona));
                }
            }
        }
        assertThat(wrong).as("%s", table).isEmpty();
    }

    /** An endpoint, the host it is asked on, and what each person may get. */
    private record Endpoint(String host, String path, Map<Persona, Set<Outcome>> expected) {}

    private static Map<Persona, Set<Outcome>> all(Outcome... outcomes) {
        var expected = new EnumMap<Persona, Set<Outcome>>(Persona.class);
        for (Persona persona : Persona.values()) {
            expected.put(persona, Set.of(outcomes));
        }
        return expected;
    }

    private static Map<Persona, Set<Outcome>> members(Set<Outcome> visitors, Set<Outcome> members) {
        var expected = all();
        for (Persona persona : Persona.values()) {
            expected.put(
                    persona,
                    persona == Persona.VISITOR || persona == Persona.STAFF || persona == Persona.DEACTIVATED
                            ? visitors
                            : members);
        }
        return expected;
    }

    /** Staff only; anyone else refused (401), not sent to sign in. */
    private static Map<Persona, Set<Outcome>> staffOnly() {
        var expected = all(Outcome.DENIED);
        expected.put(Persona.STAFF, Set.of(Outcome.ALLOWED));
        return expected;
    }

    /** Refused to everyone: a person with no sign-in on the host is sent to sign in, anyone else refused. */
    private static Map<Persona, Set<Outcome>> closed() {
        var expected = all(Outcome.DENIED, Outcome.NOT_FOUND);
        expected.put(Persona.VISITOR, Set.of(Outcome.DENIED, Outcome.NOT_FOUND, Outcome.SIGN_IN));
        expected.put(Persona.DEACTIVATED, expected.get(Persona.VISITOR));
        return expected;
    }

    @Test
    void every_endpoint_of_ours_answers_each_person_on_the_server() throws Exception {
        String unknownFile = "/files/00000000-0000-0000-0000-000000000000";
        var endpoints = List.of(
                new Endpoint(BASE, "/actuator/health", all(Outcome.ALLOWED)),
                // Closed to everyone, staff included (a visitor is sent to sign in first).
                new Endpoint(BASE, "/actuator/env", closed()),
                new Endpoint(BASE, "/actuator/beans", closed()),
                new Endpoint(orgHost, "/actuator/env", closed()),
                // Metrics: staff signed in on the base domain (or a scrape token, which no persona has).
                new Endpoint(BASE, "/actuator/prometheus", staffOnly()),
                new Endpoint(orgHost, "/actuator/prometheus", all(Outcome.DENIED)),
                new Endpoint(BASE, "/verify/NO-SUCH-CODE", all(Outcome.ALLOWED, Outcome.NOT_FOUND)),
                // Members' files and certificates: a visitor signs in, a member gets "not found" for an
                // id that is not theirs (or not there), never another's file.
                new Endpoint(
                        orgHost,
                        unknownFile,
                        members(Set.of(Outcome.SIGN_IN, Outcome.DENIED), Set.of(Outcome.NOT_FOUND))),
                new Endpoint(
                        orgHost,
                        "/certificates/999999/certificate.pdf",
                        members(Set.of(Outcome.SIGN_IN, Outcome.DENIED), Set.of(Outcome.NOT_FOUND))),
                new Endpoint(orgHost, "/support/enter/not-a-token", all(Outcome.NOT_FOUND)),
                new Endpoint(BASE, "/support/enter/not-a-token", all(Outcome.NOT_FOUND)),
                new Endpoint(orgHost, "/mail/logo/00000000-0000-0000-0000-000000000000", all(Outcome.NOT_FOUND)),
                // The organization's logo (none here) and the TLS proxy's question (an unknown host).
                new Endpoint(orgHost, "/branding/logo/00000000-0000-0000-0000-000000000000", all(Outcome.NOT_FOUND)),
                new Endpoint(BASE, "/internal/tls/ask?domain=nowhere.example.test", all(Outcome.NOT_FOUND)),
                new Endpoint(orgHost, "/internal/tls/ask?domain=nowhere.example.test", all(Outcome.NOT_FOUND)));

        var wrong = new TreeMap<String, String>();
        for (Endpoint endpoint : endpoints) {
            for (Persona persona : Persona.values()) {
                // Sessions are host-only: on the base domain only staff have one.
                String session = endpoint.host().equals(BASE)
                        ? (persona == Persona.STAFF ? http.login(BASE, "staff@lyceum.test", "staff-secret-2026") : "")
                        : (persona == Persona.STAFF ? "" : sessions.get(persona));
                // Without a sign-in on this host, a person is a visitor here.
                Set<Outcome> expected = endpoint.expected().get(session.isEmpty() ? Persona.VISITOR : persona);
                Outcome got = outcome(endpoint.host(), endpoint.path(), session);
                if (!expected.contains(got)) {
                    wrong.put(endpoint.host() + endpoint.path() + " " + persona, got + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
