package io.lyceum.grading.ui;

import com.vaadin.flow.component.Component;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.content.ModuleWorkPanel;
import io.lyceum.grading.Submissions;

/** The course player's panel for an assignment module: the learner's {@link SubmissionPanel}. */
@org.springframework.stereotype.Component
class SubmissionWorkPanel implements ModuleWorkPanel {

    private final Submissions submissions;

    SubmissionWorkPanel(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public ModuleKind kind() {
        return ModuleKind.ASSIGNMENT;
    }

    @Override
    public Component panel(long courseId, long moduleId) {
        return new SubmissionPanel(submissions, courseId, moduleId);
    }
}
