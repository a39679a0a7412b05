package io.lyceum.reporting;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.NoSuchItemException;
import io.lyceum.compliance.RequiredTrainings;
import io.lyceum.compliance.TrainingStatus;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the reports page, each one SQL query over the organization's schema (the reports
 * read the tables of learning, quizzes and certificates; they never write them): time series with a
 * row for every week or month, empty ones included ({@code generate_series}), per-course aggregates,
 * and the people behind a figure, a page at a time. Weeks start on Monday, days are the
 * organization's (its time zone). A course filter of {@code null} means every course.
 */
@Service
public class Reports {

    private final EntityManager entityManager;
    private final RequiredTrainings trainings;
    private final AuditLog audit;
    private final Clock clock;

    Reports(EntityManager entityManager, RequiredTrainings trainings, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.trainings = trainings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A published or archived course to filter by. */
    public record CourseOption(long id, String title) {}

    @AdminsOnly
    @Transactional(readOnly = true)
    public List<CourseOption> courses() {
        List<?> rows = entityManager
                .createNativeQuery("select id, title from course where status <> 'DRAFT' order by lower(title), id")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new CourseOption(number(row[0]), (String) row[1]))
                .toList();
    }

    /** The course's title, if it is this organization's (and not a draft). */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Optional<String> courseTitle(long courseId) {
        List<?> rows = entityManager
                .createNativeQuery("select title from course where id = :id and status <> 'DRAFT'")
                .setParameter("id", courseId)
                .getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }

    /** New enrollments per week (month over a year), every period of the range listed. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.Period> enrollments(ReportRange range, @Nullable Long courseId) {
        return enrollments(range, courseId, clock.instant());
    }

    List<Figures.Period> enrollments(ReportRange range, @Nullable Long courseId, Instant now) {
        var query = entityManager.createNativeQuery("""
            with periods as (
                select generate_series(date_trunc(:step, cast(:fromLocal as timestamp)),
                                       date_trunc(:step, cast(:toLocal as timestamp)),
                                       cast(:interval as interval)) as period
            ),
            counted as (
                select date_trunc(:step, e.enrolled_at at time zone :zone) as period, count(*) as n
                  from enrollment e
                 where e.enrolled_at >= :from and e.enrolled_at < :to and (:course < 0 or e.course_id = :course)
                 group by 1
            )
            select cast(p.period as date), coalesce(c.n, 0)
              from periods p left join counted c on c.period = p.period
             order by p.period\
            """);
        return periods(window(query, range, now, range.step()), courseId);
    }

    /**
     * Learners active per week: anyone who completed a module or submitted a quiz that week ({@code union}
     * keeps each learner once per week, which is cheaper than counting distinct learners afterwards).
     */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.Period> activeLearners(ReportRange range, @Nullable Long courseId) {
        return activeLearners(range, courseId, clock.instant());
    }

    List<Figures.Period> activeLearners(ReportRange range, @Nullable Long courseId, Instant now) {
        var query = entityManager.createNativeQuery("""
            with periods as (
                select generate_series(date_trunc(:step, cast(:fromLocal as timestamp)),
                                       date_trunc(:step, cast(:toLocal as timestamp)),
                                       cast(:interval as interval)) as period
            ),
            activity as (
                select e.user_id, date_trunc(:step, m.completed_at at time zone :zone) as period
                  from module_completion m join enrollment e on e.id = m.enrollment_id
                 where m.completed_at >= :from and m.completed_at < :to and (:course < 0 or e.course_id = :course)
                union
                select e.user_id, date_trunc(:step, q.submitted_at at time zone :zone)
                  from quiz_attempt q join enrollment e on e.id = q.enrollment_id
                 where q.submitted_at >= :from and q.submitted_at < :to and (:course < 0 or e.course_id = :course)
            ),
            counted as (
                select a.period, count(*) as n from activity a group by a.period
            )
            select cast(p.period as date), coalesce(c.n, 0)
              from periods p left join counted c on c.period = p.period
             order by p.period\
            """);
        return periods(window(query, range, now, "week"), courseId);
    }

    /** Per course, its learners (not withdrawn) and how many completed it, whenever they enrolled. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.Completion> completion(@Nullable Long courseId) {
        List<?> rows = entityManager
                .createNativeQuery("""
                    select c.id, c.title, count(e.id), count(e.completed_at)
                      from course c join enrollment e on e.course_id = c.id and e.status <> 'WITHDRAWN'
                     where c.status <> 'DRAFT' and (:course < 0 or c.id = :course)
                     group by c.id, c.title
                     order by lower(c.title), c.id\
                    """)
                .setParameter("course", courseId == null ? -1L : courseId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Figures.Completion(number(row[0]), (String) row[1], number(row[2]), number(row[3])))
                .toList();
    }

    /** Per course, the average score of the quiz attempts submitted in the range. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.QuizScore> quizScores(ReportRange range, @Nullable Long courseId) {
        return quizScores(range, courseId, clock.instant());
    }

    List<Figures.QuizScore> quizScores(ReportRange range, @Nullable Long courseId, Instant now) {
        var query = entityManager.createNativeQuery("""
            select c.id, c.title, avg(q.score), count(q.id)
              from quiz_attempt q
              join enrollment e on e.id = q.enrollment_id
              join course c on c.id = e.course_id
             where q.submitted_at >= :from and q.submitted_at < :to and (:course < 0 or c.id = :course)
             group by c.id, c.title
             order by lower(c.title), c.id\
            """);
        List<?> rows = query.setParameter("from", now.minus(Duration.ofDays(range.days())))
                .setParameter("to", now)
                .setParameter("course", courseId == null ? -1L : courseId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Figures.QuizScore(
                        number(row[0]), (String) row[1], ((BigDecimal) row[2]).doubleValue(), number(row[3])))
                .toList();
    }

    /** How the people of the required courses stand. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Map<TrainingStatus, Long> compliance() {
        return trainings.summary();
    }

    /** Valid certificates, not replaced by a later one, expiring within 30, 60 and 90 days. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public Figures.Expiring expiring() {
        LocalDate today = today();
        Object[] row = (Object[]) entityManager
                .createNativeQuery("""
                    select count(*) filter (where c.expires_on <= :d30),
                           count(*) filter (where c.expires_on <= :d60),
                           count(*)
                      from certificate c
                     where %s\
                    """.formatted(EXPIRING))
                .setParameter("today", today)
                .setParameter("d30", today.plusDays(30))
                .setParameter("d60", today.plusDays(60))
                .setParameter("until", today.plusDays(90))
                .getSingleResult();
        return new Figures.Expiring(number(row[0]), number(row[1]), number(row[2]));
    }

    private static final String EXPIRING = """
        c.revoked_at is null and c.expires_on >= :today and c.expires_on <= :until
          and not exists (select 1 from certificate n
                           where n.user_id = c.user_id and n.course_id = c.course_id
                             and n.revoked_at is null and n.issued_at > c.issued_at)\
        """;

    /** The learners of a course (not withdrawn): progress, completion date; not completed first. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.Person> courseLearners(long courseId, int offset, int limit) {
        String title = courseTitle(courseId).orElseThrow(NoSuchReportException::new);
        List<?> rows = entityManager
                .createNativeQuery("""
                    select u.id, u.display_name, u.email, e.progress, e.completed_at
                      from enrollment e join app_user u on u.id = e.user_id
                     where e.course_id = :course and e.status <> 'WITHDRAWN'
                     order by e.completed_at is not null, e.progress, lower(u.display_name), u.id
                    offset :offset limit :limit\
                    """)
                .setParameter("course", courseId)
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        ZoneId zone = TenantContext.require().timeZone();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Figures.Person(
                        number(row[0]),
                        (String) row[1],
                        (String) row[2],
                        title,
                        ((BigDecimal) row[3]).setScale(0, RoundingMode.DOWN) + " %",
                        row[4] == null ? null : LocalDate.ofInstant(instant(row[4]), zone)))
                .toList();
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public long countCourseLearners(long courseId) {
        courseTitle(courseId).orElseThrow(NoSuchReportException::new);
        return number(entityManager
                .createNativeQuery(
                        "select count(*) from enrollment where course_id = :course and status <> 'WITHDRAWN'")
                .setParameter("course", courseId)
                .getSingleResult());
    }

    /** Holders of certificates expiring within {@code days} (30, 60 or 90), soonest first. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<Figures.Person> expiringHolders(int days, int offset, int limit) {
        LocalDate today = today();
        List<?> rows = entityManager
                .createNativeQuery("""
                    select c.user_id, c.holder_name, coalesce(u.email, ''), c.course_title, c.number, c.expires_on
                      from certificate c left join app_user u on u.id = c.user_id
                     where %s
                     order by c.expires_on, c.id
                    offset :offset limit :limit\
                    """.formatted(EXPIRING))
                .setParameter("today", today)
                .setParameter("until", today.plusDays(expiryWindow(days)))
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Figures.Person(
                        number(row[0]),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        date(row[5])))
                .toList();
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public long countExpiringHolders(int days) {
        LocalDate today = today();
        return number(entityManager
                .createNativeQuery("select count(*) from certificate c where " + EXPIRING)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(expiryWindow(days)))
                .getSingleResult());
    }

    /** Only the windows the report shows; anything else (a made-up URL) is not found. */
    static int expiryWindow(int days) {
        if (days != 30 && days != 60 && days != 90) {
            throw new NoSuchReportException();
        }
        return days;
    }

    /**
     * A chart's data for its CSV, with the export recorded in the audit log ({@code export.report}).
     * Columns: period start and count; or course, then its figures.
     */
    @AdminsOnly
    @Transactional
    public Figures.Table export(ReportChart chart, ReportRange range, @Nullable Long courseId) {
        var rows = new ArrayList<List<String>>();
        switch (chart) {
            case ENROLLMENTS ->
                enrollments(range, courseId)
                        .forEach(period -> rows.add(List.of(period.start().toString(), Long.toString(period.count()))));
            case ACTIVE_LEARNERS ->
                activeLearners(range, courseId)
                        .forEach(period -> rows.add(List.of(period.start().toString(), Long.toString(period.count()))));
            case COMPLETION ->
                completion(courseId)
                        .forEach(course -> rows.add(List.of(
                                course.title(),
                                Long.toString(course.learners()),
                                Long.toString(course.completed()),
                                decimal(course.rate()))));
            case QUIZ_SCORES ->
                quizScores(range, courseId)
                        .forEach(course -> rows.add(
                                List.of(course.title(), decimal(course.average()), Long.toString(course.attempts()))));
            case COMPLIANCE ->
                compliance().forEach((status, count) -> rows.add(List.of(status.name(), Long.toString(count))));
            case EXPIRING -> {
                var expiring = expiring();
                rows.add(List.of("30", Long.toString(expiring.within30())));
                rows.add(List.of("60", Long.toString(expiring.within60())));
                rows.add(List.of("90", Long.toString(expiring.within90())));
            }
        }
        audit.record(
                "export.report",
                chart.key(),
                range.name().toLowerCase(Locale.ROOT) + (courseId == null ? "" : ", course " + courseId));
        return new Figures.Table(List.copyOf(rows));
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TenantContext.require().timeZone());
    }

    /** Binds the range ending now: instants for filtering, the org's local times for the periods. */
    private Query window(Query query, ReportRange range, Instant now, String step) {
        ZoneId zone = TenantContext.require().timeZone();
        Instant from = now.minus(Duration.ofDays(range.days()));
        return query.setParameter("step", step)
                .setParameter("interval", "1 " + step)
                .setParameter("zone", zone.getId())
                .setParameter("from", from)
                .setParameter("to", now)
                .setParameter("fromLocal", LocalDateTime.ofInstant(from, zone))
                .setParameter("toLocal", LocalDateTime.ofInstant(now, zone));
    }

    private static List<Figures.Period> periods(Query query, @Nullable Long courseId) {
        List<?> rows =
                query.setParameter("course", courseId == null ? -1L : courseId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Figures.Period(date(row[0]), number(row[1])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate day -> day;
            case Date day -> day.toLocalDate();
            default -> throw new IllegalStateException("Not a date: " + value.getClass());
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    /** No such figure here: a course of another organization, a made-up window. */
    static class NoSuchReportException extends NoSuchItemException {
        NoSuchReportException() {
            super("No such report");
        }
    }
}
