package io.lyceum.grading;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.course.CourseService;
import io.lyceum.course.OutlineItem;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import io.lyceum.learning.CourseCohorts;
import io.lyceum.learning.CourseCohorts.CohortSummary;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Due dates per cohort (relative to its start) and extensions (for a cohort or one learner, always
 * with a reason) of a course's assignments, for its instructors and admins; anyone else, and ids of
 * other courses, are not found. Extensions are audited as {@value #EXTENSION_AUDIT}.
 */
@Service
@Validated
public class DeadlineService {

    static final String EXTENSION_AUDIT = "assignment.extension";
    public static final int REASON_MAX_LENGTH = 2000;
    public static final int MAX_DAYS_AFTER_START = 3650;

    /** A cohort's due date for an assignment: its rule and the moment it comes to. */
    public record CohortDue(
            long cohortId,
            String cohortName,
            @Nullable LocalDate startsOn,
            int daysAfterStart,
            LocalTime dueTime,
            @Nullable Instant dueAt) {}

    /** An extension: for a cohort (cohortId) or a learner (userId), who it is for by name. */
    public record Extension(
            long id,
            @Nullable Long cohortId,
            @Nullable Long userId,
            String who,
            Instant dueAt,
            String reason,
            @Nullable String grantedBy,
            Instant grantedAt) {}

    /** An assignment's due dates: its own, per cohort, and the extensions granted. */
    public record AssignmentDeadlines(
            long assignmentId,
            String title,
            @Nullable Instant dueAt,
            List<CohortDue> cohortDues,
            List<Extension> extensions) {}

    /** An extension to grant: for exactly one of a cohort or a learner, until a moment, with a reason. */
    public record ExtensionForm(
            @Nullable Long cohortId,
            @Nullable Long userId,
            @NotNull(message = "{deadlines.due.required}") Instant dueAt,

            @NotBlank(message = "{deadlines.reason.required}") @Size(max = REASON_MAX_LENGTH, message = "{deadlines.reason.too-long}") String reason) {}

    /** There is no such assignment or extension here, or not in a course this person teaches. */
    public static class DeadlineNotFoundException extends NoSuchItemException {
        DeadlineNotFoundException(long id) {
            super("There is no assignment or extension " + id + " here");
        }
    }

    private final AssignmentRepository assignments;
    private final CourseService courses;
    private final CourseCohorts cohorts;
    private final UserService users;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    DeadlineService(
            AssignmentRepository assignments,
            CourseService courses,
            CourseCohorts cohorts,
            UserService users,
            CurrentUser currentUser,
            EntityManager entityManager,
            AuditLog audit,
            Clock clock) {
        this.assignments = assignments;
        this.courses = courses;
        this.cohorts = cohorts;
        this.users = users;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** The course's assignments in outline order, each with its due dates and extensions. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<AssignmentDeadlines> list(long courseId) {
        var outline = courses.outline(courseId); // the course's instructors and admins; else not found
        var byModule = assignments.findByCourseId(courseId).stream()
                .collect(Collectors.toMap(Assignment::moduleId, Function.identity()));
        if (byModule.isEmpty()) {
            return List.of();
        }
        Map<Long, CohortSummary> courseCohorts =
                cohorts.of(courseId).stream().collect(Collectors.toMap(CohortSummary::id, Function.identity()));
        var ids = byModule.values().stream().map(Assignment::id).toList();
        var dues = new HashMap<Long, List<CohortDue>>();
        var zone = TenantContext.require().timeZone();
        for (Object[] row : rows(
                "select assignment_id, cohort_id, days_after_start, due_time from assignment_cohort_due"
                        + " where assignment_id in (?1)",
                ids)) {
            var cohort = courseCohorts.get(((Number) row[1]).longValue());
            if (cohort == null) {
                continue;
            }
            int days = ((Number) row[2]).intValue();
            LocalTime time = Deadlines.time(row[3]);
            dues.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new CohortDue(
                            cohort.id(),
                            cohort.name(),
                            cohort.startsOn(),
                            days,
                            time,
                            cohort.startsOn() == null
                                    ? null
                                    : Deadlines.relative(cohort.startsOn(), days, time, zone)));
        }
        var extensionRows = rows(
                "select id, assignment_id, cohort_id, user_id, due_at, reason, granted_by, granted_at"
                        + " from assignment_extension where assignment_id in (?1) order by due_at, id",
                ids);
        var people = new HashSet<Long>();
        for (Object[] row : extensionRows) {
            if (row[3] != null) {
                people.add(((Number) row[3]).longValue());
            }
            if (row[6] != null) {
                people.add(((Number) row[6]).longValue());
            }
        }
        Map<Long, String> names =
                users.byIds(people).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        var extensions = new HashMap<Long, List<Extension>>();
        for (Object[] row : extensionRows) {
            Long cohortId = row[2] == null ? null : ((Number) row[2]).longValue();
            Long userId = row[3] == null ? null : ((Number) row[3]).longValue();
            Long grantedBy = row[6] == null ? null : ((Number) row[6]).longValue();
            String who = cohortId != null
                    ? (courseCohorts.containsKey(cohortId)
                            ? courseCohorts.get(cohortId).name()
                            : "?")
                    : names.getOrDefault(userId, "?");
            extensions
                    .computeIfAbsent(((Number) row[1]).longValue(), id -> new ArrayList<>())
                    .add(new Extension(
                            ((Number) row[0]).longValue(),
                            cohortId,
                            userId,
                            who,
                            Deadlines.instant(row[4]),
                            (String) row[5],
                            grantedBy == null ? null : names.get(grantedBy),
                            Deadlines.instant(row[7])));
        }
        var result = new ArrayList<AssignmentDeadlines>();
        for (OutlineItem item : outline.items()) {
            Assignment assignment = item.isSection() ? null : byModule.get(item.id());
            if (assignment != null) {
                var cohortDues = dues.getOrDefault(assignment.id(), List.of()).stream()
                        .sorted((a, b) -> a.cohortName().compareToIgnoreCase(b.cohortName()))
                        .toList();
                result.add(new AssignmentDeadlines(
                        assignment.id(),
                        item.title(),
                        assignment.dueAt(),
                        cohortDues,
                        List.copyOf(extensions.getOrDefault(assignment.id(), List.of()))));
            }
        }
        return result;
    }

    /** The course's cohorts, for choosing one in the deadlines' dialogs. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<CohortSummary> cohorts(long courseId) {
        courses.details(courseId);
        return cohorts.of(courseId);
    }

    /** Sets the cohort's due date for the assignment: so many days after the cohort's start, at a local time. */
    @Transactional
    @TeachersOnly
    public void setCohortDue(
            long assignmentId,
            long cohortId,
            @Min(value = 0, message = "{deadlines.days.range}") @Max(value = MAX_DAYS_AFTER_START, message = "{deadlines.days.range}") int daysAfterStart,
            @NotNull LocalTime dueTime) {
        Assignment assignment = editable(assignmentId);
        requireCohort(assignment, cohortId);
        entityManager
                .createNativeQuery("""
                        insert into assignment_cohort_due (assignment_id, cohort_id, days_after_start, due_time)
                        values (?1, ?2, ?3, ?4)
                        on conflict (assignment_id, cohort_id)
                        do update set days_after_start = excluded.days_after_start, due_time = excluded.due_time""")
                .setParameter(1, assignmentId)
                .setParameter(2, cohortId)
                .setParameter(3, daysAfterStart)
                .setParameter(4, dueTime)
                .executeUpdate();
        audit.record(
                "assignment.cohort-due",
                "assignment:" + assignmentId,
                "cohort " + cohortId + ": " + daysAfterStart + " days after start at " + dueTime);
    }

    @Transactional
    @TeachersOnly
    public void clearCohortDue(long assignmentId, long cohortId) {
        Assignment assignment = editable(assignmentId);
        requireCohort(assignment, cohortId);
        entityManager
                .createNativeQuery("delete from assignment_cohort_due where assignment_id = ?1 and cohort_id = ?2")
                .setParameter(1, assignmentId)
                .setParameter(2, cohortId)
                .executeUpdate();
        audit.record("assignment.cohort-due", "assignment:" + assignmentId, "cohort " + cohortId + ": cleared");
    }

    /**
     * Grants an extension to a cohort of the course or one of its learners; one already granted to
     * them for this assignment is changed. Returns the extension's id.
     */
    @Transactional
    @TeachersOnly
    public long grantExtension(long assignmentId, @Valid ExtensionForm form) {
        Assignment assignment = editable(assignmentId);
        if ((form.cohortId() == null) == (form.userId() == null)) {
            throw new IllegalArgumentException("An extension is for a cohort or a learner");
        }
        String who;
        if (form.cohortId() != null) {
            who = "cohort " + requireCohort(assignment, form.cohortId()).name();
        } else {
            if (!cohorts.isLearner(assignment.courseId(), form.userId())) {
                throw new DeadlineNotFoundException(form.userId());
            }
            who = "user " + form.userId();
        }
        String column = form.cohortId() != null ? "cohort_id" : "user_id";
        long target = Objects.requireNonNull(form.cohortId() != null ? form.cohortId() : form.userId());
        Long grantedBy = currentUser.get().map(user -> user.id()).orElse(null);
        Instant now = clock.instant();
        List<?> existing = entityManager
                .createNativeQuery(
                        "select id from assignment_extension where assignment_id = ?1 and " + column + " = ?2")
                .setParameter(1, assignmentId)
                .setParameter(2, target)
                .getResultList();
        long id;
        if (existing.isEmpty()) {
            id = ((Number) entityManager
                            .createNativeQuery("insert into assignment_extension (assignment_id, " + column
                                    + ", due_at, reason, granted_by, granted_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                                    + " returning id")
                            .setParameter(1, assignmentId)
                            .setParameter(2, target)
                            .setParameter(3, form.dueAt())
                            .setParameter(4, form.reason().strip())
                            .setParameter(5, grantedBy)
                            .setParameter(6, now)
                            .getSingleResult())
                    .longValue();
        } else {
            id = ((Number) existing.getFirst()).longValue();
            entityManager
                    .createNativeQuery("update assignment_extension set due_at = ?1, reason = ?2, granted_by = ?3,"
                            + " granted_at = ?4 where id = ?5")
                    .setParameter(1, form.dueAt())
                    .setParameter(2, form.reason().strip())
                    .setParameter(3, grantedBy)
                    .setParameter(4, now)
                    .setParameter(5, id)
                    .executeUpdate();
        }
        audit.record(
                EXTENSION_AUDIT,
                "assignment:" + assignmentId,
                (existing.isEmpty() ? "granted to " : "changed for ") + who + " until " + form.dueAt() + ": "
                        + form.reason().strip());
        return id;
    }

    @Transactional
    @TeachersOnly
    public void revokeExtension(long extensionId) {
        List<?> rows = entityManager
                .createNativeQuery("select assignment_id from assignment_extension where id = ?1")
                .setParameter(1, extensionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DeadlineNotFoundException(extensionId);
        }
        long assignmentId = ((Number) rows.getFirst()).longValue();
        editable(assignmentId);
        entityManager
                .createNativeQuery("delete from assignment_extension where id = ?1")
                .setParameter(1, extensionId)
                .executeUpdate();
        audit.record(EXTENSION_AUDIT, "assignment:" + assignmentId, "revoked extension " + extensionId);
    }

    private Assignment editable(long assignmentId) {
        Assignment assignment =
                assignments.findById(assignmentId).orElseThrow(() -> new DeadlineNotFoundException(assignmentId));
        courses.details(assignment.courseId());
        return assignment;
    }

    private CohortSummary requireCohort(Assignment assignment, long cohortId) {
        return cohorts.of(assignment.courseId()).stream()
                .filter(cohort -> cohort.id() == cohortId)
                .findFirst()
                .orElseThrow(() -> new DeadlineNotFoundException(cohortId));
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        return result.stream().map(row -> (Object[]) row).toList();
    }
}
