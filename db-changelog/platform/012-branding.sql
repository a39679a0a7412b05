--liquibase formatted sql

--changeset lyceum:platform-branding
--comment: The admin's branding page: the logo (a file in the organization's own store, served on its host), the
--comment: welcome text of its login page and the language of members who chose none (NULL: the browser's).
alter table platform.organization add column logo_file uuid;
alter table platform.organization add column welcome_text varchar(500);
alter table platform.organization add column language varchar(8);

