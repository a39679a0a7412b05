--liquibase formatted sql

--changeset lyceum:notification-reminders
-- Reminders already sent, so that each goes once per period whatever the number of nodes or runs:
-- an unfinished course once per stretch of inactivity (period = the last activity), an expiring
-- certificate once per expiry date (period = expires_on). The row is written in the transaction
-- that queues the mail.
create table notification_reminder (
    kind       varchar(30)  not null,
    subject_id bigint       not null,
    period     varchar(40)  not null,
    sent_at    timestamptz  not null,
    primary key (kind, subject_id, period)
);
