package io.lyceum.learning;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * CSV enrollments that run on their own. Starting one records it and returns at once; the rows are
 * applied in the background, each row's outcome stored as it is applied, so the import finishes
 * and its report stays available whatever happens to the page that started it (closed, reloaded,
 * signed out). A failure is recorded and logged. The report keeps no invitation tokens: links for
 * the members an import created are made anew when asked for.
 */
@Service
public class CsvImports {

    private static final Logger log = LoggerFactory.getLogger(CsvImports.class);
    /** A run that has not moved for this long did not survive a restart of the server. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED,
        INTERRUPTED
    }

    /** An import as the learners page lists it. */
    public record Summary(
            long id,
            String fileName,
            Status status,
            int totalRows,
            int doneRows,
            Map<BulkEnrollmentReport.Outcome, Long> outcomes,
            @Nullable String notice,
            @Nullable String failure,
            Instant startedAt,
            @Nullable Instant finishedAt) {

        public Summary {
            outcomes = Map.copyOf(outcomes);
        }

        public long count(BulkEnrollmentReport.Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }
    }

    /** The address of an invitation for a member the import created. */
    public record InvitationLink(String email, String token) {}

    private final BulkEnrollment bulk;
    private final ImportRecords records;
    private final CourseService courses;
    private final UserService users;
    private final CurrentUser currentUser;

    private final TaskExecutor executor;

    CsvImports(
            BulkEnrollment bulk,
            ImportRecords records,
            CourseService courses,
            UserService users,
            CurrentUser currentUser,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
        this.bulk = bulk;
        this.records = records;
        this.courses = courses;
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * Records an import of the file and starts it in the background, as the person signed in and for
     * the organization in context; returns its id at once.
     */
    @TeachersOnly
    public long start(long courseId, String fileName, byte[] file) {
        courses.details(courseId); // the course's staff only
        long id = records.start(
                courseId, currentUser.get().map(LyceumUser::id).orElse(null), fileName, Math.max(1, lines(file) - 1));
        Locale language = ConstraintMessages.language();
        // On the application's task executor, whose decorator carries the organization and the
        // person; the language goes along too: the rows refused are reported in the words of
        // whoever started it.
        executor.execute(() -> ConstraintMessages.runIn(language, () -> run(id, courseId, file)));
        return id;
    }

    /** Runs the import to its end; never throws: a failure is recorded on the import and logged. */
    void run(long id, long courseId, byte[] file) {
        try {
            Set<Integer> stored = new HashSet<>();
            int[] done = {0};
            BulkEnrollmentReport report = bulk.importCsvRows(courseId, file, row -> {
                records.row(id, row, ++done[0]);
                stored.add(row.line());
            });
            // What was not applied row by row: a refusal of the whole file, the rows beyond the limit.
            report.rows().stream()
                    .filter(row -> !stored.contains(row.line()))
                    .forEach(row -> records.row(id, row, done[0]));
            records.finished(id, report.notice());
        } catch (RuntimeException e) {
            log.error("CSV import {} of course {} failed", id, courseId, e);
            records.failed(id, ConstraintMessages.get("csv-import.failed"));
        }
    }

    @TeachersOnly
    public Page<Summary> ofCourse(long courseId, Pageable pageable) {
        courses.details(courseId);
        return records.ofCourse(courseId, pageable);
    }

    /** One import, if it belongs to the course. */
    @TeachersOnly
    public Optional<Summary> find(long courseId, long importId) {
        courses.details(courseId);
        return records.summary(courseId, importId);
    }

    /** The import's rows, for its report. */
    @TeachersOnly
    public List<BulkEnrollmentReport.Row> rows(long courseId, long importId) {
        courses.details(courseId);
        EnrollmentImport run = records.find(importId);
        return run == null || run.courseId() != courseId ? List.of() : records.rows(importId);
    }

    /**
     * Invitation links for the members the import created who have not set a password yet, for the
     * instructor to hand over: new links besides the ones mailed (which keep working; nothing is mailed
     * again). Members who signed in already get none.
     */
    @TeachersOnly
    public List<InvitationLink> invitationLinks(long courseId, long importId) {
        return rows(courseId, importId).stream()
                .filter(row ->
                        row.outcome() == BulkEnrollmentReport.Outcome.CREATED_AND_ENROLLED && row.userId() != null)
                .flatMap(
                        row -> users
                                .extraInvitationLink(row.userId())
                                .map(token -> new InvitationLink(row.email(), token))
                                .stream())
                .toList();
    }

    /** Lines in a file of any encoding Lyceum reads (a line feed is byte 10 in all of them). */
    private static int lines(byte[] data) {
        int count = 1;
        for (byte b : data) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }
}
