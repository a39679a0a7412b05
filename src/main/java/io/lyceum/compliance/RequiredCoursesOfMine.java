package io.lyceum.compliance;

import io.lyceum.identity.CurrentUser;
import io.lyceum.learning.RequiredCourses;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's required courses, for learning's pages (My learning, the course page). */
@Component
class RequiredCoursesOfMine implements RequiredCourses {

    private final RequiredTrainings trainings;
    private final CurrentUser currentUser;

    RequiredCoursesOfMine(RequiredTrainings trainings, CurrentUser currentUser) {
        this.trainings = trainings;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Requirement> mine(Collection<Long> courseIds) {
        var user = currentUser.get();
        if (user.isEmpty() || courseIds.isEmpty()) {
            return Map.of();
        }
        return trainings.of(user.get().id(), List.copyOf(courseIds), trainings.today()).stream()
                .map(RequiredCoursesOfMine::requirement)
                .collect(Collectors.toMap(Requirement::courseId, Function.identity()));
    }

    static Requirement requirement(PersonStatus status) {
        Standing standing = switch (status.status()) {
            case DONE -> Standing.DONE;
            case OVERDUE -> Standing.OVERDUE;
            default -> Standing.DUE;
        };
        return new Requirement(status.courseId(), standing, status.dueOn(), status.days());
    }
}
