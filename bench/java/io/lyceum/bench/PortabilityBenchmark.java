package io.lyceum.bench;

import io.lyceum.LyceumApplication;
import io.lyceum.identity.LyceumUser;
import io.lyceum.platform.SignupRequest;
import io.lyceum.platform.SignupService;
import io.lyceum.portability.ImportReport;
import io.lyceum.portability.OrgTransfers;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Export and import of an organization of 5,000 learners × 50 courses (10 modules each; every
 * learner in 10 courses, half of each course's modules completed, a quiz attempt per enrollment,
 * 1,000 certificates with a PDF of 20 KB, 100 files of 50 KB, random bytes that do not compress), generated with generate_series: export time
 * and zip size, then import as a new organization on the same installation (every certificate code
 * taken, so each gets a new one). Prints figures only.
 * Run: {@code ./mvnw -Pbench test -Dtest=PortabilityBenchmark}.
 */
class PortabilityBenchmark {

    @Test
    void export_and_import_of_5000_learners_by_50_courses() throws Exception {
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
                                    "Bench", "bench-export", "Bench Admin", "owner@example.com", "bench-password-1"),
                            "ENTERPRISE");
            var jdbc = app.getBean(JdbcTemplate.class);
            String s = "\"" + tenant.schema() + "\".";
            long started = System.nanoTime();
            for (String sql : List.of(
                    "insert into " + s
                            + "app_user (email, display_name, password_hash, created_at, credentials_changed_at)"
                            + " select 'learner' || i || '@example.com', 'Learner ' || i,"
                            + " (select password_hash from " + s
                            + "app_user where email = 'owner@example.com'), now(), now()"
                            + " from generate_series(1, 5000) i",
                    "insert into " + s + "user_role (user_id, role) select id, 'STUDENT' from " + s
                            + "app_user where email like 'learner%'",
                    "insert into " + s + "course (title, description, status, owner_id, created_at, updated_at)"
                            + " select 'Course ' || c, repeat('About course ' || c || '. ', 20), 'PUBLISHED',"
                            + " (select id from " + s + "app_user where email = 'owner@example.com'), now(), now()"
                            + " from generate_series(1, 50) c",
                    "insert into " + s + "course_section (course_id, title, position) select id, 'Part ' || p, p from "
                            + s + "course, generate_series(0, 1) p",
                    "insert into " + s + "course_module (course_id, section_id, position, title, kind, published, body)"
                            + " select c.id, (select id from " + s + "course_section x where x.course_id = c.id"
                            + " and x.position = m / 5), m, 'Module ' || m, case when m = 9 then 'QUIZ' else 'TEXT' end,"
                            + " true, repeat('Some **text** for module ' || m || '. ', 10)"
                            + " from " + s + "course c, generate_series(0, 9) m",
                    "insert into " + s + "question (type, title, text, points, spec, created_at)"
                            + " select 'TRUE_FALSE', 'Q' || i, 'Is statement ' || i || ' true?', 1, '{\"answer\":true}', now()"
                            + " from generate_series(1, 200) i",
                    "insert into " + s + "quiz (module_id) select id from " + s + "course_module where kind = 'QUIZ'",
                    "insert into " + s + "quiz_question (quiz_id, question_id, position)"
                            + " select q.id, (select min(id) from " + s + "question) + ((q.id * 7 + k) % 200), k from "
                            + s + "quiz q, generate_series(0, 3) k",
                    "insert into " + s
                            + "enrollment (user_id, course_id, status, progress, enrolled_at, last_accessed_at)"
                            + " select u.id, c.id, 'ACTIVE', 50, now(), now() from " + s + "app_user u join " + s
                            + "course c on (u.id + c.id) % 5 = 0 where u.email like 'learner%'",
                    "insert into " + s + "module_completion (enrollment_id, module_id, completed_at)"
                            + " select e.id, m.id, now() from " + s + "enrollment e join " + s
                            + "course_module m on m.course_id = e.course_id and m.position < 5",
                    "insert into " + s + "quiz_attempt (enrollment_id, module_id, score, passed, answers, submitted_at)"
                            + " select e.id, m.id, 75, true, '{\"0\":[\"true\"],\"1\":[\"false\"]}', now() from " + s
                            + "enrollment e join " + s
                            + "course_module m on m.course_id = e.course_id and m.kind = 'QUIZ'",
                    "insert into " + s + "certificate (enrollment_id, user_id, course_id, completed_at, number,"
                            + " verification_code, holder_name, course_title, completed_on, issued_at)"
                            + " select e.id, e.user_id, e.course_id, now(), 'BENCH-2026-' || lpad(e.id::text, 6, '0'),"
                            + " md5(e.id::text || 'code'), 'Learner ' || e.user_id, 'Course', current_date, now()"
                            + " from " + s + "enrollment e order by e.id limit 1000",
                    "insert into " + s + "certificate_pdf (certificate_id, pdf) select c.id, (select decode(string_agg("
                            + "md5(random()::text || c.id || g), ''), 'hex') from generate_series(1, 1280) g) from " + s
                            + "certificate c",
                    "insert into platform.certificate_index (code, org_slug, created_at) select verification_code, '"
                            + tenant.slug() + "', now() from " + s + "certificate",
                    "insert into " + s + "stored_file (name, content_type, size, data, created_at)"
                            + " select 'picture-' || i || '.png', 'image/png', 51200, (select decode(string_agg("
                            + "md5(random()::text || i || g), ''), 'hex') from generate_series(1, 3200) g), now()"
                            + " from generate_series(1, 100) i")) {
                jdbc.execute(sql);
            }
            jdbc.execute("analyze");
            long rows = jdbc.queryForObject(
                    "select sum(n_live_tup) from pg_stat_user_tables where schemaname = ?",
                    Long.class,
                    tenant.schema());
            System.out.printf("Generated org: %,d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);

            var staff = new LyceumUser("", -1, "staff@lyceum.test", "Staff", Set.of(), true);
            SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    staff, null, List.of(new SimpleGrantedAuthority("ROLE_STAFF")))));
            var transfers = app.getBean(OrgTransfers.class);
            Path zip = Files.createTempFile(Path.of("target"), "bench-export", ".zip");
            long exportStart = System.nanoTime();
            OrgTransfers.ExportSummary summary;
            try (var out = new BufferedOutputStream(Files.newOutputStream(zip), 256 * 1024)) {
                summary = transfers.exportTo(tenant.slug(), out);
            }
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            long size = Files.size(zip);
            System.out.printf(
                    "Export: %,d rows in %d tables, %.1f s, zip %.1f MB%n",
                    summary.rows(), summary.tables(), exportSeconds, size / 1048576.0);

            long importStart = System.nanoTime();
            ImportReport report = transfers.importNow(zip, "bench-import", "Bench imported");
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            System.out.printf(
                    "Import: %,d rows, %,d members, %,d certificates (%,d given new codes), %.1f s%n",
                    report.rows(),
                    report.users(),
                    report.certificates(),
                    report.newCodes().size(),
                    importSeconds);
            Files.deleteIfExists(zip);
        }
    }
}
