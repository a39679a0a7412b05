--liquibase formatted sql

--changeset lyceum:certificate-index
-- Public verification starts on the base domain with only a code: this says whose schema holds it.
create table platform.certificate_index (
    code       varchar(40) primary key,
    org_slug   varchar(40) not null,
    created_at timestamptz not null
);
