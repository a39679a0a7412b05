package io.lyceum.quiz;

import io.lyceum.identity.Role;
import io.lyceum.plugin.InstallContext;
import io.lyceum.plugin.LyceumPlugin;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Quizzes: the organization's question bank, quiz modules in courses, GIFT import. */
@Component
class QuizPlugin implements LyceumPlugin {

    static final String ID = "quizzes";
    static final String EDIT = "quizzes.edit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Quizzes";
    }

    @Override
    public String description() {
        return "A question bank with five question types, quiz modules in courses and import from Moodle's GIFT.";
    }

    @Override
    public Set<String> permissions() {
        return Set.of(EDIT);
    }

    @Override
    public void onInstall(InstallContext context) {
        context.grant(Role.ADMIN, EDIT);
        context.grant(Role.INSTRUCTOR, EDIT);
    }

    @Override
    public List<String> publishedEvents() {
        return List.of("quiz.attempted");
    }
}
