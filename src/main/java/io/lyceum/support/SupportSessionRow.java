package io.lyceum.support;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A support session as the console lists it. */
public record SupportSessionRow(
        long id,
        String slug,
        String staff,
        String reason,
        Instant startedAt,
        Instant expiresAt,
        @Nullable Instant enteredAt,
        @Nullable Instant endedAt) {

    public boolean activeAt(Instant now) {
        return endedAt == null && expiresAt.isAfter(now);
    }
}
