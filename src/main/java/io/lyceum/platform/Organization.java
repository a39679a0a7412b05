package io.lyceum.platform;

import io.lyceum.base.AbstractEntity;
import io.lyceum.tenancy.Slug;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantSchemas;
import io.lyceum.tenancy.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organization: a tenant with its own schema, subdomain and plan. */
@Entity
@Table(name = "organization", schema = "platform")
class Organization extends AbstractEntity {

    static final int NAME_MAX_LENGTH = 120;

    @Column(name = "slug", nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    @NotBlank(message = "{signup.organization-name.required}") @Size(max = NAME_MAX_LENGTH, message = "{text.too-long}") private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TenantStatus status;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "plan_code")
    private Plan plan;

    @Column(name = "schema_name", nullable = false, unique = true)
    private String schemaName;

    @Column(name = "primary_color")
    // Checked where admins set it (OrganizationBranding's form): a stored value that is not a colour
    // (older data, a hand edit) must not block unrelated updates such as recording a migration; the
    // Tenant drops it, so no page ever shows it.
    private @Nullable String primaryColor;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "logo_file")
    private @Nullable UUID logoFile;

    @Column(name = "welcome_text", length = OrganizationBranding.WELCOME_MAX_LENGTH)
    private @Nullable String welcomeText;

    @Column(name = "language")
    private @Nullable String language;

    @Column(name = "user_count", nullable = false)
    private int userCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_state")
    private @Nullable MigrationOutcome migrationState;

    @Column(name = "migrated_at")
    private @Nullable Instant migratedAt;

    @Column(name = "migration_error")
    private @Nullable String migrationError;

    /** The latest changeset applied to the schema, as {@code file::id}; null before the first recorded run. */
    @Column(name = "migration_version")
    private @Nullable String migrationVersion;

    @Column(name = "migration_changesets")
    private @Nullable Integer migrationChangeSets;

    @Version
    private long version;

    protected Organization() {
        this.slug = "";
        this.name = "";
        this.status = TenantStatus.PROVISIONING;
        this.plan = new Plan();
        this.schemaName = "";
        this.createdAt = Instant.EPOCH;
    }

    Organization(Slug slug, String name, Plan plan, Instant createdAt) {
        this.slug = slug.value();
        this.name = name.strip();
        this.plan = plan;
        this.status = TenantStatus.PROVISIONING;
        this.schemaName = TenantSchemas.schemaFor(slug);
        this.createdAt = createdAt;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    TenantStatus status() {
        return status;
    }

    Plan plan() {
        return plan;
    }

    void plan(Plan plan) {
        this.plan = plan;
    }

    String schemaName() {
        return schemaName;
    }

    int userCount() {
        return userCount;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable MigrationOutcome migrationState() {
        return migrationState;
    }

    @Nullable String migrationError() {
        return migrationError;
    }

    /** The branding page's values, as they are now. */
    OrganizationBranding.Branding branding() {
        return new OrganizationBranding.Branding(
                name,
                primaryColor,
                logoFile,
                welcomeText,
                ZoneId.of(timeZone),
                language == null ? null : Locale.forLanguageTag(language));
    }

    /** Takes the branding page's values (checked by the service). */
    void rebrand(OrganizationBranding.Branding branding) {
        this.name = branding.name().strip();
        this.primaryColor =
                branding.primaryColor() == null ? null : branding.primaryColor().toLowerCase(Locale.ROOT);
        this.logoFile = branding.logoFile();
        this.welcomeText =
                branding.welcomeText() == null || branding.welcomeText().isBlank()
                        ? null
                        : branding.welcomeText().strip();
        this.timeZone = branding.timeZone().getId();
        this.language = branding.language() == null ? null : branding.language().getLanguage();
    }

    void activate() {
        this.status = TenantStatus.ACTIVE;
    }

    @Nullable String migrationVersion() {
        return migrationVersion;
    }

    /** Staff stop serving the organization: its host shows the suspended page; its data stays as it is. */
    void suspend() {
        if (status != TenantStatus.ACTIVE && status != TenantStatus.MIGRATION_FAILED) {
            throw new IllegalStateException("Only a served organization can be suspended, not one " + status);
        }
        this.status = TenantStatus.SUSPENDED;
    }

    /** Served again; still down for maintenance when its last migration failed. */
    void reactivate() {
        if (status != TenantStatus.SUSPENDED) {
            throw new IllegalStateException("Only a suspended organization can be reactivated, not one " + status);
        }
        this.status = migrationState == MigrationOutcome.FAILED ? TenantStatus.MIGRATION_FAILED : TenantStatus.ACTIVE;
    }

    void migrated(
            MigrationOutcome outcome,
            Instant at,
            @Nullable String error,
            @Nullable String version,
            @Nullable Integer changeSets) {
        this.migrationState = outcome;
        this.migratedAt = at;
        this.migrationError = error;
        if (version != null) {
            this.migrationVersion = version;
            this.migrationChangeSets = changeSets;
        }
        if (outcome == MigrationOutcome.FAILED && status == TenantStatus.ACTIVE) {
            status = TenantStatus.MIGRATION_FAILED;
        } else if (outcome == MigrationOutcome.SUCCEEDED && status == TenantStatus.MIGRATION_FAILED) {
            status = TenantStatus.ACTIVE;
        }
    }

    Tenant toTenant() {
        return new Tenant(
                id(),
                slug,
                name,
                schemaName,
                plan.code(),
                plan.name(),
                plan.plugins(),
                ZoneId.of(timeZone),
                primaryColor,
                logoFile,
                welcomeText,
                language == null ? null : Locale.forLanguageTag(language));
    }
}
