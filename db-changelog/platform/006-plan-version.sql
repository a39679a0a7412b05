--liquibase formatted sql

--changeset lyceum:plan-version
--comment: Staff edit plans in the console: a version per plan, so that a save made on stale data is refused.
alter table platform.plan add column version bigint not null default 0;
