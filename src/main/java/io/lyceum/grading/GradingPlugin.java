package io.lyceum.grading;

import io.lyceum.identity.Role;
import io.lyceum.plugin.InstallContext;
import io.lyceum.plugin.LyceumPlugin;
import io.lyceum.plugin.NavEntry;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Assignments and grading: assignment modules, the grading view and the gradebook. */
@Component
public class GradingPlugin implements LyceumPlugin {

    public static final String ID = "grading";
    static final String GRADE = "grading.grade";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Assignments & grading";
    }

    @Override
    public String description() {
        return "Assignment modules with rubrics and late policies, a grading view with keyboard shortcuts,"
                + " a weighted gradebook with the history of every grade, due dates per cohort and extensions.";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Grades", "/learn/grades", "CLIPBOARD_CHECK", Set.of(Role.STUDENT)));
    }

    @Override
    public Set<String> permissions() {
        return Set.of(GRADE);
    }

    @Override
    public void onInstall(InstallContext context) {
        context.grant(Role.ADMIN, GRADE);
        context.grant(Role.INSTRUCTOR, GRADE);
    }

    @Override
    public List<String> publishedEvents() {
        return List.of("submission.created", "grade.released");
    }

    @Override
    public List<String> listenedEvents() {
        return List.of("answer.reviewed");
    }
}
