package io.lyceum.grading;

import io.lyceum.audit.AuditLog;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every gradebook cell: each change of a grade (who, when, old, new, why), written in
 * the transaction of the change, and the organization's audit log entry {@code grade.changed}.
 * Callers check access; a change that changes nothing is not recorded.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GradeHistory {

    static final String AUDIT_ACTION = "grade.changed";

    /** One change as the gradebook shows it; values in percent of the item's points. */
    record Entry(
            @Nullable BigDecimal oldValue,
            @Nullable BigDecimal newValue,
            String reason,
            GradeChange.Source source,
            @Nullable Long changedBy,
            Instant changedAt) {}

    private final GradeChangeRepository changes;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    GradeHistory(GradeChangeRepository changes, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.changes = changes;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change by the person signed in (or by nobody, for background work). */
    void record(
            long courseId,
            long moduleId,
            long userId,
            @Nullable BigDecimal oldValue,
            @Nullable BigDecimal newValue,
            String reason,
            GradeChange.Source source) {
        if (sameValue(oldValue, newValue)) {
            return;
        }
        Long by = currentUser.get().map(LyceumUser::id).orElse(null);
        changes.save(new GradeChange(
                courseId, moduleId, userId, oldValue, newValue, reason.strip(), source, by, clock.instant()));
        audit.record(
                AUDIT_ACTION,
                "module " + moduleId + " user " + userId,
                display(oldValue) + " → " + display(newValue) + (reason.isBlank() ? "" : ": " + reason.strip()));
    }

    /** A cell's changes, newest first. */
    List<Entry> of(long moduleId, long userId) {
        return changes.findByModuleIdAndUserIdOrderByChangedAtDescIdDesc(moduleId, userId).stream()
                .map(GradeChange::entry)
                .toList();
    }

    private static boolean sameValue(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return Objects.equals(a == null ? null : a.stripTrailingZeros(), b == null ? null : b.stripTrailingZeros());
    }

    private static String display(@Nullable BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + " %";
    }
}
