package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricSpecTest {

    static final RubricSpec RUBRIC = new RubricSpec(List.of(
            new RubricSpec.Criterion(
                    "layout", "Layout", "", List.of(level("l0", "0"), level("l1", "5"), level("l2", "10"))),
            new RubricSpec.Criterion(
                    "code", "Code quality", "", List.of(level("c0", "0"), level("c1", "7.5"), level("c2", "15")))));

    static RubricSpec.Level level(String id, String points) {
        return new RubricSpec.Level(id, id, "", new BigDecimal(points));
    }

    @Test
    void the_score_is_the_sum_of_the_clicked_levels() {
        assertThat(RUBRIC.maxPoints()).isEqualByComparingTo("25");
        assertThat(RUBRIC.score(Map.of("layout", "l1", "code", "c1"))).isEqualByComparingTo("12.5");
        assertThat(RUBRIC.score(Map.of("layout", "l2"))).isEqualByComparingTo("10");
        assertThat(RUBRIC.complete(Map.of("layout", "l2"))).isFalse();
        assertThat(RUBRIC.complete(Map.of("layout", "l2", "code", "c0"))).isTrue();
    }

    @Test
    void clicks_of_levels_no_longer_in_the_rubric_count_nothing() {
        assertThat(RUBRIC.score(Map.of("layout", "gone", "removed", "l2", "code", "c2")))
                .isEqualByComparingTo("15");
        assertThat(RUBRIC.complete(Map.of("layout", "gone", "code", "c2"))).isFalse();
    }
}
