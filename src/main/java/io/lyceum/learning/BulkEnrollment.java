package io.lyceum.learning;

import io.lyceum.base.csv.CsvColumn;
import io.lyceum.base.csv.CsvTable;
import io.lyceum.base.csv.UnreadableTextException;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.identity.EmailAddress;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.Invited;
import io.lyceum.identity.Role;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanLimitException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolls a CSV of students (email, first_name, last_name or name, optional cohort), read by the one
 * CSV reader ({@link CsvTable}: encodings, separators, synonyms of the column names). Each row is applied in
 * its own transaction: a bad row is reported with its line and the good rows still count. Students
 * who are not members yet are invited: their single-use link goes to them by mail, queued in the
 * row's transaction ({@code InvitationCreated}).
 */
@Service
public class BulkEnrollment {

    public static final int MAX_ROWS = 5_000;

    /** The columns read, by their usual names and synonyms (a full name instead of first and last, too). */
    static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.EMAIL.asRequired(), CsvColumn.FIRST_NAME, CsvColumn.LAST_NAME, CsvColumn.NAME, CsvColumn.COHORT);

    private final EnrollmentService enrollments;
    private final UserService users;
    private final CourseService courses;
    private final TransactionTemplate transaction;

    BulkEnrollment(
            EnrollmentService enrollments, UserService users, CourseService courses, TransactionTemplate transaction) {
        this.enrollments = enrollments;
        this.users = users;
        this.courses = courses;
        this.transaction = transaction;
    }

    /**
     * Imports an uploaded file as it came: its encoding is recognised (a file that is not UTF-8 is
     * read as Windows-1252 and the report says so), a file that is not text is refused as a whole.
     */
    @TeachersOnly
    public BulkEnrollmentReport importCsv(long courseId, byte[] file, IntConsumer progress) {
        int[] done = {0};
        return importCsvRows(courseId, file, row -> progress.accept(++done[0]));
    }

    /**
     * As {@link #importCsv(long, byte[], IntConsumer)}, telling {@code applied} each row as soon as it
     * has been applied (committed). Rows of the report that were not applied (a refusal of the whole
     * file, the rows beyond the limit) are not told.
     */
    @TeachersOnly
    public BulkEnrollmentReport importCsvRows(long courseId, byte[] file, Consumer<BulkEnrollmentReport.Row> applied) {
        courses.details(courseId); // the course's staff only
        CsvTable table;
        try {
            table = CsvTable.read(file, COLUMNS);
        } catch (UnreadableTextException e) {
            return BulkEnrollmentReport.refused(e.getMessage());
        }
        var rows = new ArrayList<BulkEnrollmentReport.Row>();
        int count = 0;
        for (CsvTable.Row record : table.rows()) {
            if (count++ == MAX_ROWS) {
                rows.add(new BulkEnrollmentReport.Row(
                        record.line(),
                        "",
                        BulkEnrollmentReport.Outcome.REFUSED,
                        ConstraintMessages.get("csv-import.too-many-rows", MAX_ROWS),
                        null,
                        null));
                break;
            }
            var row = record.ok()
                    ? apply(courseId, record)
                    : refused(
                            record.line(),
                            record.get(CsvColumn.EMAIL),
                            record.problem().message());
            rows.add(row);
            applied.accept(row);
        }
        return new BulkEnrollmentReport(rows, table.notice());
    }

    private BulkEnrollmentReport.Row apply(long courseId, CsvTable.Row record) {
        int line = record.line();
        String email = record.get(CsvColumn.EMAIL);
        String name = record.get(CsvColumn.NAME).isEmpty()
                ? (record.get(CsvColumn.FIRST_NAME) + " " + record.get(CsvColumn.LAST_NAME)).strip()
                : record.get(CsvColumn.NAME);
        if (!EmailAddress.Check.isValid(email)) {
            return refused(line, email, ConstraintMessages.get("csv-import.invalid-email", line));
        }
        try {
            return transaction.execute(status -> {
                var member = users.findByEmail(email);
                String token = null;
                long userId;
                if (member.isPresent()) {
                    userId = member.get().id();
                } else {
                    Invited invited = users.invite(email, name.isBlank() ? email : name, Set.of(Role.STUDENT));
                    userId = invited.user().id();
                    token = invited.token();
                }
                boolean already = enrollments.isEnrolled(userId, courseId);
                enrollments.enroll(userId, courseId, record.get(CsvColumn.COHORT));
                if (already) {
                    return new BulkEnrollmentReport.Row(
                            line,
                            email,
                            BulkEnrollmentReport.Outcome.ALREADY_ENROLLED,
                            ConstraintMessages.get("csv-import.already-enrolled"),
                            null,
                            userId);
                }
                return new BulkEnrollmentReport.Row(
                        line,
                        email,
                        token == null
                                ? BulkEnrollmentReport.Outcome.ENROLLED
                                : BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED,
                        ConstraintMessages.get(
                                token == null ? "csv-import.enrolled" : "invite-mail.csv.created-and-enrolled"),
                        token,
                        userId);
            });
        } catch (PlanLimitException | EnrollmentException | InvalidUserException e) {
            return refused(line, email, e.getMessage());
        } catch (ConstraintViolationException e) {
            // A name too long for a member, say: the row is refused with what to fix in the file.
            return refused(
                    line,
                    email,
                    e.getConstraintViolations().stream()
                            .map(violation -> violation.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    private static BulkEnrollmentReport.Row refused(int line, String email, String message) {
        return new BulkEnrollmentReport.Row(line, email, BulkEnrollmentReport.Outcome.REFUSED, message, null, null);
    }
}
