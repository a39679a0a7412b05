--liquibase formatted sql

--changeset lyceum:people-last-sign-in-and-cohort
-- When the member last signed in (null: never), for the People page's filter; and the cohort an
-- admin filed them in by a people import (a label of the organization's own, like "Autumn 2026"),
-- for members who may have no enrollment that carries a cohort. Deactivation is app_user.enabled.
alter table app_user add column last_signed_in_at timestamptz;
alter table app_user add column cohort varchar(60);
create index app_user_cohort_idx on app_user (cohort);
create index app_user_last_signed_in_idx on app_user (last_signed_in_at);
