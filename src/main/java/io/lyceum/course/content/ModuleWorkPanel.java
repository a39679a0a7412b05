package io.lyceum.course.content;

import com.vaadin.flow.component.Component;
import io.lyceum.course.ModuleKind;

/**
 * The learner's own work below a module's content, from the module that owns that kind of work (the
 * assignment's submission panel from grading), so that the course player shows it without depending
 * on that module. A bean per kind; the player asks the one whose {@link #kind()} is the module's.
 */
public interface ModuleWorkPanel {

    /** The kind of module this panel is for. */
    ModuleKind kind();

    /**
     * The panel for the signed-in learner in a module of a course they are enrolled in. Such a module
     * completes by its work, never by the player's "mark as done".
     */
    Component panel(long courseId, long moduleId);
}
