package io.lyceum.portability;

import io.lyceum.audit.AuditLog;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.MemberSessions;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's data rights, for the admins of their organization: everything Lyceum keeps about them
 * as a zip, anonymizing them, deleting them. Everything reads and writes the schema of the
 * organization bound to the request; a member of another organization is simply not found.
 *
 * <p>Anonymizing replaces the name and address with {@code Deleted user <id>} and
 * {@code deleted-<id>@invalid} wherever the organization keeps them (the account, the audit log, CSV
 * import reports, completed events), removes the password, invitations, roles, mail preferences and
 * mail to them, and keeps enrollments, progress, quiz attempts and submissions with their grades as
 * anonymous history. Deleting does the same and removes the enrollments, progress, attempts,
 * submissions (their files, versions and grades, the history of their grades, overrides and
 * extensions) and the account itself; an account that
 * issued certificates or owned courses still refer to stays as the anonymized, disabled row they
 * refer to (with the enrollments the certificates certify, but no progress). Issued certificates
 * keep verifying, under the name as issued or anonymized as the organization's setting says.
 */
@Service
public class MemberData {

    /** How an erased member's issued certificates read. */
    public enum CertificateNames {
        AS_ISSUED,
        ANONYMIZED
    }

    /** What deleting did. */
    public enum Deletion {
        DELETED,
        KEPT_AS_ANONYMOUS_RECORD
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final MemberSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberData(JdbcTemplate jdbc, AuditLog audit, MemberSessions sessions, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A member as the data page shows them. */
    public record Member(long id, String email, String displayName, boolean enabled, boolean anonymized) {}

    public static String placeholderName(long id) {
        return "Deleted user " + id;
    }

    public static String placeholderEmail(long id) {
        return "deleted-" + id + "@invalid";
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public Optional<Member> member(long id) {
        return jdbc
                .query(
                        "select id, email, display_name, enabled from " + table("app_user") + " where id = ?",
                        (row, n) -> new Member(
                                row.getLong(1),
                                row.getString(2),
                                row.getString(3),
                                row.getBoolean(4),
                                row.getString(2).equals(placeholderEmail(row.getLong(1)))),
                        id)
                .stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    @AdminsOnly
    public CertificateNames certificateNames() {
        return jdbc
                .queryForList("select certificate_names from " + table("data_rights_settings"), String.class)
                .stream()
                .findFirst()
                .map(CertificateNames::valueOf)
                .orElse(CertificateNames.AS_ISSUED);
    }

    @Transactional
    @AdminsOnly
    public void certificateNames(CertificateNames names) {
        jdbc.update(
                "insert into " + table("data_rights_settings") + " (id, certificate_names, updated_at) values (1, ?, ?)"
                        + " on conflict (id) do update set certificate_names = excluded.certificate_names,"
                        + " updated_at = excluded.updated_at",
                names.name(),
                Timestamp.from(clock.instant()));
        audit.record("data.certificate-names", names.name(), null);
    }

    /**
     * Writes the member's zip: {@code user.json} (profile, roles, enrollments with progress and
     * completed modules, quiz attempts with their answers, certificates, mail preferences, the audit
     * entries about them) and their files (uploads, certificate PDFs). Empty when there is no such
     * member in the organization.
     */
    @Transactional
    @AdminsOnly
    public boolean export(long id, OutputStream out) throws IOException {
        var member = member(id);
        if (member.isEmpty()) {
            return false;
        }
        String email = member.get().email();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("format", "lyceum-user-export");
        data.put("exportedAt", clock.instant().toString());
        data.put("organization", TenantContext.require().slug());
        data.put(
                "profile",
                one(query(
                        "select id, email, display_name, enabled, language, created_at, credentials_changed_at from "
                                + table("app_user") + " where id = ?",
                        id)));
        data.put(
                "roles",
                jdbc.queryForList(
                        "select role from " + table("user_role") + " where user_id = ? order by role",
                        String.class,
                        id));
        data.put(
                "enrollments",
                query(
                        "select e.id, c.title as course, e.status, e.progress, (select k.name from " + table("cohort")
                                + " k where k.id = e.cohort_id) as cohort, e.enrolled_at, e.completed_at,"
                                + " e.last_accessed_at, (select coalesce(json_agg(json_build_object('module', m.title,"
                                + " 'completedAt', mc.completed_at) order by mc.completed_at), '[]')::text from "
                                + table("module_completion") + " mc join " + table("course_module")
                                + " m on m.id = mc.module_id where mc.enrollment_id = e.id) as completed_modules from "
                                + table("enrollment") + " e join " + table("course") + " c on c.id = e.course_id"
                                + " where e.user_id = ? order by e.enrolled_at",
                        id));
        data.put(
                "quizAttempts",
                query(
                        "select c.title as course, m.title as module, a.score, a.passed, a.answers, a.submitted_at from "
                                + table("quiz_attempt") + " a join " + table("enrollment")
                                + " e on e.id = a.enrollment_id"
                                + " join " + table("course") + " c on c.id = e.course_id join " + table("course_module")
                                + " m on m.id = a.module_id where e.user_id = ? order by a.submitted_at",
                        id));
        data.put(
                "submissions",
                query(
                        "select c.title as course, m.title as assignment, v.number as version, v.text, v.file_name,"
                                + " v.submitted_at, v.late, v.days_late from " + table("submission_version")
                                + " v join "
                                + table("submission") + " s on s.id = v.submission_id join " + table("assignment")
                                + " a on a.id = s.assignment_id join " + table("course")
                                + " c on c.id = a.course_id join "
                                + table("course_module") + " m on m.id = a.module_id where s.user_id = ?"
                                + " order by v.submitted_at, v.number",
                        id));
        // Grades as the learner sees them: once released (an unreleased grade is the instructor's draft).
        data.put(
                "grades",
                query(
                        "select c.title as course, m.title as assignment, g.points, a.points as max_points,"
                                + " g.penalty_percent, g.feedback, g.released_at from " + table("grade") + " g join "
                                + table("submission") + " s on s.id = g.submission_id join " + table("assignment")
                                + " a on a.id = s.assignment_id join " + table("course")
                                + " c on c.id = a.course_id join "
                                + table("course_module") + " m on m.id = a.module_id"
                                + " where s.user_id = ? and g.released_at is not null order by g.released_at",
                        id));
        data.put(
                "markedAnswers",
                query(
                        "select c.title as course, m.title as quiz, r.question_index + 1 as question, r.points,"
                                + " r.feedback, r.reviewed_at from " + table("answer_review") + " r join "
                                + table("quiz_attempt") + " a on a.id = r.attempt_id join " + table("enrollment")
                                + " e on e.id = a.enrollment_id join " + table("course")
                                + " c on c.id = e.course_id join "
                                + table("course_module") + " m on m.id = a.module_id where e.user_id = ?"
                                + " order by r.reviewed_at",
                        id));
        data.put(
                "extensions",
                query(
                        "select c.title as course, m.title as assignment, x.due_at, x.reason, x.granted_at from "
                                + table("assignment_extension") + " x join " + table("assignment") + " a on a.id ="
                                + " x.assignment_id join " + table("course") + " c on c.id = a.course_id join "
                                + table("course_module") + " m on m.id = a.module_id where x.user_id = ?"
                                + " order by x.granted_at",
                        id));
        data.put(
                "certificates",
                query(
                        "select number, verification_code, holder_name, course_title, hours, completed_on, expires_on,"
                                + " issued_at, revoked_at, revoked_reason from " + table("certificate")
                                + " where user_id = ? order by issued_at",
                        id));
        data.put(
                "mailPreferences",
                query(
                        "select kind, created_at as opted_out_at from " + table("mail_opt_out")
                                + " where lower(email) = lower(?) order by kind",
                        email));
        data.put(
                "mails",
                query(
                        "select kind, subject, status, created_at, sent_at from " + table("mail_message")
                                + " where lower(to_address) = lower(?) order by created_at",
                        email));
        data.put(
                "audit",
                query(
                        "select occurred_at, actor_name, action, target, detail, address from " + table("audit_event")
                                + " where (actor_kind = 'MEMBER' and actor_id = ?) or target ilike ? or target = ?"
                                + " order by occurred_at",
                        id,
                        "%" + email + "%",
                        "user " + id));
        var files = query(
                "select public_id, name, content_type, size, created_at from " + table("stored_file")
                        + " where uploaded_by = ? order by created_at",
                id);
        data.put("files", files);
        var zip = new ZipOutputStream(new OrgExporter.KeepOpen(out));
        zip.putNextEntry(new ZipEntry("user.json"));
        zip.write(OrgExporter.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
        zip.closeEntry();
        for (var file : files) {
            byte[] bytes = jdbc.queryForObject(
                    "select data from " + table("stored_file") + " where public_id = cast(? as uuid)",
                    byte[].class,
                    String.valueOf(file.get("public_id")));
            zip.putNextEntry(
                    new ZipEntry("files/" + file.get("public_id") + "-" + safe(String.valueOf(file.get("name")))));
            zip.write(bytes);
            zip.closeEntry();
        }
        for (var pdf : jdbc.queryForList(
                "select c.number, p.pdf from " + table("certificate") + " c join " + table("certificate_pdf")
                        + " p on p.certificate_id = c.id where c.user_id = ? order by c.issued_at",
                id)) {
            zip.putNextEntry(new ZipEntry("certificates/" + safe(String.valueOf(pdf.get("number"))) + ".pdf"));
            zip.write((byte[]) pdf.get("pdf"));
            zip.closeEntry();
        }
        zip.finish();
        audit.record("export.user", "user " + id, null);
        return true;
    }

    /** Anonymizes the member (see the class); refused for oneself. Empty when there is no such member. */
    @Transactional
    @AdminsOnly
    public boolean anonymize(long id) {
        var member = member(id);
        if (member.isEmpty()) {
            return false;
        }
        refuseSelf(id);
        erase(member.get());
        audit.record("member.anonymized", "user " + id, null);
        return true;
    }

    /**
     * Deletes the member (see the class) once the admin typed their email address; a wrong address
     * changes nothing.
     */
    @Transactional
    @AdminsOnly
    public Optional<Deletion> delete(long id, String typedEmail) {
        var member = member(id);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (!member.get().email().equalsIgnoreCase(typedEmail.strip())) {
            throw new IllegalArgumentException("The typed address is not the member's");
        }
        refuseSelf(id);
        erase(member.get());
        // Progress and attempts go with the enrollments (cascade); enrollments a certificate certifies stay.
        jdbc.update(
                "delete from " + table("module_completion") + " where enrollment_id in (select id from "
                        + table("enrollment") + " where user_id = ?)",
                id);
        jdbc.update(
                "delete from " + table("quiz_attempt") + " where enrollment_id in (select id from "
                        + table("enrollment") + " where user_id = ?)",
                id);
        // Their work and its grading: the files they handed in, the versions (with the grades, by
        // cascade), every change of their grades, overrides and extensions granted to them.
        jdbc.update(
                "delete from " + table("stored_file")
                        + " where uploaded_by = ? and public_id in (select v.file_id from "
                        + table("submission_version") + " v join " + table("submission")
                        + " s on s.id = v.submission_id where s.user_id = ?)",
                id,
                id);
        jdbc.update("delete from " + table("submission") + " where user_id = ?", id);
        jdbc.update("delete from " + table("grade_change") + " where user_id = ?", id);
        jdbc.update("delete from " + table("gradebook_override") + " where user_id = ?", id);
        jdbc.update("delete from " + table("assignment_extension") + " where user_id = ?", id);
        jdbc.update(
                "delete from " + table("enrollment") + " e where e.user_id = ? and not exists (select 1 from "
                        + table("certificate") + " c where c.enrollment_id = e.id)",
                id);
        boolean referred = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from " + table("certificate") + " where user_id = ?) or exists (select 1 from "
                        + table("course") + " where owner_id = ?)",
                Boolean.class,
                id,
                id));
        if (!referred) {
            jdbc.update("delete from " + table("app_user") + " where id = ?", id);
        }
        audit.record("member.deleted", "user " + id, referred ? "kept as an anonymous record" : null);
        return Optional.of(referred ? Deletion.KEPT_AS_ANONYMOUS_RECORD : Deletion.DELETED);
    }

    private void refuseSelf(long id) {
        if (currentUser.get().map(LyceumUser::id).filter(own -> own == id).isPresent()) {
            throw new IllegalArgumentException("Admins cannot erase themselves");
        }
    }

    private void erase(Member member) {
        long id = member.id();
        String name = placeholderName(id);
        String email = placeholderEmail(id);
        String oldEmail = member.email();
        String oldName = member.displayName();
        jdbc.update(
                "update " + table("app_user") + " set email = ?, display_name = ?, password_hash = ?, enabled = false,"
                        + " language = null, credentials_changed_at = ? where id = ?",
                email,
                name,
                "!erased",
                Timestamp.from(clock.instant()),
                id);
        jdbc.update("delete from " + table("invitation") + " where user_id = ?", id);
        jdbc.update("delete from " + table("user_role") + " where user_id = ?", id);
        jdbc.update("delete from " + table("mail_recipient") + " where lower(email) = lower(?)", oldEmail);
        jdbc.update("delete from " + table("mail_message") + " where lower(to_address) = lower(?)", oldEmail);
        jdbc.update(
                "update " + table("enrollment_import_row")
                        + " set email = ? where lower(email) = lower(?) or user_id = ?",
                email,
                oldEmail,
                id);
        jdbc.update(
                "update " + table("audit_event") + " set actor_name = ? where actor_kind = 'MEMBER' and actor_id = ?",
                name,
                id);
        for (String[] replaced : List.of(new String[] {oldEmail, email}, new String[] {oldName, name})) {
            if (replaced[0].isBlank()) {
                continue;
            }
            jdbc.update(
                    "update " + table("audit_event") + " set actor_name = replace(actor_name, ?, ?),"
                            + " target = replace(target, ?, ?), detail = replace(detail, ?, ?)"
                            + " where strpos(actor_name, ?) > 0 or strpos(target, ?) > 0 or strpos(detail, ?) > 0",
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[0],
                    replaced[0]);
            // Mail to others that names them (an instructor's "new submission" mail, say).
            jdbc.update(
                    "update " + table("mail_message") + " set subject = replace(subject, ?, ?),"
                            + " html = replace(html, ?, ?), text_body = replace(text_body, ?, ?)"
                            + " where strpos(subject, ?) > 0 or strpos(html, ?) > 0 or strpos(text_body, ?) > 0",
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[1],
                    replaced[0],
                    replaced[0],
                    replaced[0]);
            // Delivered events are history only; those still to be delivered stay.
            jdbc.update(
                    "delete from " + table("event_publication")
                            + " where completion_date is not null and strpos(serialized_event, ?) > 0",
                    replaced[0]);
        }
        if (certificateNames() == CertificateNames.ANONYMIZED) {
            jdbc.update("update " + table("certificate") + " set holder_name = ? where user_id = ?", name, id);
            // The PDFs print the name: they go, the certificates verify on.
            jdbc.update(
                    "delete from " + table("certificate_pdf") + " where certificate_id in (select id from "
                            + table("certificate") + " where user_id = ?)",
                    id);
        }
        sessions.endAll(id);
    }

    private List<Map<String, Object>> query(String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments).stream()
                .map(MemberData::portable)
                .toList();
    }

    private static Map<String, Object> one(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }

    /** Times as ISO-8601 in UTC, the rest as JSON has it. */
    private static Map<String, Object> portable(Map<String, Object> row) {
        Map<String, Object> clean = new LinkedHashMap<>();
        row.forEach((key, value) -> clean.put(
                key,
                switch (value) {
                    case null -> null;
                    case Timestamp at -> at.toInstant().toString();
                    case OffsetDateTime at -> at.toInstant().toString();
                    case Date day -> day.toLocalDate().toString();
                    case BigDecimal number -> number.toPlainString();
                    default -> value instanceof Number || value instanceof Boolean ? value : value.toString();
                }));
        return clean;
    }

    private static String safe(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_").toLowerCase(Locale.ROOT);
    }

    private static String table(String name) {
        Tenant tenant = TenantContext.require();
        return '"' + tenant.schema() + "\"." + SchemaModel.quote(name);
    }
}
