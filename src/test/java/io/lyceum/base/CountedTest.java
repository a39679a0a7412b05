package io.lyceum.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void one_is_singular_every_other_count_plural() {
        assertThat(Counted.MEMBERS.of(1)).isEqualTo("1 member");
        assertThat(Counted.MEMBERS.of(0)).isEqualTo("0 members");
        assertThat(Counted.MEMBERS.of(2)).isEqualTo("2 members");
    }

    @Test
    void decimals_are_singular_only_for_exactly_one() {
        assertThat(Counted.HOURS.of(new BigDecimal("1.00"))).isEqualTo("1 hour");
        assertThat(Counted.HOURS.of(new BigDecimal("1.5"))).isEqualTo("1.5 hours");
        assertThat(Counted.HOURS.of(new BigDecimal("12.50"))).isEqualTo("12.5 hours");
    }
}
