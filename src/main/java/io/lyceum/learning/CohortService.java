package io.lyceum.learning;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.identity.UserService;
import io.lyceum.identity.UserSummary;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Cohorts and project groups of a course, as its instructors and admins manage them: cohorts with
 * their start date, schedule and members (enrollments), and groups of learners. Anyone else, and any
 * id of another course or organization, is not found. Every change is audited as
 * {@value #COHORT_CHANGED}.
 */
@Service
@Validated
public class CohortService {

    static final String COHORT_CHANGED = "cohort.changed";

    /** A cohort as its course's instructors see it. */
    public record CohortRow(
            long id,
            long courseId,
            String name,
            @Nullable LocalDate startsOn,
            String schedule,
            long members,
            long version) {}

    /** A learner of the course, with the cohort and group they are in (none: null). */
    public record CohortMember(
            long enrollmentId,
            long userId,
            String name,
            String email,
            @Nullable Long cohortId,
            @Nullable String cohortName) {}

    /** A project group and its members. */
    public record GroupRow(long id, String name, List<CohortMember> members) {}

    /** The signed-in learner's cohort in a course, its schedule rendered as sanitized HTML. */
    public record MyCohort(String name, @Nullable LocalDate startsOn, String scheduleHtml) {}

    private final CohortRepository cohorts;
    private final LearnerGroupRepository groups;
    private final EnrollmentRepository enrollments;
    private final CourseService courses;
    private final UserService users;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    CohortService(
            CohortRepository cohorts,
            LearnerGroupRepository groups,
            EnrollmentRepository enrollments,
            CourseService courses,
            UserService users,
            CurrentUser currentUser,
            EntityManager entityManager,
            AuditLog audit,
            Clock clock) {
        this.cohorts = cohorts;
        this.groups = groups;
        this.enrollments = enrollments;
        this.courses = courses;
        this.users = users;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- cohorts

    /** The course's cohorts by name, with their members (withdrawn learners not counted). */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<CohortRow> list(long courseId) {
        courses.details(courseId); // the course's instructors and admins; anyone else: not found
        return cohorts.withMembers(courseId, EnrollmentStatus.WITHDRAWN).stream()
                .map(row -> row((Cohort) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    @TeachersOnly
    public CohortRow cohort(long cohortId) {
        Cohort cohort = editable(cohortId);
        return row(cohort, memberCount(cohort));
    }

    @Transactional
    @TeachersOnly
    public CohortRow create(long courseId, @Valid CohortForm form) {
        courses.details(courseId);
        String name = form.name().strip();
        if (cohorts.findByCourseIdAndName(courseId, name).isPresent()) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.name.taken", name));
        }
        var cohort = new Cohort(courseId, name, clock.instant());
        cohort.startsOn(form.startsOn());
        cohort.schedule(form.schedule());
        cohorts.saveAndFlush(cohort);
        audit.record(COHORT_CHANGED, target(cohort), "created");
        return row(cohort, 0);
    }

    /** Changes name, start date and schedule; refused when someone else changed the cohort meanwhile. */
    @Transactional
    @TeachersOnly
    public CohortRow update(long cohortId, long expectedVersion, @Valid CohortForm form) {
        Cohort cohort = editable(cohortId);
        if (cohort.version() != expectedVersion) {
            throw new CohortException("", ConstraintMessages.get("cohorts.conflict"));
        }
        String name = form.name().strip();
        if (cohorts.existsByCourseIdAndNameAndIdNot(cohort.courseId(), name, cohortId)) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.name.taken", name));
        }
        cohort.name(name);
        cohort.startsOn(form.startsOn());
        cohort.schedule(form.schedule());
        cohorts.saveAndFlush(cohort);
        audit.record(COHORT_CHANGED, target(cohort), "edited");
        return row(cohort, memberCount(cohort));
    }

    /** Deletes a cohort; its members stay enrolled, in no cohort. */
    @Transactional
    @TeachersOnly
    public void delete(long cohortId) {
        Cohort cohort = editable(cohortId);
        for (Enrollment enrollment : enrollments.findByCohortId(cohortId)) {
            enrollment.cohortId(null);
        }
        audit.record(COHORT_CHANGED, target(cohort), "deleted");
        cohorts.delete(cohort);
    }

    /** A cohort's members by name, a page at a time. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public Page<CohortMember> members(long cohortId, Pageable pageable) {
        Cohort cohort = editable(cohortId);
        var page = enrollments.findByCohortIdAndStatusNot(cohortId, EnrollmentStatus.WITHDRAWN, pageable);
        return members(page, Map.of(cohort.id(), cohort.name()));
    }

    /** The course's learners (any cohort or none) a page at a time, to add to a cohort or a group. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public Page<CohortMember> learners(long courseId, Pageable pageable) {
        courses.details(courseId);
        var page = enrollments.findByCourseIdAndStatusNot(courseId, EnrollmentStatus.WITHDRAWN, pageable);
        var ids =
                page.stream().map(Enrollment::cohortId).filter(id -> id != null).collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty()
                ? Map.of()
                : cohorts.findByIdIn(ids).stream().collect(Collectors.toMap(Cohort::id, Cohort::name));
        return members(page, names);
    }

    /** Puts these enrollments of the cohort's course in the cohort, moving them from any other. */
    @Transactional
    @TeachersOnly
    public void addMembers(long cohortId, Collection<Long> enrollmentIds) {
        Cohort cohort = editable(cohortId);
        var moved = enrollments.findByCourseIdAndIdIn(cohort.courseId(), enrollmentIds);
        if (moved.size() != Set.copyOf(enrollmentIds).size()) {
            throw new CohortNotFoundException(cohortId);
        }
        for (Enrollment enrollment : moved) {
            enrollment.cohortId(cohortId);
        }
        audit.record(COHORT_CHANGED, target(cohort), "members added: " + moved.size());
    }

    /** Takes an enrollment out of its cohort; the learner stays enrolled. */
    @Transactional
    @TeachersOnly
    public void removeMember(long cohortId, long enrollmentId) {
        Cohort cohort = editable(cohortId);
        var enrollment = enrollments
                .findById(enrollmentId)
                .filter(e -> e.cohortId() != null && e.cohortId() == cohortId)
                .orElseThrow(() -> new CohortNotFoundException(enrollmentId));
        enrollment.cohortId(null);
        audit.record(COHORT_CHANGED, target(cohort), "member removed: user " + enrollment.userId());
    }

    /** The signed-in learner's cohort in the course, if they are in one: for the course page. */
    @Transactional(readOnly = true)
    public Optional<MyCohort> mine(long courseId) {
        return currentUser
                .get()
                .flatMap(user -> enrollments.findByUserIdAndCourseId(user.id(), courseId))
                .filter(enrollment -> enrollment.status() != EnrollmentStatus.WITHDRAWN)
                .map(Enrollment::cohortId)
                .flatMap(cohorts::findById)
                .map(cohort -> new MyCohort(cohort.name(), cohort.startsOn(), SafeMarkdown.toHtml(cohort.schedule())));
    }

    // ---- project groups

    /** The course's project groups by name, with their members. */
    @Transactional(readOnly = true)
    @TeachersOnly
    public List<GroupRow> groups(long courseId) {
        courses.details(courseId);
        var all = groups.findByCourseIdOrderByName(courseId);
        var members = new HashMap<Long, List<Long>>();
        if (!all.isEmpty()) {
            List<?> rows = entityManager
                    .createNativeQuery("""
                            select m.group_id, m.enrollment_id from learner_group_member m
                            join enrollment e on e.id = m.enrollment_id
                            where m.group_id in (?1) and e.status <> 'WITHDRAWN'""")
                    .setParameter(1, all.stream().map(LearnerGroup::id).toList())
                    .getResultList();
            for (Object row : rows) {
                Object[] values = (Object[]) row;
                members.computeIfAbsent(((Number) values[0]).longValue(), id -> new ArrayList<>())
                        .add(((Number) values[1]).longValue());
            }
        }
        var enrollmentIds = members.values().stream().flatMap(List::stream).toList();
        var learners = enrollmentIds.isEmpty()
                ? Map.<Long, CohortMember>of()
                : members(enrollments.findByCourseIdAndIdIn(courseId, enrollmentIds), Map.of()).stream()
                        .collect(Collectors.toMap(CohortMember::enrollmentId, Function.identity()));
        return all.stream()
                .map(group -> new GroupRow(
                        group.id(),
                        group.name(),
                        members.getOrDefault(group.id(), List.of()).stream()
                                .map(learners::get)
                                .filter(member -> member != null)
                                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                                .toList()))
                .toList();
    }

    @Transactional
    @TeachersOnly
    public long createGroup(long courseId, String name) {
        courses.details(courseId);
        String stripped = groupName(name);
        if (groups.existsByCourseIdAndName(courseId, stripped)) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.group.name.taken", stripped));
        }
        var group = groups.saveAndFlush(new LearnerGroup(courseId, stripped, clock.instant()));
        audit.record(COHORT_CHANGED, "group:" + group.id(), "group created: " + stripped);
        return group.id();
    }

    @Transactional
    @TeachersOnly
    public void renameGroup(long groupId, String name) {
        LearnerGroup group = editableGroup(groupId);
        String stripped = groupName(name);
        if (groups.existsByCourseIdAndNameAndIdNot(group.courseId(), stripped, groupId)) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.group.name.taken", stripped));
        }
        group.name(stripped);
        audit.record(COHORT_CHANGED, "group:" + groupId, "group renamed: " + stripped);
    }

    @Transactional
    @TeachersOnly
    public void deleteGroup(long groupId) {
        LearnerGroup group = editableGroup(groupId);
        audit.record(COHORT_CHANGED, "group:" + groupId, "group deleted: " + group.name());
        groups.delete(group);
    }

    /**
     * The group's members become exactly these enrollments of its course; a learner in another group
     * of the course leaves it (a learner is in at most one group per course).
     */
    @Transactional
    @TeachersOnly
    public void setGroupMembers(long groupId, Collection<Long> enrollmentIds) {
        LearnerGroup group = editableGroup(groupId);
        var ids = Set.copyOf(enrollmentIds);
        if (enrollments.findByCourseIdAndIdIn(group.courseId(), ids).size() != ids.size()) {
            throw new CohortNotFoundException(groupId);
        }
        entityManager
                .createNativeQuery("delete from learner_group_member where group_id = ?1")
                .setParameter(1, groupId)
                .executeUpdate();
        if (!ids.isEmpty()) {
            entityManager
                    .createNativeQuery("delete from learner_group_member where enrollment_id in (?1)")
                    .setParameter(1, ids)
                    .executeUpdate();
            for (Long enrollmentId : ids) {
                entityManager
                        .createNativeQuery("insert into learner_group_member (group_id, enrollment_id) values (?1, ?2)")
                        .setParameter(1, groupId)
                        .setParameter(2, enrollmentId)
                        .executeUpdate();
            }
        }
        audit.record(COHORT_CHANGED, "group:" + groupId, "group members set: " + ids.size());
    }

    // ----

    private Cohort editable(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
        courses.details(cohort.courseId());
        return cohort;
    }

    private LearnerGroup editableGroup(long groupId) {
        LearnerGroup group = groups.findById(groupId).orElseThrow(() -> new CohortNotFoundException(groupId));
        courses.details(group.courseId());
        return group;
    }

    private static String groupName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.name.required"));
        }
        if (stripped.length() > Cohort.NAME_MAX_LENGTH) {
            throw new CohortException("name", ConstraintMessages.get("cohorts.name.too-long"));
        }
        return stripped;
    }

    private long memberCount(Cohort cohort) {
        return cohorts.withMembers(cohort.courseId(), EnrollmentStatus.WITHDRAWN).stream()
                .filter(row -> ((Cohort) row[0]).id() == cohort.id())
                .mapToLong(row -> ((Number) row[1]).longValue())
                .findFirst()
                .orElse(0);
    }

    private List<CohortMember> members(List<Enrollment> list, Map<Long, String> cohortNames) {
        Map<Long, UserSummary> byId = users
                .byIds(list.stream().map(Enrollment::userId).toList())
                .stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
        return list.stream().map(e -> member(e, byId, cohortNames)).toList();
    }

    private Page<CohortMember> members(Page<Enrollment> page, Map<Long, String> cohortNames) {
        Map<Long, UserSummary> byId = users.byIds(page.map(Enrollment::userId).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
        return page.map(e -> member(e, byId, cohortNames));
    }

    private static CohortMember member(Enrollment e, Map<Long, UserSummary> users, Map<Long, String> cohortNames) {
        var user = users.get(e.userId());
        return new CohortMember(
                e.id(),
                e.userId(),
                user == null ? "?" : user.displayName(),
                user == null ? "" : user.email(),
                e.cohortId(),
                e.cohortId() == null ? null : cohortNames.get(e.cohortId()));
    }

    private static CohortRow row(Cohort cohort, long members) {
        return new CohortRow(
                cohort.id(),
                cohort.courseId(),
                cohort.name(),
                cohort.startsOn(),
                cohort.schedule(),
                members,
                cohort.version());
    }

    private static String target(Cohort cohort) {
        return "cohort:" + cohort.id() + " " + cohort.name();
    }
}
