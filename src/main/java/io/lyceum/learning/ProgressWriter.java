package io.lyceum.learning;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Module completion and course progress in SQL, on the session's connection (tenant schema, caller's
 * transaction). Progress = completed published required modules / published required modules.
 * Reads the course's module table directly: progress must be computed where the rows are.
 */
@Component
class ProgressWriter {

    /** The result of one completion: the enrollment afterwards, and whether this call completed the course. */
    record Outcome(EnrollmentSummary enrollment, boolean justCompleted, boolean moduleAccepted) {}

    private static final String PROGRESS = """
            with p as (
                select count(*) as total, count(c.module_id) as done
                from course_module m
                left join module_completion c on c.module_id = m.id and c.enrollment_id = ?
                where m.course_id = ? and m.published and m.required)
            update enrollment e set
                progress = case when e.completed_at is not null then e.progress
                                when p.total = 0 then 0 else round(100.0 * p.done / p.total, 2) end,
                completed_at = case when e.completed_at is null and p.total > 0 and p.done = p.total
                                    then now() else e.completed_at end,
                status = case when e.completed_at is null and p.total > 0 and p.done = p.total
                              then 'COMPLETED' else e.status end,
                last_accessed_at = now(),
                last_module_id = ?
            from p
            where e.id = ?
            returning e.id, e.user_id, e.course_id, e.status, e.progress, e.enrolled_at, e.completed_at,
                e.last_module_id, e.completed_at = now(), e.last_accessed_at
            """;

    private final EntityManager entityManager;

    ProgressWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Three statements whatever the course's size: lock the enrollment (so that concurrent
     * completions by the same student run one after the other and each sees the others' rows),
     * record the completion once, recompute progress. {@code now()} is the transaction's time, so
     * "completed_at = now()" after the update says this transaction completed the course.
     */
    Optional<Outcome> complete(long userId, long courseId, long moduleId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            long enrollmentId;
            try (PreparedStatement lock = connection.prepareStatement("select id from enrollment"
                    + " where user_id = ? and course_id = ? and status <> 'WITHDRAWN'"
                    + " and (access_ends_at is null or access_ends_at > now()) for update")) {
                lock.setLong(1, userId);
                lock.setLong(2, courseId);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Outcome>empty();
                    }
                    enrollmentId = rows.getLong(1);
                }
            }
            boolean accepted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into module_completion (enrollment_id, module_id, completed_at)
                    select ?, m.id, now() from course_module m
                    where m.id = ? and m.course_id = ? and m.published
                    on conflict do nothing""")) {
                insert.setLong(1, enrollmentId);
                insert.setLong(2, moduleId);
                insert.setLong(3, courseId);
                accepted = insert.executeUpdate() == 1;
            }
            try (PreparedStatement update = connection.prepareStatement(PROGRESS)) {
                update.setLong(1, enrollmentId);
                update.setLong(2, courseId);
                update.setLong(3, moduleId);
                update.setLong(4, enrollmentId);
                try (ResultSet rows = update.executeQuery()) {
                    rows.next();
                    var summary = new EnrollmentSummary(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getLong(3),
                            EnrollmentStatus.valueOf(rows.getString(4)),
                            rows.getBigDecimal(5),
                            rows.getObject(6, OffsetDateTime.class).toInstant(),
                            instant(rows.getObject(7, OffsetDateTime.class)),
                            rows.getObject(8, Long.class),
                            instant(rows.getObject(10, OffsetDateTime.class)));
                    return Optional.of(new Outcome(summary, rows.getBoolean(9), accepted));
                }
            }
        });
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    record Completion(long enrollmentId, long userId) {}

    /**
     * Starts a completed enrollment over (the learner retakes the course): its completions go, the
     * completion date too; certificates already issued stay. False if it was not completed.
     */
    boolean restart(long enrollmentId) {
        entityManager.flush();
        boolean restarted = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update enrollment set status = 'ACTIVE', progress = 0, completed_at = null, restarted_at = now()
                    where id = ? and status = 'COMPLETED'""")) {
                update.setLong(1, enrollmentId);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from module_completion where enrollment_id = ?")) {
                delete.setLong(1, enrollmentId);
                delete.executeUpdate();
            }
            return true;
        });
        // The enrollment's SQL-kept columns changed underneath the persistence context.
        entityManager.clear();
        return restarted;
    }

    /**
     * Recomputes every open enrollment of a course after its modules changed, and completes those
     * that reached 100 %. Completed enrollments stay completed.
     */
    List<Completion> recompute(long courseId) {
        // The change that triggered this may still sit in the persistence context: SQL must see it.
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update enrollment e set progress = coalesce((
                        select case when count(m.id) = 0 then 0
                                    else round(100.0 * count(c.module_id) / count(m.id), 2) end
                        from course_module m
                        left join module_completion c on c.module_id = m.id and c.enrollment_id = e.id
                        where m.course_id = e.course_id and m.published and m.required), 0)
                    where e.course_id = ? and e.completed_at is null and e.status = 'ACTIVE'""")) {
                update.setLong(1, courseId);
                update.executeUpdate();
            }
            var completed = new ArrayList<Completion>();
            try (PreparedStatement complete = connection.prepareStatement("""
                    update enrollment set completed_at = now(), status = 'COMPLETED'
                    where course_id = ? and completed_at is null and status = 'ACTIVE' and progress = 100
                    returning id, user_id""")) {
                complete.setLong(1, courseId);
                try (ResultSet rows = complete.executeQuery()) {
                    while (rows.next()) {
                        completed.add(new Completion(rows.getLong(1), rows.getLong(2)));
                    }
                }
            }
            return completed;
        });
    }
}
