package io.lyceum.grading;

import io.lyceum.course.ModuleAdded;
import io.lyceum.course.ModuleKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every assignment module has its settings row, made with the module (defaults) or copied with it. */
@Component
class AssignmentModules {

    private final AssignmentRepository assignments;

    AssignmentModules(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ModuleAdded event) {
        if (event.kind() != ModuleKind.ASSIGNMENT) {
            return;
        }
        // Copying a course's settings (and its rubrics) is filled in by the assignments work.
        assignments.save(new Assignment(event.moduleId(), event.courseId()));
    }
}
