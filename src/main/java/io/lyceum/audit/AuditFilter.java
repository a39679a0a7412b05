package io.lyceum.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows a log to: words found in the actor, target or detail; one action (its key);
 * a time range (from inclusive, to exclusive); for the platform's log, one organization.
 */
public record AuditFilter(
        @Nullable String text,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long organizationId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The filter in words, for the record of an export. */
    String describe() {
        var parts = new java.util.ArrayList<String>();
        if (text != null) {
            parts.add("text=" + text);
        }
        if (action != null) {
            parts.add("action=" + action);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }

    public AuditFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        action = action == null || action.isBlank() ? null : action;
    }
}
