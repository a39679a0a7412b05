--liquibase formatted sql

--changeset lyceum:platform-event-publication
--comment: Spring Modulith's event publication registry, in the platform schema for events of no organization (a Stripe webhook, a plan change): an event is stored in the transaction of the change that caused it and marked complete once its listener succeeded.
create table platform.event_publication (
    id                     uuid         primary key,
    listener_id            text         not null,
    event_type             text         not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    int          not null default 0,
    last_resubmission_date timestamptz
);
-- Redelivery reads the incomplete ones; completed rows only age out.
create index platform_event_publication_incomplete on platform.event_publication (publication_date) where completion_date is null;
create index platform_event_publication_completed on platform.event_publication (completion_date) where completion_date is not null;
