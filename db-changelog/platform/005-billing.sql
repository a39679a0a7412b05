--liquibase formatted sql

--changeset lyceum:plan-billing
--comment: Yearly prices and the Stripe prices a plan is sold at; retired plans stay for the organizations on them.
alter table platform.plan add column yearly_price_cents integer not null default 0;
alter table platform.plan add column stripe_monthly_price varchar(255) unique;
alter table platform.plan add column stripe_yearly_price varchar(255) unique;
alter table platform.plan add column retired boolean not null default false;
-- Two months free on a yearly plan.
update platform.plan set yearly_price_cents = monthly_price_cents * 10;

--changeset lyceum:stripe-billing
--comment: What Stripe says an organization pays, and every webhook event Stripe delivered (each handled once).
create table platform.billing_account (
    organization_id      bigint primary key references platform.organization (id) on delete cascade,
    stripe_customer      varchar(255) not null unique,
    stripe_subscription  varchar(255) unique,
    status               varchar(32),
    plan_code            varchar(32) references platform.plan (code),
    billing_interval     varchar(8),
    amount_cents         integer     not null default 0,
    current_period_end   timestamptz,
    cancel_at_period_end boolean     not null default false,
    past_due_since       timestamptz,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);

create table platform.stripe_event (
    id              varchar(255) primary key,
    type            varchar(128) not null,
    organization_id bigint references platform.organization (id) on delete set null,
    received_at     timestamptz  not null,
    handled_at      timestamptz,
    outcome         varchar(32)  not null,
    detail          text,
    payload         text         not null
);
create index stripe_event_org_idx on platform.stripe_event (organization_id, received_at desc);
