package io.lyceum.platform;

import io.lyceum.audit.AuditLog;
import io.lyceum.identity.StaffOnly;
import io.lyceum.tenancy.TenantSchemas;
import io.lyceum.tenancy.TenantStatus;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do to an organization from the console, each recorded in the platform's audit log:
 * suspend and reactivate it (its data untouched), run its failed migration again, delete it.
 */
@Service
public class OrganizationActions {

    public static final String SUSPENDED = "org.suspended";
    public static final String REACTIVATED = "org.reactivated";
    public static final String MIGRATION_RERUN = "org.migration-rerun";
    public static final String DELETED = "org.deleted";

    private static final Logger log = LoggerFactory.getLogger(OrganizationActions.class);

    private final OrganizationRepository organizations;
    private final TenantMigrations migrations;
    private final TenantSchemas schemas;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OrganizationActions(
            OrganizationRepository organizations,
            TenantMigrations migrations,
            TenantSchemas schemas,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.migrations = migrations;
        this.schemas = schemas;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Refused: the organization is not in a state the action applies to (say, suspending one twice). */
    public static class NotApplicableException extends RuntimeException {
        NotApplicableException(String message) {
            super(message);
        }
    }

    /**
     * Stops serving the organization: its host answers with the suspended page (403), nobody signs in
     * there and sessions presented there end; background sweeps skip it. Nothing of its data changes.
     */
    @StaffOnly
    public OrganizationSummary suspend(String slug) {
        return change(slug, SUSPENDED, Organization::suspend);
    }

    /** Serves the organization again (down for maintenance instead if its last migration failed). */
    @StaffOnly
    public OrganizationSummary reactivate(String slug) {
        return change(slug, REACTIVATED, Organization::reactivate);
    }

    private OrganizationSummary change(String slug, String action, Consumer<Organization> change) {
        return Objects.requireNonNull(transaction.execute(status -> {
            Organization organization = find(slug);
            try {
                change.accept(organization);
            } catch (IllegalStateException refused) {
                throw new NotApplicableException(refused.getMessage());
            }
            audit.recordForPlatform(
                    organization.id(), action, slug, organization.status().name());
            return OrganizationSummary.of(organization);
        }));
    }

    /**
     * Runs the tenant changelog again on an organization whose last migration failed, telling
     * {@code progress} of each changeset applied; the run goes into the ledger and the audit log. Long:
     * call it from background work (the console runs it on the application's task executor).
     */
    @StaffOnly
    public TenantMigrations.Run rerunMigration(String slug, TenantSchemas.Progress progress) {
        Organization organization = Objects.requireNonNull(transaction.execute(status -> find(slug)));
        if (organization.migrationState() != MigrationOutcome.FAILED
                && organization.status() != TenantStatus.MIGRATION_FAILED) {
            throw new NotApplicableException("The last migration of " + slug + " did not fail");
        }
        TenantMigrations.Run run = migrations.rerun(organization, progress);
        transaction.executeWithoutResult(status -> audit.recordForPlatform(
                organization.id(),
                MIGRATION_RERUN,
                slug,
                run.succeeded() ? "SUCCEEDED " + run.version() : "FAILED " + run.error()));
        return run;
    }

    /**
     * Deletes the organization for good, once staff typed its slug: first it stops being served, then
     * its schema is dropped, then its platform rows go (custom domains, figures, ledger, billing and
     * mail rows by their foreign keys; the certificate index through {@link OrganizationDeleted}). The
     * platform's audit log keeps its rows. A failure part-way leaves it suspended; deleting again
     * finishes the work.
     */
    @StaffOnly
    public void delete(String slug, String typedSlug) {
        if (!slug.equals(typedSlug.strip())) {
            throw new NotApplicableException("The slug typed is not " + slug);
        }
        Organization organization = Objects.requireNonNull(transaction.execute(status -> {
            Organization found = find(slug);
            if (found.status() == TenantStatus.PROVISIONING) {
                throw new NotApplicableException(slug + " is still being set up");
            }
            if (found.status() != TenantStatus.SUSPENDED) {
                found.suspend();
            }
            return found;
        }));
        schemas.drop(organization.schemaName());
        transaction.executeWithoutResult(status -> {
            events.publishEvent(
                    new OrganizationDeleted(organization.id(), organization.slug(), organization.schemaName()));
            audit.recordForPlatform(organization.id(), DELETED, slug, organization.name());
            organizations.deleteById(organization.id());
        });
        log.warn("Organization {} deleted by staff: schema {} dropped", slug, organization.schemaName());
    }

    private Organization find(String slug) {
        return organizations
                .findBySlug(slug)
                .orElseThrow(() -> new NotApplicableException("There is no organization " + slug));
    }
}
