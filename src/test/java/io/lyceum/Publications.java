package io.lyceum;

import static org.awaitility.Awaitility.await;

import io.lyceum.tenancy.Tenant;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the event listeners that run after commit (certificates, mail) to finish: every event
 * publication in the organization's schema is complete. A listener that keeps failing leaves its
 * publication incomplete, and the wait fails with that said.
 */
public final class Publications {

    private Publications() {}

    public static void awaitCompleted(JdbcTemplate jdbc, Tenant org) {
        await("event listeners of " + org.slug() + " to finish")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> incomplete(jdbc, org) == 0);
    }

    public static int incomplete(JdbcTemplate jdbc, Tenant org) {
        Integer count = jdbc.queryForObject(
                "select count(*) from \"" + org.schema() + "\".event_publication where completion_date is null",
                Integer.class);
        return count == null ? 0 : count;
    }
}
