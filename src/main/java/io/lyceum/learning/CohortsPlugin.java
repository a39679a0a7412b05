package io.lyceum.learning;

import io.lyceum.plugin.LyceumPlugin;
import java.util.List;
import org.springframework.stereotype.Component;

/** Cohorts and project groups of a course: its instructors manage them on the course's Cohorts page. */
@Component
class CohortsPlugin implements LyceumPlugin {

    static final String ID = "cohorts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Cohorts";
    }

    @Override
    public String description() {
        return "Cohorts per course with a start date, a schedule and members, and project groups of learners;"
                + " due dates per cohort and extensions come with assignments & grading.";
    }

    @Override
    public List<String> listenedEvents() {
        return List.of();
    }
}
