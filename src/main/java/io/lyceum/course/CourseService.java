package io.lyceum.course;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.base.validation.PlainText;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.platform.PlanAction;
import io.lyceum.platform.PlanDecision;
import io.lyceum.platform.PlanPolicy;
import io.lyceum.quiz.QuizService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The course builder's operations. Instructors reach only the courses they teach, admins all; any
 * other id answers {@link CourseNotFoundException}, exactly like an id that does not exist.
 */
@Service
@TeachersOnly
@Validated
public class CourseService {

    private final CourseRepository courses;
    private final CourseSectionRepository sections;
    private final CourseModuleRepository modules;
    private final OutlineWriter outlineWriter;
    private final PlanPolicy planPolicy;
    private final CurrentUser currentUser;
    private final ObjectProvider<CourseEnrollments> enrollments;
    private final QuizService quizzes;
    private final CourseAccess access;
    private final OutlineReader reader;
    private final CourseFiles courseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The audit action of deleting a course (archiving keeps it, and is no deletion). */
    static final String COURSE_DELETED = "course.deleted";

    private final AuditLog audit;

    CourseService(
            CourseRepository courses,
            CourseSectionRepository sections,
            CourseModuleRepository modules,
            OutlineWriter outlineWriter,
            PlanPolicy planPolicy,
            CurrentUser currentUser,
            ObjectProvider<CourseEnrollments> enrollments,
            QuizService quizzes,
            CourseAccess access,
            OutlineReader reader,
            CourseFiles courseFiles,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.courseFiles = courseFiles;
        this.courses = courses;
        this.sections = sections;
        this.modules = modules;
        this.outlineWriter = outlineWriter;
        this.planPolicy = planPolicy;
        this.currentUser = currentUser;
        this.enrollments = enrollments;
        this.quizzes = quizzes;
        this.access = access;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    // ---- courses

    @Transactional(readOnly = true)
    public Page<CourseSummary> list(String text, @Nullable CourseStatus status, Pageable pageable) {
        LyceumUser user = currentUser.require();
        Page<CourseSummary> found = courses.summaries(user.has(Role.ADMIN), user.id(), status, text.strip(), pageable);
        var places = access.placeInPlan(found.map(CourseSummary::id).toList());
        Page<CourseSummary> page =
                found.map(summary -> summary.withReadOnly(places.getOrDefault(summary.id(), Optional.empty())
                        .flatMap(PlanDecision::denial)
                        .orElse(null)));
        CourseEnrollments counter = enrollments.getIfAvailable();
        if (counter == null || page.isEmpty()) {
            return page;
        }
        var counts = counter.counts(page.map(CourseSummary::id).toList());
        return page.map(summary -> summary.withEnrolled(counts.getOrDefault(summary.id(), 0L)));
    }

    /** Whether a new course may be created, and if not the plan's reason: for the "New course" button. */
    public PlanDecision canCreate() {
        return planPolicy.check(PlanAction.CREATE_COURSE);
    }

    /**
     * Why the course is read-only, if it is: it is past the plan's course limit (after a move to a
     * smaller plan). The builder shows this and disables its controls; every change of the course is
     * refused with the same reason, while learners, archiving and deleting are unaffected.
     */
    @Transactional(readOnly = true)
    public Optional<String> readOnlyReason(long courseId) {
        editable(courseId);
        return access.placeInPlan(courseId).flatMap(PlanDecision::denial);
    }

    @Transactional
    public long create(@Valid CourseForm form) {
        planPolicy.reserve(PlanAction.CREATE_COURSE);
        Course course = courses.save(new Course(form, currentUser.require().id(), clock.instant()));
        courseFiles.refresh(course);
        return course.id();
    }

    @Transactional(readOnly = true)
    public CourseDetails details(long courseId) {
        return details(editable(courseId));
    }

    @Transactional
    public CourseDetails update(long courseId, long expectedVersion, @Valid CourseForm form) {
        Course course = writable(courseId);
        checkVersion(course, expectedVersion);
        course.apply(form, clock.instant());
        CourseDetails details = flushed(course);
        courseFiles.refresh(course);
        return details;
    }

    @Transactional
    public CourseDetails publish(long courseId) {
        Course course = writable(courseId);
        requirePlanToRestore(course);
        if (modules.countByCourseIdAndPublishedTrue(courseId) == 0) {
            throw new InvalidCourseException("", ConstraintMessages.get("course.publish.no-module"));
        }
        course.status(CourseStatus.PUBLISHED, clock.instant());
        return flushed(course);
    }

    @Transactional
    public CourseDetails unpublish(long courseId) {
        Course course = writable(courseId);
        requirePlanToRestore(course);
        course.status(CourseStatus.DRAFT, clock.instant());
        return flushed(course);
    }

    /** Open to read-only courses too: archiving one frees its place in the plan. */
    @Transactional
    public CourseDetails archive(long courseId) {
        Course course = editable(courseId);
        course.status(CourseStatus.ARCHIVED, clock.instant());
        return flushed(course);
    }

    /** Deletes a course that nobody is enrolled in; one with learners must be archived instead. */
    @Transactional
    public void delete(long courseId) {
        Course course = editable(courseId);
        CourseEnrollments counter = enrollments.getIfAvailable();
        if (counter != null && counter.anyEver(courseId)) {
            throw new InvalidCourseException("", ConstraintMessages.get("course.delete.has-learners"));
        }
        courses.delete(course);
        audit.record(COURSE_DELETED, course.title(), null);
    }

    /** A deep copy, as a draft owned by the person copying. */
    @Transactional
    public long duplicate(long courseId) {
        Course original = editable(courseId);
        planPolicy.reserve(PlanAction.CREATE_COURSE);
        String title = ConstraintMessages.get("course.copy.title", original.title());
        var copied = original.form();
        var form = new CourseForm(
                title.length() > Course.TITLE_MAX_LENGTH ? title.substring(0, Course.TITLE_MAX_LENGTH) : title,
                copied.description(),
                copied.category(),
                copied.estimatedMinutes(),
                copied.coverFile(),
                copied.selfEnrollment(),
                copied.certificateHours(),
                copied.certificateValidityMonths(),
                copied.learningOutcomes());
        Course copy = courses.save(new Course(form, currentUser.require().id(), clock.instant()));
        Map<Long, Long> sectionCopies = new HashMap<>();
        for (CourseSection section : sections.findByCourseIdOrderByPosition(courseId)) {
            sectionCopies.put(
                    section.id(),
                    sections.save(new CourseSection(copy.id(), section.title(), section.position()))
                            .id());
        }
        for (CourseModule module : modules.findByCourseIdOrderByPosition(courseId)) {
            CourseModule moduleCopy = modules.save(module.copyTo(
                    copy.id(), module.sectionId() == null ? null : sectionCopies.get(module.sectionId())));
            if (module.kind() == ModuleKind.QUIZ) {
                quizzes.copy(module.id(), moduleCopy.id());
            }
            events.publishEvent(new ModuleAdded(copy.id(), moduleCopy.id(), module.kind(), module.id()));
        }
        courseFiles.refresh(copy);
        return copy.id();
    }

    /** Admins choose who teaches a course besides its owner. */
    @Transactional
    @AdminsOnly
    public CourseDetails assignInstructors(long courseId, Set<Long> userIds) {
        Course course = writable(courseId);
        course.coInstructors(userIds, clock.instant());
        return flushed(course);
    }

    // ---- outline

    @Transactional(readOnly = true)
    public Outline outline(long courseId) {
        return reader.outline(editable(courseId));
    }

    /** Adds an empty section at the end of the outline. */
    @Transactional
    public long addSection(
            long courseId,
            @NotBlank(message = "{section.title.required}") @Size(max = Course.TITLE_MAX_LENGTH, message = "{text.too-long}") @PlainText
                    String title) {
        Course course = writable(courseId);
        long id = sections.save(new CourseSection(courseId, title, sections.maxPosition(courseId) + 1))
                .id();
        course.touch(clock.instant());
        return id;
    }

    /** Adds a module at the end of the outline (in the last section, if there is one). */
    @Transactional
    public long addModule(long courseId, @Valid ModuleForm form) {
        Course course = writable(courseId);
        requirePublishable(form);
        var all = sections.findByCourseIdOrderByPosition(courseId);
        Long section = all.isEmpty() ? null : all.getLast().id();
        long id = modules.save(new CourseModule(courseId, section, modules.maxPosition(courseId) + 1, form))
                .id();
        events.publishEvent(new ModuleAdded(courseId, id, form.kind(), null));
        course.touch(clock.instant());
        courseFiles.refresh(course);
        if (form.published() && form.required()) {
            modules.flush();
            events.publishEvent(new CourseOutlineChanged(courseId));
        }
        return id;
    }

    @Transactional(readOnly = true)
    public ModuleEdit module(long moduleId) {
        CourseModule module = editableModule(moduleId);
        return new ModuleEdit(module.id(), module.courseId(), module.version(), module.form());
    }

    /** Saves a module edited from {@code expectedVersion}; a concurrent edit is refused, not overwritten. */
    @Transactional
    public ModuleEdit updateModule(long moduleId, long expectedVersion, @Valid ModuleForm form) {
        requirePublishable(form);
        CourseModule module = writableModule(moduleId);
        if (module.version() != expectedVersion) {
            throw new CourseConflictException(ConstraintMessages.get("module.conflict"));
        }
        if (module.published() && !form.published()) {
            guardLastPublished(module);
        }
        requireQuestionsToPublish(module, form.published());
        boolean countsBefore = module.published() && module.required();
        module.apply(form);
        if (countsBefore != (module.published() && module.required())) {
            events.publishEvent(new CourseOutlineChanged(module.courseId()));
        }
        try {
            modules.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CourseConflictException(ConstraintMessages.get("module.conflict"));
        }
        courses.findById(module.courseId()).ifPresent(courseFiles::refresh);
        return new ModuleEdit(module.id(), module.courseId(), module.version(), module.form());
    }

    @Transactional
    public void setModulePublished(long moduleId, boolean published) {
        CourseModule module = writableModule(moduleId);
        if (published) {
            requirePublishable(module.form().withPublished(true));
            requireQuestionsToPublish(module, true);
        } else {
            guardLastPublished(module);
        }
        module.published(published);
        courses.findById(module.courseId()).ifPresent(courseFiles::refresh);
        events.publishEvent(new CourseOutlineChanged(module.courseId()));
    }

    @Transactional
    public void deleteModule(long moduleId) {
        CourseModule module = writableModule(moduleId);
        if (module.published()) {
            guardLastPublished(module);
        }
        modules.delete(module);
        modules.flush();
        courses.findById(module.courseId()).ifPresent(course -> {
            course.touch(clock.instant());
            courseFiles.refresh(course);
        });
        events.publishEvent(new CourseOutlineChanged(module.courseId()));
    }

    /** Removes a section heading; its modules stay where they are, under the section above it. */
    @Transactional
    public void deleteSection(long sectionId) {
        CourseSection section = sections.findById(sectionId).orElseThrow(() -> new CourseNotFoundException(sectionId));
        Course course = writable(section.courseId());
        Long above = null;
        for (CourseSection other : sections.findByCourseIdOrderByPosition(course.id())) {
            if (other.id() == sectionId) {
                break;
            }
            above = other.id();
        }
        for (CourseModule module : modules.findByCourseIdOrderByPosition(course.id())) {
            if (Long.valueOf(sectionId).equals(module.sectionId())) {
                module.section(above);
            }
        }
        sections.delete(section);
        course.touch(clock.instant());
    }

    /**
     * Stores a new order of the outline in one transaction. {@code expectedVersion} is the version
     * the editor showed; if the course changed since, nothing is written and the caller must reload.
     * Returns the course's new version.
     */
    @Transactional
    public long reorder(long courseId, long expectedVersion, List<OutlineItem.Ref> order) {
        Course course = writable(courseId);
        if (course.version() != expectedVersion) {
            throw conflict();
        }
        Set<OutlineItem.Ref> stored = new HashSet<>();
        sections.findByCourseIdOrderByPosition(courseId)
                .forEach(section -> stored.add(new OutlineItem.Ref(OutlineItem.Type.SECTION, section.id())));
        modules.findByCourseIdOrderByPosition(courseId)
                .forEach(module -> stored.add(new OutlineItem.Ref(OutlineItem.Type.MODULE, module.id())));
        if (order.size() != stored.size() || !stored.equals(new HashSet<>(order))) {
            throw conflict();
        }
        var sectionPlacements = new ArrayList<OutlineWriter.Placement>();
        var modulePlacements = new ArrayList<OutlineWriter.Placement>();
        Long currentSection = null;
        for (OutlineItem.Ref ref : order) {
            if (ref.type() == OutlineItem.Type.SECTION) {
                currentSection = ref.id();
                sectionPlacements.add(new OutlineWriter.Placement(ref.id(), sectionPlacements.size(), null));
            } else {
                modulePlacements.add(new OutlineWriter.Placement(ref.id(), modulePlacements.size(), currentSection));
            }
        }
        if (!outlineWriter.write(courseId, expectedVersion, sectionPlacements, modulePlacements)) {
            throw conflict();
        }
        return expectedVersion + 1;
    }

    /**
     * The course exactly as a student sees it (published modules only), for "preview as student":
     * reads only, so no enrollment or progress is created.
     */
    @Transactional(readOnly = true)
    public StudentCourse preview(long courseId) {
        return reader.studentView(editable(courseId));
    }

    private void requireQuestionsToPublish(CourseModule module, boolean published) {
        if (published
                && module.kind() == ModuleKind.QUIZ
                && quizzes.questions(module.id()).isEmpty()) {
            throw new InvalidCourseException("published", ConstraintMessages.get("quiz.publish.no-question"));
        }
    }

    // ---- helpers

    private static CourseConflictException conflict() {
        return new CourseConflictException(ConstraintMessages.get("course.outline.conflict"));
    }

    private Course editable(long courseId) {
        return access.editable(courseId);
    }

    private CourseModule editableModule(long moduleId) {
        return access.editableModule(moduleId);
    }

    /** A course to change: the plan must have room for it (see {@link #readOnlyReason}). */
    private Course writable(long courseId) {
        return access.writable(courseId);
    }

    private CourseModule writableModule(long moduleId) {
        return access.writableModule(moduleId);
    }

    /** An archived course does not count against the plan; bringing it back does. */
    private void requirePlanToRestore(Course course) {
        if (course.status() == CourseStatus.ARCHIVED) {
            planPolicy.reserve(PlanAction.CREATE_COURSE);
        }
    }

    private void guardLastPublished(CourseModule module) {
        Course course = editable(module.courseId());
        if (course.status() == CourseStatus.PUBLISHED && modules.countByCourseIdAndPublishedTrue(course.id()) <= 1) {
            throw new InvalidCourseException("published", ConstraintMessages.get("course.published.needs-module"));
        }
    }

    private static void checkVersion(Course course, long expectedVersion) {
        if (course.version() != expectedVersion) {
            throw new CourseConflictException(ConstraintMessages.get("course.conflict"));
        }
    }

    private CourseDetails flushed(Course course) {
        courses.flush();
        return details(course);
    }

    private static CourseDetails details(Course course) {
        return new CourseDetails(
                course.id(),
                course.form(),
                course.status(),
                course.ownerId(),
                course.coInstructors(),
                course.version());
    }

    /** What a module needs beyond a valid form before students see it. */
    private static void requirePublishable(ModuleForm form) {
        if (form.published()
                && form.kind() == ModuleKind.VIDEO
                && (form.videoUrl() == null || form.videoUrl().isBlank())) {
            throw new InvalidCourseException("videoUrl", ConstraintMessages.get("module.video.link-required"));
        }
    }
}
