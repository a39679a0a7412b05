package io.lyceum.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Reading the columns of native queries, whatever Java type the driver gives them. */
final class Rows {

    private Rows() {}

    static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static @Nullable Integer integer(@Nullable Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static @Nullable LocalDate date(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate day -> day;
            case Date day -> day.toLocalDate();
            default -> throw new IllegalStateException("Not a date: " + value.getClass());
        };
    }

    static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
