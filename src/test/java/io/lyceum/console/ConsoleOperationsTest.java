package io.lyceum.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.Publications;
import io.lyceum.RawHttp;
import io.lyceum.TestOrganizations;
import io.lyceum.audit.AuditFilter;
import io.lyceum.audit.AuditTrail;
import io.lyceum.certificate.CertificateService;
import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.notification.MailConsole;
import io.lyceum.platform.OrganizationActions;
import io.lyceum.platform.OrganizationConsole;
import io.lyceum.platform.OrganizationFilter;
import io.lyceum.platform.OrganizationOverview;
import io.lyceum.platform.OrganizationStatistics;
import io.lyceum.platform.TenantMigrations;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import io.lyceum.tenancy.TenantSchemas;
import io.lyceum.tenancy.TenantStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff console on the real application: figures counted by the statistics job, filters, suspend
 * and reactivate seen over HTTP on the organization's host, a failed migration run again, deletion
 * (schema, certificate verification, audit), staff-only services, and that the console's reads touch
 * no table of any organization's schema.
 */
@LyceumIntegrationTest
class ConsoleOperationsTest {

    static final String BASE = "lyceum.localhost:8080";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationConsole console;

    @Autowired
    OrganizationActions actions;

    @Autowired
    OrganizationStatistics statistics;

    @Autowired
    PlatformHealth health;

    @Autowired
    AuditTrail audit;

    @Autowired
    MailConsole mail;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    LearningProgress progress;

    @Autowired
    CertificateService certificates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TenantMigrations migrations;

    @LocalServerPort
    int port;

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    static void signInAsStaff() {
        var staff = new LyceumUser("", 1, "staff@lyceum.test", "Staff", Set.of(), true);
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                staff, null, List.of(new SimpleGrantedAuthority("ROLE_STAFF")))));
    }

    private OrganizationOverview row(Tenant tenant) {
        return console.page(new OrganizationFilter(tenant.slug(), null, null, null), Sort.unsorted(), 0, 10).stream()
                .filter(row -> row.slug().equals(tenant.slug()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> slugs(OrganizationFilter filter) {
        var slugs = new ArrayList<String>();
        int total = console.count(filter);
        for (int offset = 0; offset < total; offset += 200) {
            console.page(filter, Sort.by("slug"), offset, 200).forEach(row -> slugs.add(row.slug()));
        }
        return slugs;
    }

    @Test
    void the_grid_shows_each_organizations_own_figures_as_the_statistics_job_counted_them() throws Exception {
        Tenant acme = organizations.create("gridacme", "PRO");
        Tenant globex = organizations.create("gridglobex", "FREE");
        organizations.addUser(acme, "teacher@example.com", "chalk-board-55", Role.INSTRUCTOR);
        organizations.addUser(acme, "student@example.com", "quiet-river-2026", Role.STUDENT);
        TenantContext.set(acme);
        TestOrganizations.signIn(organizations.principal(acme, TestOrganizations.ADMIN_EMAIL));
        courses.create(new CourseForm("First course", "", null, null));
        courses.create(new CourseForm("Second course", "", null, null));
        TenantContext.clear();
        // A real sign-in: the organization's audit log records it, its last activity.
        var http = new RawHttp(port);
        http.login(acme.slug() + "." + BASE, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);

        signInAsStaff();
        statistics.refreshNow(acme.id());
        statistics.refreshNow(globex.id());

        OrganizationOverview a = row(acme);
        assertThat(a.users()).isEqualTo(3);
        assertThat(a.courses()).isEqualTo(2);
        assertThat(a.planName()).isEqualTo("Pro");
        assertThat(a.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(a.schemaBytes()).isPositive();
        assertThat(a.lastActivity()).isNotNull();
        assertThat(a.refreshedAt()).isNotNull();
        assertThat(a.migrationState()).isEqualTo("SUCCEEDED");
        assertThat(a.migrationVersion()).matches(".+\\.sql::.+");
        assertThat(a.migrationChangeSets()).isPositive();
        OrganizationOverview g = row(globex);
        assertThat(g.users()).isEqualTo(1);
        assertThat(g.courses()).isZero();
        assertThat(g.planName()).isEqualTo("Free");
        assertThat(g.lastActivity()).isNull();

        // Filters: words of the name or slug, the plan, the status, the migration state.
        assertThat(slugs(new OrganizationFilter("gridglobex", null, null, null)))
                .contains(globex.slug())
                .doesNotContain(acme.slug());
        assertThat(slugs(new OrganizationFilter(null, "FREE", null, null)))
                .contains(globex.slug())
                .doesNotContain(acme.slug());
        assertThat(slugs(new OrganizationFilter(null, null, null, "SUCCEEDED"))).contains(acme.slug(), globex.slug());
        assertThat(slugs(new OrganizationFilter(null, null, null, "FAILED"))).doesNotContain(acme.slug());
        actions.suspend(globex.slug());
        assertThat(slugs(new OrganizationFilter(null, null, TenantStatus.SUSPENDED, null)))
                .contains(globex.slug())
                .doesNotContain(acme.slug());
        // Sorted in SQL: by courses, most first, acme before globex.
        var byCourses = console.page(
                new OrganizationFilter("grid", null, null, null), Sort.by(Sort.Order.desc("courses")), 0, 500);
        assertThat(byCourses.stream().map(OrganizationOverview::slug).toList().indexOf(acme.slug()))
                .isLessThan(byCourses.stream()
                        .map(OrganizationOverview::slug)
                        .toList()
                        .indexOf(globex.slug()));
        // A suspended organization is not opened: its figures stay as last counted.
        statistics.refreshNow(globex.id());
        assertThat(row(globex).users()).isEqualTo(1);
    }

    @Test
    void a_suspended_organization_shows_its_notice_refuses_sign_in_and_ends_sessions_until_reactivated()
            throws Exception {
        Tenant org = organizations.create("suspend");
        String host = org.slug() + "." + BASE;
        var http = new RawHttp(port);
        String session = http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD);
        assertThat(http.get(host, "/learn", session).status()).isEqualTo(200);

        signInAsStaff();
        actions.suspend(org.slug());

        var notice = http.get(host, "/login", "");
        assertThat(notice.status()).isEqualTo(403);
        assertThat(notice.body()).contains("This organization is suspended", org.name());
        var signIn = http.postForm(
                host,
                "/login",
                "",
                Map.of("username", TestOrganizations.ADMIN_EMAIL, "password", TestOrganizations.ADMIN_PASSWORD));
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.sessionCookie()).isEmpty();
        var signedIn = http.get(host, "/learn", session);
        assertThat(signedIn.status()).isEqualTo(403);
        assertThat(signedIn.body()).contains("This organization is suspended");
        // Its data is untouched; its certificates and everything else stay.
        assertThat(jdbc.queryForObject("select count(*) from \"" + org.schema() + "\".app_user", Integer.class))
                .isEqualTo(1);

        actions.reactivate(org.slug());

        // The session that was presented while suspended has ended: signed out.
        var after = http.get(host, "/learn", session);
        assertThat(after.status()).isNotEqualTo(403);
        assertThat(after.body()).doesNotContain("This organization is suspended");
        assertThat(http.login(host, TestOrganizations.ADMIN_EMAIL, TestOrganizations.ADMIN_PASSWORD))
                .isNotBlank();
        assertThat(audit.searchPlatform(new AuditFilter(null, null, null, null, org.id()), PageRequest.of(0, 10)))
                .extracting(entry -> entry.action())
                .containsExactly(OrganizationActions.REACTIVATED, OrganizationActions.SUSPENDED);
    }

    @Test
    void a_failed_migration_run_again_after_its_cause_is_fixed_serves_the_organization_again() throws Exception {
        Tenant org = organizations.create("rerun");
        String schema = "\"" + org.schema() + "\"";
        // Liquibase forgets what it ran there: the changelog collides with the tables it made.
        jdbc.execute("create table " + schema + ".changelog_kept as select * from " + schema + ".databasechangelog");
        jdbc.execute("delete from " + schema + ".databasechangelog");
        // As after a restart: nothing is known to be up to date; the start-up migration marks it failed.
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        assertThat(migrations.migrateAll().failed()).contains(org.slug());
        signInAsStaff();
        var seen = new ArrayList<String>();
        // Run again before the cause is fixed: it fails again, and says why.
        TenantMigrations.Run failed = actions.rerunMigration(org.slug(), TenantSchemas.Progress.NONE);
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("already exists");
        OrganizationOverview broken = row(org);
        assertThat(broken.status()).isEqualTo(TenantStatus.MIGRATION_FAILED);
        assertThat(new RawHttp(port).get(org.slug() + "." + BASE, "/login", "").status())
                .isEqualTo(503);

        // The fix: Liquibase's record back as it was.
        jdbc.execute("insert into " + schema + ".databasechangelog select * from " + schema + ".changelog_kept");
        jdbc.execute("drop table " + schema + ".changelog_kept");
        TenantMigrations.Run succeeded = actions.rerunMigration(org.slug(), (changeSet, soFar) -> seen.add(changeSet));

        assertThat(succeeded.succeeded()).isTrue();
        assertThat(succeeded.version()).matches(".+\\.sql::.+");
        OrganizationOverview fixed = row(org);
        assertThat(fixed.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(fixed.migrationState()).isEqualTo("SUCCEEDED");
        assertThat(fixed.migrationVersion()).isEqualTo(succeeded.version());
        assertThat(new RawHttp(port).get(org.slug() + "." + BASE, "/login", "").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select outcome from platform.tenant_migration where organization_id = ? and trigger = 'CONSOLE'"
                                + " order by started_at",
                        String.class,
                        org.id()))
                .containsExactly("FAILED", "SUCCEEDED");
        // The start-up run and the first console run failed.
        assertThat(console.failedMigrations(org.id(), 10)).hasSize(2);
        assertThat(audit.searchPlatform(new AuditFilter(null, null, null, null, org.id()), PageRequest.of(0, 10)))
                .extracting(entry -> entry.action() + " " + entry.detail())
                .hasSize(2)
                .allMatch(line -> line.startsWith(OrganizationActions.MIGRATION_RERUN))
                .anyMatch(line -> line.contains("SUCCEEDED"))
                .anyMatch(line -> line.contains("FAILED"));
        // A run that did not fail is not run again from the console.
        assertThatThrownBy(() -> actions.rerunMigration(org.slug(), TenantSchemas.Progress.NONE))
                .isInstanceOf(OrganizationActions.NotApplicableException.class);
    }

    @Test
    void deleting_an_organization_drops_its_schema_revokes_its_verification_codes_and_is_audited() throws Exception {
        Tenant org = organizations.create("doomed");
        organizations.addUser(org, "zoe@example.com", "quiet-river-2026", Role.STUDENT);
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        long course =
                courses.create(new CourseForm("Fire safety", "", null, null).withCertificate(new BigDecimal("1"), 12));
        long module = courses.addModule(
                course, ModuleForm.text("Only module", "read me").withPublished(true));
        courses.publish(course);
        TestOrganizations.signIn(organizations.principal(org, "zoe@example.com"));
        enrollments.enrollSelf(course);
        progress.complete(course, module);
        Publications.awaitCompleted(jdbc, org);
        String code = certificates.mine().getFirst().verificationCode();
        TenantContext.clear();
        var http = new RawHttp(port);
        assertThat(http.get(BASE, "/verify/" + code, "").status()).isEqualTo(200);

        signInAsStaff();
        assertThatThrownBy(() -> actions.delete(org.slug(), "not-" + org.slug()))
                .isInstanceOf(OrganizationActions.NotApplicableException.class);
        assertThat(schemaExists(org.schema())).isTrue();

        actions.delete(org.slug(), org.slug());

        assertThat(schemaExists(org.schema())).isFalse();
        var verification = http.get(BASE, "/verify/" + code, "");
        assertThat(verification.status()).isEqualTo(404);
        assertThat(verification.body()).doesNotContain("Fire safety");
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.certificate_index where org_slug = ?",
                        Integer.class,
                        org.slug()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.organization where id = ?", Integer.class, org.id()))
                .isZero();
        assertThat(console.details(org.slug())).isEmpty();
        assertThat(http.get(org.slug() + "." + BASE, "/login", "").status()).isEqualTo(404);
        assertThat(audit.searchPlatform(new AuditFilter(null, null, null, null, org.id()), PageRequest.of(0, 10)))
                .extracting(entry -> entry.action())
                .contains(OrganizationActions.DELETED);
    }

    /** Scans and row changes per table outside the platform schema, in this transaction so far. */
    private Map<String, Long> scans() {
        var scans = new HashMap<String, Long>();
        jdbc.query(
                "select schemaname || '.' || relname, seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd"
                        + " + n_tup_del from pg_stat_xact_user_tables where schemaname <> 'platform'",
                row -> {
                    scans.put(row.getString(1), row.getLong(2));
                });
        return scans;
    }

    private boolean schemaExists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.schemata where schema_name = ?)",
                Boolean.class,
                schema));
    }

    @Test
    void an_organizations_admin_cannot_call_the_consoles_services_even_about_their_own_organization() {
        Tenant org = organizations.create("notstaff");
        Tenant other = organizations.create("notstaffother");
        TenantContext.set(org);
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        var none = OrganizationFilter.none();
        List<Runnable> calls = List.of(
                () -> console.page(none, Sort.unsorted(), 0, 10),
                () -> console.count(none),
                () -> console.details(org.slug()),
                () -> console.failedMigrations(other.id(), 10),
                () -> console.migrationVersions(),
                () -> actions.suspend(other.slug()),
                () -> actions.reactivate(other.slug()),
                () -> actions.rerunMigration(other.slug(), TenantSchemas.Progress.NONE),
                () -> actions.delete(other.slug(), other.slug()),
                () -> statistics.refreshNow(),
                () -> statistics.refreshNow(other.id()),
                () -> health.now(),
                () -> mail.failures(other.id(), 0, 10),
                () -> audit.searchPlatform(new AuditFilter(null, null, null, null, other.id()), PageRequest.of(0, 10)));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        TenantContext.clear();
        signInAsStaff();
        assertThat(row(other).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(schemaExists(other.schema())).isTrue();
    }

    @Test
    void the_consoles_reads_touch_no_table_of_any_organizations_schema() {
        Tenant org = organizations.create("untouched");
        signInAsStaff();
        statistics.refreshNow(org.id());
        // One transaction around the console's reads (theirs join it): PostgreSQL counts each table
        // scanned in it, so any read of an organization's table would show.
        // Counts of the transaction so far may include earlier ones on the pooled connection that are not
        // flushed yet: what the reads add is the difference.
        List<String> touched = transaction.execute(status -> {
            Map<String, Long> before = scans();
            console.page(OrganizationFilter.none(), Sort.by("schema"), 0, 50);
            console.count(OrganizationFilter.none());
            console.details(org.slug());
            console.failedMigrations(org.id(), 20);
            console.migrationVersions();
            console.withIncompleteEvents(20);
            console.schemaSizes(0, 20);
            health.now();
            mail.failures(org.id(), 0, 20);
            audit.searchPlatform(new AuditFilter(null, null, null, null, org.id()), PageRequest.of(0, 20));
            Map<String, Long> after = scans();
            return after.entrySet().stream()
                    .filter(table -> !table.getValue().equals(before.getOrDefault(table.getKey(), 0L)))
                    .map(Map.Entry::getKey)
                    .toList();
        });
        assertThat(touched).isEmpty();
        // The statistics job does open the schema, outside the console's reads: proven by its figures.
        assertThat(row(org).refreshedAt()).isNotNull();
    }
}
