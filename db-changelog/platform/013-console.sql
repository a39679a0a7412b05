--liquibase formatted sql

--changeset lyceum:console-organization-stats
--comment: What the staff console shows of each organization without opening its schema: figures a background job counts in the organization's own schema (acting as Lyceum) and the schema's size from the catalog, as of refreshed_at.
create table platform.organization_stats (
    organization_id   bigint      primary key references platform.organization (id) on delete cascade,
    users             integer     not null default 0,
    courses           integer     not null default 0,
    storage_bytes     bigint      not null default 0,
    schema_bytes      bigint      not null default 0,
    last_activity_at  timestamptz,
    events_incomplete integer     not null default 0,
    events_failed     integer     not null default 0,
    refreshed_at      timestamptz not null,
    refresh_error     text
);
create index organization_stats_schema_bytes on platform.organization_stats (schema_bytes desc);

--changeset lyceum:console-migration-version
--comment: The latest changeset of the tenant changelog applied to an organization's schema (its migration version), recorded by each migration run in the ledger and on the organization.
alter table platform.organization add column migration_version varchar(255);
alter table platform.organization add column migration_changesets integer;
alter table platform.tenant_migration add column version varchar(255);
alter table platform.tenant_migration add column changesets integer;
