package io.lyceum.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an audit log as its readers see it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        AuditActor.Kind actorKind,
        String actor,
        String action,
        @Nullable String target,
        @Nullable String detail,
        @Nullable String address,
        @Nullable Long organizationId) {}
