package io.lyceum.compliance;

/**
 * Each assigned person's status, as one SQL common table expression {@code status} that the
 * queries of this module select from. Parameters: {@code :zone} (the organization's time zone, whose
 * calendar days count), {@code :today} and {@code :soon} (the last day that counts as "due soon").
 *
 * <p>A person is assigned while they are in the audience: every enabled member, those holding the
 * role, or those of the cohort (filed in it on the People page, or with a not withdrawn enrollment in
 * a cohort of that name, in any course). Due: the assignment's date, or N days after the person was assigned (first seen in the
 * audience, or the later of joining and the assignment's creation). Once completed (the enrollment's
 * completion or a valid certificate's), the course is done for good, or, when it recurs, due again
 * on the certificate's expiry, else N months after the completion.
 */
final class StatusSql {

    static final String STATUS = """
        with audience as (
            select t.id as training_id, t.course_id, u.id as user_id, u.display_name, u.email,
                   t.due_on, t.due_after_days, t.recurrence_months, p.refusal,
                   coalesce(p.assigned_at, greatest(u.created_at, t.created_at)) as assigned_at
              from required_training t
              join app_user u on u.enabled
              left join required_training_person p on p.training_id = t.id and p.user_id = u.id
             where t.audience = 'EVERYONE'
                or (t.audience = 'ROLE'
                    and exists (select 1 from user_role r where r.user_id = u.id and r.role = t.audience_value))
                or (t.audience = 'COHORT' and u.cohort = t.audience_value)
                or (t.audience = 'COHORT'
                    and exists (select 1 from enrollment c join cohort k on k.id = c.cohort_id
                                 where c.user_id = u.id and k.name = t.audience_value
                                   and c.status <> 'WITHDRAWN'))
        ),
        certs as (
            select c.user_id, c.course_id, max(c.completed_at) as completed_at, max(c.expires_on) as expires_on
              from certificate c
             where c.revoked_at is null and c.course_id in (select course_id from required_training)
             group by c.user_id, c.course_id
        ),
        facts as (
            select a.*, e.progress, greatest(e.completed_at, cert.completed_at) as last_completed,
                   cert.expires_on
              from audience a
              left join enrollment e
                     on e.user_id = a.user_id and e.course_id = a.course_id and e.status <> 'WITHDRAWN'
              left join certs cert on cert.user_id = a.user_id and cert.course_id = a.course_id
        ),
        dated as (
            select f.*,
                   case when f.last_completed is null
                             then coalesce(f.due_on, cast(f.assigned_at at time zone :zone as date) + f.due_after_days)
                        when f.recurrence_months is null then null
                        else coalesce(f.expires_on,
                                      cast(cast(f.last_completed at time zone :zone as date)
                                           + make_interval(months => f.recurrence_months) as date))
                   end as due
              from facts f
        ),
        status as (
            select d.*,
                   case when d.last_completed is not null and (d.due is null or d.due > :soon) then 'DONE'
                        when d.due < :today then 'OVERDUE'
                        when d.due <= :soon then 'DUE_SOON'
                        when coalesce(d.progress, 0) > 0 then 'IN_PROGRESS'
                        else 'NOT_STARTED'
                   end as status,
                   case when d.last_completed is not null and (d.due is null or d.due > :soon) then 4
                        when d.due < :today then 0
                        when d.due <= :soon then 1
                        else 2
                   end as urgency
              from dated d
        ),
        person as (
            select distinct on (s.user_id, s.course_id) s.*
              from status s
             order by s.user_id, s.course_id, s.urgency, s.due nulls last, s.training_id
        )
        """;

    private StatusSql() {}
}
