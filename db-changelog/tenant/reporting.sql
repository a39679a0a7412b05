--liquibase formatted sql

--changeset lyceum:reporting-indexes
-- The reports' time series filter activity by time (enrollments per period, active learners per
-- week, quiz scores of a period): without these, each chart scans its whole table.
create index enrollment_enrolled_at_idx on enrollment (enrolled_at);
create index module_completion_completed_at_idx on module_completion (completed_at);
create index quiz_attempt_submitted_at_idx on quiz_attempt (submitted_at);
