package io.lyceum.console;

import io.lyceum.tenancy.TenantStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The platform's health at one moment, from platform tables and the catalog: organizations by status,
 * failed migrations, event publications not completed (the platform's own now, the organizations' as
 * the statistics job last counted them), mail failed and held, Stripe webhooks failed or stuck,
 * sessions on this node, the platform schema's and the database's size.
 */
public record HealthFigures(
        Instant at,
        Map<TenantStatus, Long> organizations,
        long migrationFailed,
        long platformEventsIncomplete,
        long platformEventsFailed,
        long organizationEventsIncomplete,
        long organizationEventsFailed,
        long mailFailed,
        long mailHeldThisMonth,
        long webhooksFailed,
        long webhooksStuck,
        int sessionsOnThisNode,
        long platformSchemaBytes,
        long databaseBytes) {

    public long eventsIncomplete() {
        return platformEventsIncomplete + organizationEventsIncomplete;
    }
}
