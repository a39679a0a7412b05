package io.lyceum.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MomentsTest {

    // 23:30 UTC on 2 December is already 3 December in Berlin.
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-02T23:30:00Z");

    @Test
    void a_moment_is_written_in_the_readers_language_and_the_organizations_time_zone() {
        var berlin = ZoneId.of("Europe/Berlin");

        assertThat(new Moments(Locale.GERMAN, berlin).date(LATE_EVENING_UTC)).isEqualTo("03.12.2026");
        assertThat(new Moments(Locale.ENGLISH, berlin).date(LATE_EVENING_UTC)).isEqualTo("3 Dec 2026");
        assertThat(new Moments(Locale.ENGLISH, ZoneId.of("UTC")).date(LATE_EVENING_UTC))
                .isEqualTo("2 Dec 2026");
        assertThat(new Moments(Locale.GERMAN, berlin).dateTime(LATE_EVENING_UTC))
                .isEqualTo("03.12.2026, 00:30");
        assertThat(new Moments(Locale.GERMAN, berlin).longDate(LocalDate.of(2026, 12, 3)))
                .isEqualTo("3. Dezember 2026");
    }
}
