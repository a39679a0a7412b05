package io.lyceum.course.content;

import com.vaadin.flow.component.Component;
import io.lyceum.course.ModuleKind;

/**
 * The settings of a module kind that another module owns (an assignment's, by grading): the course
 * builder shows {@link #editor} under the module's common fields, so that the course module needs no
 * dependency on the owner. Implementations are Spring beans; the component they return saves itself.
 */
public interface ModuleSettingsEditor {

    /** The kind of module whose settings this edits. */
    ModuleKind kind();

    /** A new editor of one module's settings, for the current UI. */
    Component editor(long courseId, long moduleId);
}
