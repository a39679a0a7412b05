package io.lyceum.grading.ui;

import com.vaadin.flow.component.Component;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.content.ModuleSettingsEditor;
import io.lyceum.grading.Assignments;
import io.lyceum.grading.Rubrics;
import org.springframework.stereotype.Service;

/** Grading's part of the course builder: an assignment module's settings, under its common fields. */
@Service
class AssignmentSettingsEditor implements ModuleSettingsEditor {

    private final Assignments assignments;
    private final Rubrics rubrics;

    AssignmentSettingsEditor(Assignments assignments, Rubrics rubrics) {
        this.assignments = assignments;
        this.rubrics = rubrics;
    }

    @Override
    public ModuleKind kind() {
        return ModuleKind.ASSIGNMENT;
    }

    @Override
    public Component editor(long courseId, long moduleId) {
        return new AssignmentSettingsForm(assignments, rubrics, courseId, moduleId);
    }
}
