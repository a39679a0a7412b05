package io.lyceum.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.content.ModuleWorkPanel;
import io.lyceum.grading.GradingPlugin;
import io.lyceum.grading.Submissions;
import io.lyceum.plugin.PluginService;

/** The course player's panel for an assignment module: the learner's {@link SubmissionPanel}. */
@org.springframework.stereotype.Component
class SubmissionWorkPanel implements ModuleWorkPanel {

    private final Submissions submissions;
    private final PluginService plugins;

    SubmissionWorkPanel(Submissions submissions, PluginService plugins) {
        this.submissions = submissions;
        this.plugins = plugins;
    }

    @Override
    public ModuleKind kind() {
        return ModuleKind.ASSIGNMENT;
    }

    @Override
    public Component panel(long courseId, long moduleId) {
        if (!plugins.isActive(GradingPlugin.ID)) {
            // The plan no longer has grading: the instructions stay readable, nothing can be handed in.
            var off = new Paragraph(ConstraintMessages.get("submission.plugin-off"));
            off.addClassName("submission-off");
            return off;
        }
        return new SubmissionPanel(submissions, courseId, moduleId);
    }
}
