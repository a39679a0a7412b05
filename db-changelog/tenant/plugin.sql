--liquibase formatted sql

--changeset lyceum:plugin-installation
create table installed_plugin (
    plugin_id    varchar(40) primary key,
    installed_at timestamptz not null default now()
);

-- Permissions a plugin grants to roles when installed (seed 004's ctx.access.grant).
create table role_permission (
    role       varchar(20) not null,
    permission varchar(80) not null,
    plugin_id  varchar(40) not null,
    primary key (role, permission)
);
