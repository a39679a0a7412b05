package io.lyceum.grading;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleEdit;
import io.lyceum.identity.TeachersOnly;
import jakarta.validation.Valid;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of assignment modules, as the course builder edits them. Access is the course builder's
 * ({@link CourseService#module}): instructors of the course and admins; anyone else, and any module that
 * is no assignment, gets {@link AssignmentNotFoundException} or the course's not-found, both 404.
 */
@Service
@TeachersOnly
@Validated
public class Assignments {

    static final String CHANGED = "assignment.changed";

    private final AssignmentRepository assignments;
    private final CourseService courses;
    private final RubricRepository rubrics;
    private final AuditLog audit;

    Assignments(AssignmentRepository assignments, CourseService courses, RubricRepository rubrics, AuditLog audit) {
        this.assignments = assignments;
        this.courses = courses;
        this.rubrics = rubrics;
        this.audit = audit;
    }

    /** The settings of an assignment module. */
    @Transactional(readOnly = true)
    public AssignmentSettings settings(long moduleId) {
        ModuleEdit module = courses.module(moduleId);
        return settings(module, assignment(moduleId));
    }

    /**
     * Saves settings edited from {@code expectedVersion}: when someone saved meanwhile nothing is written
     * ({@link AssignmentConflictException}). The rubric must be one of the course's.
     */
    @Transactional
    public AssignmentSettings update(long moduleId, long expectedVersion, @Valid AssignmentForm form) {
        ModuleEdit module = courses.module(moduleId);
        courses.readOnlyReason(module.courseId()).ifPresent(reason -> {
            throw new InvalidAssignmentException("", reason);
        });
        Assignment assignment = assignment(moduleId);
        if (assignment.version() != expectedVersion) {
            throw conflict();
        }
        if (form.rubricId() != null && rubricOf(form.rubricId(), module.courseId()) == null) {
            throw new InvalidAssignmentException("rubricId", ConstraintMessages.get("assignment.rubric.unknown"));
        }
        AssignmentForm before = assignment.form();
        assignment.apply(form);
        try {
            assignments.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
        List<String> changed = changed(before, assignment.form());
        if (!changed.isEmpty()) {
            audit.record(CHANGED, module.form().title(), String.join(", ", changed));
        }
        return settings(module, assignment);
    }

    private Assignment assignment(long moduleId) {
        return assignments.findByModuleId(moduleId).orElseThrow(() -> new AssignmentNotFoundException(moduleId));
    }

    private AssignmentSettings settings(ModuleEdit module, Assignment assignment) {
        Rubric rubric = rubricOf(assignment.rubricId(), assignment.courseId());
        AssignmentForm form = assignment.form();
        return new AssignmentSettings(
                assignment.id(),
                assignment.moduleId(),
                assignment.courseId(),
                module.form().title(),
                form.acceptsText(),
                form.acceptsFile(),
                form.fileTypes(),
                form.maxFileMb(),
                form.dueAt(),
                form.points(),
                form.passingPercent(),
                rubric == null ? null : rubric.id(),
                rubric == null ? null : rubric.title(),
                form.latePolicy(),
                form.latePenaltyPerDay(),
                form.groupWork(),
                form.resubmissions(),
                form.completesOnSubmission(),
                form.anonymous(),
                assignment.version());
    }

    /** The rubric, if it is one of the course's. */
    private @Nullable Rubric rubricOf(@Nullable Long rubricId, long courseId) {
        return rubricId == null
                ? null
                : rubrics.findById(rubricId)
                        .filter(rubric -> rubric.courseId() == courseId)
                        .orElse(null);
    }

    private static AssignmentConflictException conflict() {
        return new AssignmentConflictException(ConstraintMessages.get("assignment.conflict"));
    }

    /** The names of the settings that differ, for the audit trail ("points, dueAt"). */
    private static List<String> changed(AssignmentForm before, AssignmentForm after) {
        var names = new ArrayList<String>();
        for (RecordComponent component : AssignmentForm.class.getRecordComponents()) {
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b
                        ? a.compareTo(b) == 0
                        : Objects.equals(old, now);
                if (!same) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
