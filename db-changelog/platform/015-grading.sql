--liquibase formatted sql

--changeset lyceum:plan-plugin-grading
-- The plans' "assignments" plugin is the grading plugin (assignments, grading view, gradebook).
update platform.plan_plugin set plugin_id = 'grading' where plugin_id = 'assignments';
