--liquibase formatted sql

--changeset lyceum:data-rights-settings
--comment: How an anonymized or deleted member's issued certificates verify: under the name as issued (AS_ISSUED, the default without a row) or as "Deleted user N" (ANONYMIZED).
create table data_rights_settings (
    id                integer     primary key check (id = 1),
    certificate_names varchar(12) not null check (certificate_names in ('AS_ISSUED', 'ANONYMIZED')),
    updated_at        timestamptz not null
);
