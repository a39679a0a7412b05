package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatePolicyTest {

    static final Instant DUE = Instant.parse("2026-12-01T23:59:00Z");

    @Test
    void work_at_the_due_second_is_on_time_and_one_second_later_is_a_day_late() {
        assertThat(LatePolicy.daysLate(DUE, DUE)).isZero();
        assertThat(LatePolicy.daysLate(DUE.minusSeconds(1), DUE)).isZero();
        assertThat(LatePolicy.daysLate(DUE.plusSeconds(1), DUE)).isEqualTo(1);
        assertThat(LatePolicy.daysLate(DUE.plus(Duration.ofDays(1)), DUE)).isEqualTo(1);
        assertThat(LatePolicy.daysLate(DUE.plus(Duration.ofDays(1)).plusSeconds(1), DUE))
                .isEqualTo(2);
        assertThat(LatePolicy.daysLate(DUE.plusSeconds(1), null)).isZero();
    }

    @Test
    void the_refuse_policy_takes_work_until_the_due_second_and_nothing_after() {
        assertThat(LatePolicy.REFUSE.accepts(DUE, DUE)).isTrue();
        assertThat(LatePolicy.REFUSE.accepts(DUE.plusSeconds(1), DUE)).isFalse();
        assertThat(LatePolicy.ACCEPT.accepts(DUE.plusSeconds(1), DUE)).isTrue();
        assertThat(LatePolicy.PENALTY.accepts(DUE.plusSeconds(1), DUE)).isTrue();
    }

    @Test
    void a_penalty_per_day_adds_up_to_at_most_everything() {
        var perDay = new BigDecimal("10");
        assertThat(LatePolicy.PENALTY.penaltyPercent(0, perDay)).isEqualByComparingTo("0");
        assertThat(LatePolicy.PENALTY.penaltyPercent(3, perDay)).isEqualByComparingTo("30");
        assertThat(LatePolicy.PENALTY.penaltyPercent(12, perDay)).isEqualByComparingTo("100");
        assertThat(LatePolicy.ACCEPT.penaltyPercent(3, perDay)).isEqualByComparingTo("0");
        assertThat(LatePolicy.afterPenalty(new BigDecimal("85"), new BigDecimal("30")))
                .isEqualByComparingTo("59.50");
    }
}
