--liquibase formatted sql

--changeset lyceum:plan-sender-domain
--comment: Whether an organization on the plan may send from its own domain (DKIM, SPF): paid plans may, Free may not.
alter table platform.plan add column own_sender_domain boolean not null default false;
update platform.plan set own_sender_domain = true where code in ('STARTER', 'PRO', 'ENTERPRISE');
