package io.lyceum.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.identity.IdentityEvents;
import io.lyceum.identity.InvitationCreated;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.Role;
import io.lyceum.people.PeopleImportReport.Outcome;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A messy people file as admins really have one (Windows-1252, semicolons, German headers, a short
 * row, an unknown role, a column nobody asked for), imported in the background: one outcome per
 * line, the good lines applied, the plan's instructor limit kept, and only the bound organization
 * touched.
 */
@LyceumIntegrationTest
class PeopleImportTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    PeopleImports imports;

    @Autowired
    PeopleService people;

    @Autowired
    ApplicationContext context;

    Tenant acme;
    Tenant globex;
    IdentityEvents events;

    @BeforeEach
    void organizations() {
        events = IdentityEvents.record(context);
        acme = organizations.create("acme", "FREE");
        organizations.addUser(acme, "member@example.com", "study-hard-42", Role.STUDENT);
        organizations.addUser(acme, "teacher@example.com", "teach-well-2026", Role.INSTRUCTOR);
        organizations.addUser(acme, "gone@example.com", "study-hard-42", Role.STUDENT);
        globex = organizations.create("globex");
        organizations.addUser(globex, "member@example.com", "globex-pass-2026", Role.STUDENT);
        TestOrganizations.signIn(organizations.principal(acme, TestOrganizations.ADMIN_EMAIL));
        TenantContext.set(acme);
        people.deactivate(id("gone@example.com"));
    }

    @AfterEach
    void clear() {
        events.close();
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private long id(String email) {
        return people.members(email, Pageable.ofSize(1)).getContent().getFirst().id();
    }

    private PeopleImportReport.Summary run(String fileName, byte[] file) {
        long id = imports.start(fileName, file);
        return await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .until(() -> imports.find(id).orElseThrow(), run -> run.status() != PeopleImportReport.Status.RUNNING);
    }

    @Test
    void a_messy_file_gets_one_outcome_per_line_and_touches_only_the_bound_organization() throws Exception {
        String file = String.join(
                "\r\n",
                "E-Mail;Vorname;Nachname;Rolle;Gruppe;Abteilung",
                "juergen@example.com;Jürgen;Müller;Lernende;Herbst 2026;Vertrieb",
                "member@example.com;Mel;Member;student, instructor;;",
                "teacher@example.com;Tea;Cher;Lehrende;Herbst 2026;",
                "not-an-email;No;Body;student;;",
                "short@example.com;Short;Row",
                "",
                "odd@example.com;Odd;Job;Hausmeister;;",
                "gone@example.com;Gone;Away;student;;",
                "member@example.com;;;Student;;",
                "amelie@example.com;Amélie;Béraud;admin;Café €;");
        var run = run("personen.csv", file.getBytes(Charset.forName("windows-1252")));

        assertThat(run.status()).isEqualTo(PeopleImportReport.Status.FINISHED);
        assertThat(run.notice())
                .contains("Windows-1252")
                .contains("Ignored a column the import does not use: Abteilung.");
        List<PeopleImportReport.Row> rows = imports.rows(run.id());
        assertThat(rows).extracting(PeopleImportReport.Row::line).containsExactly(2, 3, 4, 5, 6, 8, 9, 10, 11);
        assertThat(rows)
                .extracting(PeopleImportReport.Row::outcome)
                .containsExactly(
                        Outcome.INVITED,
                        Outcome.REFUSED,
                        Outcome.UPDATED,
                        Outcome.REFUSED,
                        Outcome.REFUSED,
                        Outcome.REFUSED,
                        Outcome.SKIPPED,
                        Outcome.SKIPPED,
                        Outcome.INVITED);
        assertThat(rows)
                .extracting(PeopleImportReport.Row::message)
                .containsExactly(
                        "invited as student; invitation sent by email",
                        "Your Free plan allows 1 instructor. Upgrade your plan to add more.",
                        "already a member: cohort set to Herbst 2026",
                        "invalid email on line 5",
                        "line 6 has 3 fields, the header has 6",
                        "unknown role \"Hausmeister\" on line 8: use student, instructor or admin",
                        "already a member, deactivated: skipped (reactivate them on the People page)",
                        "already a member with these roles: skipped",
                        "invited as admin; invitation sent by email");
        assertThat(run.count(Outcome.REFUSED)).isEqualTo(4);

        var juergen = people.member(id("juergen@example.com"));
        assertThat(juergen.displayName()).isEqualTo("Jürgen Müller");
        assertThat(juergen.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(juergen.cohort()).isEqualTo("Herbst 2026");
        assertThat(people.member(id("amelie@example.com")).roles()).containsExactly(Role.ADMIN);
        assertThat(people.member(id("amelie@example.com")).cohort()).isEqualTo("Café €");
        assertThat(people.member(id("member@example.com")).roles()).containsExactly(Role.STUDENT);
        assertThat(events.of(acme, InvitationCreated.class))
                .extracting(InvitationCreated::email)
                .containsExactlyInAnyOrder("juergen@example.com", "amelie@example.com");
        // The People page's cohort filter finds those the import filed in it.
        assertThat(people.people(
                                new PeopleService.Filter("", null, null, null, "Herbst 2026"),
                                PageRequest.of(0, 10, Sort.by("email")))
                        .map(person -> person.member().email())
                        .getContent())
                .containsExactly("juergen@example.com", "teacher@example.com");

        // The report as a download.
        var out = new ByteArrayOutputStream();
        PeopleImportReportCsv.write(rows, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("line,email,outcome,message")
                .contains("6,short@example.com,REFUSED,\"line 6 has 3 fields, the header has 6\"");

        // Globex, which has a member of the same email, is untouched; acme's new people are not there.
        TenantContext.clear();
        var globexMember = TestOrganizations.asAdmin(globex, () -> people.members("", Pageable.ofSize(10)));
        assertThat(globexMember.getContent())
                .extracting(member -> member.email())
                .containsExactlyInAnyOrder(TestOrganizations.ADMIN_EMAIL, "member@example.com");
        assertThat(TestOrganizations.asAdmin(globex, () -> imports.imports(Pageable.ofSize(10)))
                        .getContent())
                .isEmpty();
        assertThat(events.of(globex, InvitationCreated.class)).isEmpty();
    }

    @Test
    void moodles_user_upload_file_adds_roles_to_members_and_a_bad_file_is_one_message() {
        String moodle = """
            username,firstname,lastname,email,cohort1,role1,course1
            mel,Mel,Member,member@example.com,Winter,editingteacher,MATH101
            """;
        // The instructor limit is reached on Free: make room by making the teacher a student.
        people.changeRoles(id("teacher@example.com"), Set.of(Role.STUDENT));
        var run = run("moodle.csv", moodle.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.rows(run.id())).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(Outcome.UPDATED);
            assertThat(row.message()).isEqualTo("already a member: instructor added, cohort set to Winter");
        });
        assertThat(people.member(id("member@example.com")).roles())
                .containsExactlyInAnyOrder(Role.STUDENT, Role.INSTRUCTOR);
        assertThat(run.notice()).isEqualTo("Ignored 2 columns the import does not use: username, course1.");

        var workbook = run("people.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThat(imports.rows(workbook.id())).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(row.message()).contains("Excel workbook").contains("CSV UTF-8");
        });
        var noEmail = run("names.csv", "Name;Phone\nAda;555\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imports.rows(noEmail.id()).getFirst().message()).startsWith("The file has no email column.");
        assertThat(imports.imports(Pageable.ofSize(10)).getContent()).hasSize(3);
    }
}
