package io.lyceum.grading;

import io.lyceum.course.ModuleAdded;
import io.lyceum.course.ModuleKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every assignment module has its settings row, made with the module (defaults) or copied with it. */
@Component
class AssignmentModules {

    private final AssignmentRepository assignments;
    private final RubricRepository rubrics;

    AssignmentModules(AssignmentRepository assignments, RubricRepository rubrics) {
        this.assignments = assignments;
        this.rubrics = rubrics;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ModuleAdded event) {
        if (event.kind() != ModuleKind.ASSIGNMENT) {
            return;
        }
        var assignment = new Assignment(event.moduleId(), event.courseId());
        if (event.copiedFrom() != null) {
            assignments.findByModuleId(event.copiedFrom()).ifPresent(source -> {
                AssignmentForm settings = source.form();
                Long rubricCopy = source.rubricId() == null
                        ? null
                        : rubrics.findById(source.rubricId())
                                .map(rubric -> rubricIn(event.courseId(), rubric))
                                .orElse(null);
                assignment.apply(withRubric(settings, rubricCopy));
            });
        }
        assignments.save(assignment);
    }

    /**
     * The course's copy of a rubric: made by the first assignment that uses it, found again by the
     * others (a course being duplicated has no rubrics but the copies, so title and spec identify one).
     */
    private long rubricIn(long courseId, Rubric source) {
        return rubrics.findFirstByCourseIdAndTitleAndSpec(courseId, source.title(), source.specJson())
                .orElseGet(() -> rubrics.save(source.copyTo(courseId)))
                .id();
    }

    private static AssignmentForm withRubric(AssignmentForm form, @Nullable Long rubricId) {
        return new AssignmentForm(
                form.acceptsText(),
                form.acceptsFile(),
                form.fileTypes(),
                form.maxFileMb(),
                form.dueAt(),
                form.points(),
                form.passingPercent(),
                rubricId,
                form.latePolicy(),
                form.latePenaltyPerDay(),
                form.groupWork(),
                form.resubmissions(),
                form.completesOnSubmission(),
                form.anonymous());
    }
}
