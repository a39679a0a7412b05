--liquibase formatted sql

--changeset lyceum:plans
-- Plans are data: staff edit prices and limits without a release. NULL limit = unlimited.
insert into platform.plan (code, name, monthly_price_cents, max_courses, max_students, max_instructors,
                           video_minutes, emails_per_month, sort_order)
values ('FREE', 'Free', 0, 3, 50, 1, 60, 500, 1),
       ('STARTER', 'Starter', 2900, 20, 500, 5, 1000, 5000, 2),
       ('PRO', 'Pro', 9900, 100, 2500, 25, 10000, 50000, 3),
       ('ENTERPRISE', 'Enterprise', 49900, null, null, null, null, null, 4);

insert into platform.plan_plugin (plan_code, plugin_id)
values ('FREE', 'courses'), ('FREE', 'quizzes'),
       ('STARTER', 'courses'), ('STARTER', 'quizzes'), ('STARTER', 'certificates'), ('STARTER', 'notifications'),
       ('PRO', 'courses'), ('PRO', 'quizzes'), ('PRO', 'certificates'), ('PRO', 'notifications'),
       ('PRO', 'assignments'), ('PRO', 'cohorts'), ('PRO', 'reports'),
       ('ENTERPRISE', 'courses'), ('ENTERPRISE', 'quizzes'), ('ENTERPRISE', 'certificates'),
       ('ENTERPRISE', 'notifications'), ('ENTERPRISE', 'assignments'), ('ENTERPRISE', 'cohorts'),
       ('ENTERPRISE', 'reports');
