package io.lyceum.compliance;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organization's required training, for its admins: assigning a course to everyone, a role or a
 * cohort, changing and removing assignments (each audited), and how the people assigned stand. Every
 * status is computed in SQL ({@link StatusSql}) on the organization's calendar; "due soon" is within
 * {@value #DUE_SOON_DAYS} days.
 */
@Service
@Validated
public class RequiredTrainings {

    /** Days before the due date from which a required course counts as due soon. */
    public static final int DUE_SOON_DAYS = 14;

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    RequiredTrainings(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public long count() {
        return Rows.number(entityManager
                .createNativeQuery("select count(*) from required_training")
                .getSingleResult());
    }

    /** A page of assignments, newest first, each with its people's figures. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Assignment> assignments(int offset, int limit) {
        return assignmentRows(null, offset, limit, today());
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public Optional<Assignment> assignment(long id) {
        return assignmentRows(id, 0, 1, today()).stream().findFirst();
    }

    /** The published courses an admin may require, by title. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<CourseOption> courses() {
        List<?> rows = entityManager.createNativeQuery("""
            select id, title, certificate_validity_months from course
             where status = 'PUBLISHED' order by lower(title), id\
            """).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new CourseOption(Rows.number(row[0]), (String) row[1], Rows.integer(row[2])))
                .toList();
    }

    /** The organization's cohorts: members filed in one, and the names of the cohorts learners are in. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<String> cohorts() {
        List<?> rows = entityManager.createNativeQuery("""
            select cohort from app_user where cohort is not null
            union
            select k.name from enrollment e join cohort k on k.id = e.cohort_id where e.status <> 'WITHDRAWN'
            order by 1\
            """).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /** Requires the course of the audience; the people in it now count as assigned now. */
    @AdminsOnly
    @Transactional
    public long assign(@Valid TrainingForm form) {
        String title = publishedCourse(form.courseId());
        requireUnique(null, form);
        Instant now = clock.instant();
        Object id = entityManager
                .createNativeQuery("""
                    insert into required_training (course_id, audience, audience_value, due_on, due_after_days,
                                                   recurrence_months, created_at, updated_at)
                    values (:course, :audience, :value, :dueOn, :dueAfter, :recurrence, :now, :now)
                    returning id\
                    """)
                .setParameter("course", form.courseId())
                .setParameter("audience", form.audience().name())
                .unwrap(NativeQuery.class)
                .setParameter("value", form.audienceValueStripped(), String.class)
                .setParameter("dueOn", form.dueOn(), LocalDate.class)
                .setParameter("dueAfter", form.dueAfterDays(), Integer.class)
                .setParameter("recurrence", form.recurrenceMonths(), Integer.class)
                .setParameter("now", now)
                .getSingleResult();
        long training = Rows.number(id);
        noteAssigned(training, now);
        audit.record("required-training.assigned", title, describe(form));
        return training;
    }

    @AdminsOnly
    @Transactional
    public void change(long id, @Valid TrainingForm form) {
        requireExists(id);
        String title = publishedCourse(form.courseId());
        requireUnique(id, form);
        entityManager
                .createNativeQuery("""
                    update required_training
                       set course_id = :course, audience = :audience, audience_value = :value, due_on = :dueOn,
                           due_after_days = :dueAfter, recurrence_months = :recurrence, updated_at = :now
                     where id = :id\
                    """)
                .setParameter("course", form.courseId())
                .setParameter("audience", form.audience().name())
                .unwrap(NativeQuery.class)
                .setParameter("value", form.audienceValueStripped(), String.class)
                .setParameter("dueOn", form.dueOn(), LocalDate.class)
                .setParameter("dueAfter", form.dueAfterDays(), Integer.class)
                .setParameter("recurrence", form.recurrenceMonths(), Integer.class)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
        noteAssigned(id, clock.instant());
        audit.record("required-training.changed", title, describe(form));
    }

    /** Removes the assignment; enrollments and progress it led to stay. */
    @AdminsOnly
    @Transactional
    public void remove(long id) {
        String title = titleOf(id);
        entityManager
                .createNativeQuery("delete from required_training where id = :id")
                .setParameter("id", id)
                .executeUpdate();
        audit.record("required-training.removed", title, null);
    }

    /** How many people stand where, over every required course (a person and course counted once). */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Map<TrainingStatus, Long> summary() {
        return summary(today());
    }

    Map<TrainingStatus, Long> summary(LocalDate today) {
        var counts = new EnumMap<TrainingStatus, Long>(TrainingStatus.class);
        for (TrainingStatus status : TrainingStatus.values()) {
            counts.put(status, 0L);
        }
        List<?> rows = dated(
                        entityManager.createNativeQuery(
                                StatusSql.STATUS + "select status, count(*) from person group by status"),
                        today)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(TrainingStatus.valueOf((String) columns[0]), Rows.number(columns[1]));
        }
        return counts;
    }

    /**
     * The people of one assignment (or, with none, of every required course, each person and course
     * once), optionally of one status, most urgent first.
     */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<PersonStatus> people(
            @Nullable Long trainingId, @Nullable TrainingStatus status, int offset, int limit) {
        return people(trainingId, status, offset, limit, today());
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public long countPeople(@Nullable Long trainingId, @Nullable TrainingStatus status) {
        var query = entityManager.createNativeQuery(
                StatusSql.STATUS + "select count(*) from " + source(trainingId) + " s" + where(trainingId, status));
        bindFilter(query, trainingId, status);
        return Rows.number(dated(query, today()).getSingleResult());
    }

    List<PersonStatus> people(
            @Nullable Long trainingId, @Nullable TrainingStatus status, int offset, int limit, LocalDate today) {
        var query = entityManager.createNativeQuery(
                StatusSql.STATUS + """
                    select s.training_id, s.user_id, s.display_name, s.email, s.course_id, c.title, s.status,
                           s.due, coalesce(abs(s.due - :today), 0), s.refusal
                      from %s s join course c on c.id = s.course_id
                    %s
                     order by s.urgency, s.due nulls last, lower(s.display_name), s.user_id, s.course_id
                    offset :offset limit :limit\
                    """.formatted(source(trainingId), where(trainingId, status)));
        bindFilter(query, trainingId, status);
        List<?> rows = dated(query, today)
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> person((Object[]) row)).toList();
    }

    static PersonStatus person(Object[] row) {
        return new PersonStatus(
                Rows.number(row[0]),
                Rows.number(row[1]),
                (String) row[2],
                (String) row[3],
                Rows.number(row[4]),
                (String) row[5],
                TrainingStatus.valueOf((String) row[6]),
                Rows.date(row[7]),
                Rows.number(row[8]),
                Rows.text(row[9]));
    }

    /** People not done whose course is due by {@code until} (or overdue), by person and course. */
    List<PersonStatus> dueBy(LocalDate today, LocalDate until) {
        var query = entityManager.createNativeQuery(StatusSql.STATUS + """
            select s.training_id, s.user_id, s.display_name, s.email, s.course_id, c.title, s.status,
                   s.due, coalesce(abs(s.due - :today), 0), s.refusal
              from person s join course c on c.id = s.course_id
             where s.status <> 'DONE' and s.due <= :until
             order by s.user_id, s.course_id\
            """);
        List<?> rows = dated(query, today).setParameter("until", until).getResultList();
        return rows.stream().map(row -> person((Object[]) row)).toList();
    }

    /** The statuses of one learner in the given courses, the most urgent per course. */
    List<PersonStatus> of(long userId, List<Long> courseIds, LocalDate today) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createNativeQuery(StatusSql.STATUS + """
            select s.training_id, s.user_id, s.display_name, s.email, s.course_id, '', s.status,
                   s.due, coalesce(abs(s.due - :today), 0), s.refusal
              from person s where s.user_id = :user and s.course_id in (:courses)\
            """);
        List<?> rows = dated(query, today)
                .setParameter("user", userId)
                .setParameter("courses", courseIds)
                .getResultList();
        return rows.stream().map(row -> person((Object[]) row)).toList();
    }

    /**
     * Writes down when the people now in each assignment's audience (or one's) were first seen there,
     * for those not yet written down: the start of their "due after N days".
     */
    int noteAssigned(@Nullable Long trainingId, Instant now) {
        var query = entityManager.createNativeQuery(StatusSql.STATUS + """
            insert into required_training_person (training_id, user_id, assigned_at)
            select s.training_id, s.user_id, :now from status s
             where (:training < 0 or s.training_id = :training)
            on conflict do nothing\
            """);
        return dated(query, today())
                .setParameter("training", trainingId == null ? -1L : trainingId)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Who of an assignment's audience is not enrolled in its course (or withdrew). */
    List<PersonStatus> unenrolled(long trainingId) {
        var query = entityManager.createNativeQuery(StatusSql.STATUS + """
            select s.training_id, s.user_id, s.display_name, s.email, s.course_id, '', s.status,
                   s.due, 0, s.refusal
              from status s
             where s.training_id = :training
               and not exists (select 1 from enrollment e
                                where e.user_id = s.user_id and e.course_id = s.course_id
                                  and e.status <> 'WITHDRAWN')
             order by s.user_id\
            """);
        List<?> rows =
                dated(query, today()).setParameter("training", trainingId).getResultList();
        return rows.stream().map(row -> person((Object[]) row)).toList();
    }

    /** The assignments whose audience holds the member now. */
    List<Long> trainingsOf(long userId) {
        List<?> rows = dated(
                        entityManager.createNativeQuery(
                                StatusSql.STATUS + "select training_id from status where user_id = :user"),
                        today())
                .setParameter("user", userId)
                .getResultList();
        return rows.stream().map(Rows::number).toList();
    }

    void refused(long trainingId, long userId, @Nullable String reason) {
        entityManager
                .createNativeQuery("""
                    insert into required_training_person (training_id, user_id, assigned_at, refusal)
                    values (:training, :user, :now, :reason)
                    on conflict (training_id, user_id) do update set refusal = excluded.refusal\
                    """)
                .setParameter("training", trainingId)
                .setParameter("user", userId)
                .setParameter("now", clock.instant())
                .unwrap(NativeQuery.class)
                .setParameter("reason", reason == null ? null : abbreviate(reason), String.class)
                .executeUpdate();
    }

    long courseOf(long trainingId) {
        List<?> rows = entityManager
                .createNativeQuery("select course_id from required_training where id = :id")
                .setParameter("id", trainingId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchTrainingException();
        }
        return Rows.number(rows.getFirst());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TenantContext.require().timeZone());
    }

    private Query dated(Query query, LocalDate today) {
        return query.setParameter("zone", TenantContext.require().timeZone().getId())
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(DUE_SOON_DAYS));
    }

    private static String source(@Nullable Long trainingId) {
        return trainingId == null ? "person" : "status";
    }

    private static String where(@Nullable Long trainingId, @Nullable TrainingStatus status) {
        var conditions = new ArrayList<String>();
        if (trainingId != null) {
            conditions.add("s.training_id = :training");
        }
        if (status != null) {
            conditions.add("s.status = :status");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bindFilter(Query query, @Nullable Long trainingId, @Nullable TrainingStatus status) {
        if (trainingId != null) {
            query.setParameter("training", trainingId);
        }
        if (status != null) {
            query.setParameter("status", status.name());
        }
    }

    private List<Assignment> assignmentRows(@Nullable Long id, int offset, int limit, LocalDate today) {
        var query = entityManager.createNativeQuery(StatusSql.STATUS + """
            select t.id, t.course_id, c.title, t.audience, t.audience_value, t.due_on, t.due_after_days,
                   t.recurrence_months,
                   (select count(*) from status s where s.training_id = t.id),
                   (select count(*) from status s where s.training_id = t.id and s.status = 'DONE'),
                   (select count(*) from status s where s.training_id = t.id and s.status = 'OVERDUE')
              from required_training t join course c on c.id = t.course_id
             where (:id < 0 or t.id = :id)
             order by t.created_at desc, t.id desc
            offset :offset limit :limit\
            """);
        List<?> rows = dated(query, today)
                .setParameter("id", id == null ? -1L : id)
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Assignment(
                        Rows.number(row[0]),
                        Rows.number(row[1]),
                        (String) row[2],
                        Audience.valueOf((String) row[3]),
                        Rows.text(row[4]),
                        Rows.date(row[5]),
                        Rows.integer(row[6]),
                        Rows.integer(row[7]),
                        Rows.number(row[8]),
                        Rows.number(row[9]),
                        Rows.number(row[10])))
                .toList();
    }

    private String publishedCourse(@Nullable Long courseId) {
        List<?> rows = entityManager
                .createNativeQuery("select title from course where id = :id and status = 'PUBLISHED'")
                .setParameter("id", courseId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new TrainingException(ConstraintMessages.get("required-training.course.unknown"));
        }
        return (String) rows.getFirst();
    }

    private void requireExists(long id) {
        titleOf(id);
    }

    private String titleOf(long id) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select c.title from required_training t join course c on c.id = t.course_id where t.id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchTrainingException();
        }
        return (String) rows.getFirst();
    }

    private void requireUnique(@Nullable Long id, TrainingForm form) {
        Object others = entityManager
                .createNativeQuery("""
                    select count(*) from required_training
                     where course_id = :course and audience = :audience
                       and coalesce(audience_value, '') = :value
                       and id <> :id\
                    """)
                .setParameter("course", form.courseId())
                .setParameter("audience", form.audience().name())
                .setParameter("value", form.audienceValueStripped() == null ? "" : form.audienceValueStripped())
                .setParameter("id", id == null ? -1L : id)
                .getSingleResult();
        if (Rows.number(others) > 0) {
            throw new TrainingException(ConstraintMessages.get("required-training.duplicate"));
        }
    }

    /** The audit log's words for an assignment (English, like every detail there). */
    static String describe(TrainingForm form) {
        var text = new StringBuilder();
        text.append(
                form.audience() == Audience.EVERYONE
                        ? "everyone"
                        : form.audience().name().toLowerCase(Locale.ROOT) + " " + form.audienceValueStripped());
        text.append(
                form.dueOn() != null
                        ? ", due " + form.dueOn()
                        : ", due " + form.dueAfterDays() + " days after assignment");
        if (form.recurrenceMonths() != null) {
            text.append(", every ").append(form.recurrenceMonths()).append(" months");
        }
        return text.toString();
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
    }
}
