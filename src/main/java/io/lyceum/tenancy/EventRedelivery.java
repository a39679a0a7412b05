package io.lyceum.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands incomplete event publications to their listeners again, organization by organization:
 * each organization's publications live in its own schema, so each pass binds that organization
 * before it looks (and the platform's own, with none bound). Runs at start-up and then on a schedule,
 * on one node at a time (a PostgreSQL advisory lock held for the pass).
 *
 * <p>What is handed over again: a publication whose listener failed, after a backoff that doubles
 * with each attempt (from {@code lyceum.events.redelivery-backoff} up to an hour); one never
 * started (the node stopped between commit and hand-off) once older than
 * {@code lyceum.events.redelivery-after}; one started but not finished for ten minutes (the node
 * stopped mid-way). Listeners are idempotent, so the rare second delivery changes nothing.
 */
@Component
class EventRedelivery {

    /** Advisory lock key (space, id) of the redelivery pass; spaces keep Lyceum's locks apart. */
    static final int LOCK_SPACE = 0x4c590001;

    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final Duration STALLED_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications publications;
    private final TenantDirectory directory;
    private final DataSource dataSource;
    private final Clock clock;
    private final Duration backoff;
    private final Duration after;

    EventRedelivery(
            IncompleteEventPublications publications,
            TenantDirectory directory,
            DataSource dataSource,
            Clock clock,
            @Value("${lyceum.events.redelivery-backoff:PT15S}") Duration backoff,
            @Value("${lyceum.events.redelivery-after:PT1M}") Duration after) {
        this.publications = publications;
        this.directory = directory;
        this.dataSource = dataSource;
        this.clock = clock;
        this.backoff = backoff;
        this.after = after;
    }

    /** Start-up: whatever the last run of any node left incomplete, once it is old enough. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        redeliverAll();
    }

    @Scheduled(
            initialDelayString = "${lyceum.events.redelivery-interval:PT15S}",
            fixedDelayString = "${lyceum.events.redelivery-interval:PT15S}")
    void scheduled() {
        redeliverAll();
    }

    /** One pass over the platform and every served organization, if no other node is running one. */
    boolean redeliverAll() {
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!tryLock(lockConnection)) {
                return false;
            }
            try {
                List<@Nullable Tenant> targets = new ArrayList<>();
                targets.add(null); // the platform schema's own publications
                targets.addAll(directory.active());
                for (Tenant tenant : targets) {
                    try {
                        TenantContext.runAs(tenant, this::redeliver);
                    } catch (RuntimeException e) {
                        log.warn(
                                "Event redelivery for {} failed; the next pass tries again",
                                tenant == null ? "the platform" : tenant.slug(),
                                e);
                    }
                }
                return true;
            } finally {
                unlock(lockConnection);
            }
        } catch (SQLException e) {
            log.warn("Event redelivery skipped: no database connection", e);
            return false;
        }
    }

    /** Redelivers the due publications of the organization in context (or the platform). */
    void redeliver() {
        publications.resubmitIncompletePublications(due(clock.instant()));
    }

    Predicate<EventPublication> due(Instant now) {
        return publication -> {
            Status status = publication.getStatus();
            Instant last = publication.getLastResubmissionDate() != null
                    ? publication.getLastResubmissionDate()
                    : publication.getPublicationDate();
            if (status == Status.FAILED) {
                return !last.plus(backoffAfter(publication.getCompletionAttempts()))
                        .isAfter(now);
            }
            if (status == Status.PUBLISHED || status == null) {
                return !publication.getPublicationDate().plus(after).isAfter(now);
            }
            // PROCESSING or RESUBMITTED: only once it has clearly stalled.
            return !last.plus(STALLED_AFTER).isAfter(now);
        };
    }

    /** backoff, 2 × backoff, 4 × backoff, … up to an hour, by the attempts made so far. */
    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, 1)")) {
            statement.setInt(1, LOCK_SPACE);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, 1)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.execute();
        }
    }
}
