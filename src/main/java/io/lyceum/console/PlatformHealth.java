package io.lyceum.console;

import io.lyceum.billing.BillingConsole;
import io.lyceum.identity.StaffOnly;
import io.lyceum.notification.MailConsole;
import io.lyceum.platform.OrganizationConsole;
import io.lyceum.tenancy.EventBacklog;
import io.lyceum.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Gathers {@link HealthFigures} for the console's health page (fresh each time) and for the metrics
 * (at most one gathering every {@link #METRICS_MAX_AGE}, however often scrapers ask). Reads the
 * platform schema and the catalog only; nothing here binds an organization.
 */
@Service
public class PlatformHealth {

    static final Duration METRICS_MAX_AGE = Duration.ofSeconds(15);

    private final OrganizationConsole organizations;
    private final MailConsole mail;
    private final BillingConsole billing;
    private final EventBacklog events;
    private final SessionCounter sessions;
    private final Clock clock;
    private final AtomicReference<@Nullable HealthFigures> latest = new AtomicReference<>();

    PlatformHealth(
            OrganizationConsole organizations,
            MailConsole mail,
            BillingConsole billing,
            EventBacklog events,
            SessionCounter sessions,
            Clock clock) {
        this.organizations = organizations;
        this.mail = mail;
        this.billing = billing;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The figures now, for staff. */
    @StaffOnly
    public HealthFigures now() {
        return gather();
    }

    /** The figures for a metrics scrape: recent enough, gathered at most every few seconds. */
    HealthFigures forMetrics() {
        HealthFigures current = latest.get();
        if (current == null || current.at().plus(METRICS_MAX_AGE).isBefore(clock.instant())) {
            current = gather();
            latest.set(current);
        }
        return current;
    }

    private HealthFigures gather() {
        // The platform's own publications: none bound, whatever the caller had.
        EventBacklog.Counts platformEvents = TenantContext.callAs(null, events::counts);
        long[] organizationEvents = organizations.organizationEvents();
        var mailFigures = mail.figures();
        var webhooks = billing.webhookFigures();
        long[] sizes = organizations.platformAndDatabaseBytes();
        Instant at = clock.instant();
        return new HealthFigures(
                at,
                organizations.statusCounts(),
                organizations.countMigrationFailed(),
                platformEvents.incomplete(),
                platformEvents.failed(),
                organizationEvents[0],
                organizationEvents[1],
                mailFigures.failed(),
                mailFigures.heldThisMonth(),
                webhooks.failed(),
                webhooks.stuck(),
                sessions.active(),
                sizes[0],
                sizes[1]);
    }
}
