--liquibase formatted sql

--changeset lyceum:plan-storage
--comment: What an organization may store in files (images, logos), in MB; NULL = unlimited.
alter table platform.plan add column storage_mb integer;
update platform.plan set storage_mb = 500 where code = 'FREE';
update platform.plan set storage_mb = 5000 where code = 'STARTER';
update platform.plan set storage_mb = 50000 where code = 'PRO';
