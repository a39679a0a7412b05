--liquibase formatted sql

--changeset lyceum:platform-branding
--comment: The admin's branding page: the logo (a file in the organization's own store, served on its host), the
--comment: welcome text of its login page and the language of members who chose none (NULL: the browser's).
alter table platform.organization add column logo_file uuid;
alter table platform.organization add column welcome_text varchar(500);
alter table platform.organization add column language varchar(8);

--changeset lyceum:platform-custom-domain-verification
--comment: A custom domain proves its owner by a TXT record holding this token; one domain per organization.
alter table platform.custom_domain add column challenge_token varchar(64) not null default '';
alter table platform.custom_domain add column verified_at timestamptz;
create unique index custom_domain_org_idx on platform.custom_domain (organization_id);
