package io.lyceum.identity;

import java.time.Duration;

/** How long ago members last signed in, as the People page filters them. */
public enum LastSignIn {
    NEVER(null),
    WITHIN_7_DAYS(Duration.ofDays(7)),
    WITHIN_30_DAYS(Duration.ofDays(30)),
    OVER_90_DAYS(Duration.ofDays(90));

    private final Duration span;

    LastSignIn(Duration span) {
        this.span = span;
    }

    /** The span the filter compares with (none for {@link #NEVER}). */
    Duration span() {
        return span;
    }
}
