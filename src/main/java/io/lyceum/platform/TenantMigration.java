package io.lyceum.platform;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One run of the tenant changelog against one organization: the migration ledger. */
@Entity
@Table(name = "tenant_migration", schema = "platform")
class TenantMigration extends AbstractEntity {

    enum Trigger {
        SIGNUP,
        STARTUP,
        /** Staff ran it again from the console. */
        CONSOLE
    }

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger", nullable = false)
    private Trigger trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private MigrationOutcome outcome;

    @Column(name = "error")
    private @Nullable String error;

    @Column(name = "version")
    private @Nullable String version;

    @Column(name = "changesets")
    private @Nullable Integer changeSets;

    protected TenantMigration() {
        this.trigger = Trigger.STARTUP;
        this.startedAt = Instant.EPOCH;
        this.finishedAt = Instant.EPOCH;
        this.outcome = MigrationOutcome.SUCCEEDED;
    }

    TenantMigration(
            long organizationId,
            Trigger trigger,
            Instant startedAt,
            Instant finishedAt,
            MigrationOutcome outcome,
            @Nullable String error,
            @Nullable String version,
            @Nullable Integer changeSets) {
        this.organizationId = organizationId;
        this.version = version;
        this.changeSets = changeSets;
        this.trigger = trigger;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.error = error;
    }
}
