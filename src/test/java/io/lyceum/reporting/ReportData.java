package io.lyceum.reporting;

import io.lyceum.tenancy.Tenant;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows written straight into an organization's schema, for figures known in advance. */
public record ReportData(JdbcTemplate jdbc, Tenant tenant) {

    private String table(String name) {
        return "\"" + tenant.schema() + "\"." + name;
    }

    public long user(String email) {
        return jdbc.queryForObject(
                "insert into " + table("app_user")
                        + " (email, display_name, password_hash) values (?, ?, 'x') returning id",
                Long.class,
                email,
                "Learner " + email);
    }

    public long admin() {
        return jdbc.queryForObject("select min(id) from " + table("app_user"), Long.class);
    }

    public long course(String title) {
        return course(title, null);
    }

    public long course(String title, @Nullable Integer validityMonths) {
        return jdbc.queryForObject(
                "insert into " + table("course")
                        + " (title, status, owner_id, created_at, updated_at, certificate_validity_months)"
                        + " values (?, 'PUBLISHED', ?, now(), now(), ?) returning id",
                Long.class,
                title,
                admin(),
                validityMonths);
    }

    public long module(long course) {
        return jdbc.queryForObject(
                "insert into " + table("course_module") + " (course_id, position, title, kind, required, published)"
                        + " values (?, 0, 'Module', 'TEXT', true, true) returning id",
                Long.class,
                course);
    }

    public long enroll(long user, long course, Instant at, @Nullable Instant completed, String status) {
        return jdbc.queryForObject(
                "insert into " + table("enrollment")
                        + " (user_id, course_id, status, progress, enrolled_at, completed_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                user,
                course,
                status,
                completed == null ? 0 : 100,
                Timestamp.from(at),
                completed == null ? null : Timestamp.from(completed));
    }

    public void completeModule(long enrollment, long module, Instant at) {
        jdbc.update(
                "insert into " + table("module_completion")
                        + " (enrollment_id, module_id, completed_at) values (?, ?, ?)",
                enrollment,
                module,
                Timestamp.from(at));
    }

    public void attempt(long enrollment, long module, int score, Instant at) {
        jdbc.update(
                "insert into " + table("quiz_attempt")
                        + " (enrollment_id, module_id, score, passed, answers, submitted_at) values (?, ?, ?, ?, '[]',"
                        + " ?)",
                enrollment,
                module,
                score,
                score >= 60,
                Timestamp.from(at));
    }

    public long certificate(
            long enrollment, long user, long course, Instant completed, @Nullable LocalDate expires, boolean revoked) {
        String number = "N-" + System.nanoTime();
        return jdbc.queryForObject(
                "insert into " + table("certificate")
                        + " (enrollment_id, user_id, course_id, completed_at, number, verification_code, holder_name,"
                        + " course_title, completed_on, expires_on, issued_at, revoked_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'Holder', 'Course', ?, ?, ?, ?) returning id",
                Long.class,
                enrollment,
                user,
                course,
                Timestamp.from(completed),
                number,
                "V" + number,
                Date.valueOf(LocalDate.ofInstant(completed, ZoneOffset.UTC)),
                expires == null ? null : Date.valueOf(expires),
                Timestamp.from(completed),
                revoked ? Timestamp.from(completed) : null);
    }
}
