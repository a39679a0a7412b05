package io.lyceum.learning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The marks people gave quiz answers ({@code answer_review}), by attempt and question index. Used
 * from the transactional services of this module only.
 */
@Component
class AnswerMarks {

    /** A person's mark of one answer. */
    record Mark(
            BigDecimal points, String feedback, @Nullable Long reviewedBy, Instant reviewedAt) {}

    private final EntityManager entityManager;

    AnswerMarks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** attempt id → (question index → mark); one query. */
    Map<Long, Map<Integer, Mark>> of(Collection<Long> attemptIds) {
        var marks = new HashMap<Long, Map<Integer, Mark>>();
        if (attemptIds.isEmpty()) {
            return marks;
        }
        List<?> rows =
                entityManager.createNativeQuery("""
                        select attempt_id, question_index, points, feedback, reviewed_by, reviewed_at
                        from answer_review where attempt_id in (?1)""").setParameter(1, attemptIds).getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            marks.computeIfAbsent(((Number) values[0]).longValue(), id -> new HashMap<>())
                    .put(
                            ((Number) values[1]).intValue(),
                            new Mark(
                                    (BigDecimal) values[2],
                                    (String) values[3],
                                    values[4] == null ? null : ((Number) values[4]).longValue(),
                                    instant(values[5])));
        }
        return marks;
    }

    Map<Integer, BigDecimal> points(long attemptId) {
        var points = new HashMap<Integer, BigDecimal>();
        of(List.of(attemptId))
                .getOrDefault(attemptId, Map.of())
                .forEach((index, mark) -> points.put(index, mark.points()));
        return points;
    }

    /** Marks an answer, or marks it again: the latest mark is the one that counts. */
    void put(long attemptId, int questionIndex, BigDecimal points, String feedback, long reviewedBy, Instant at) {
        entityManager
                .createNativeQuery("""
                        insert into answer_review (attempt_id, question_index, points, feedback, reviewed_by, reviewed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (attempt_id, question_index) do update
                        set points = excluded.points, feedback = excluded.feedback,
                            reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at""")
                .setParameter(1, attemptId)
                .setParameter(2, questionIndex)
                .setParameter(3, points)
                .setParameter(4, feedback)
                .setParameter(5, reviewedBy)
                .setParameter(6, at)
                .executeUpdate();
    }

    /** A {@code timestamptz} as the driver hands it over in a native query. */
    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
