package io.lyceum.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the daily reminder sweep (notification's) reads: people whose required course is due within
 * a number of days or overdue, each person and course once. The sweep runs without a signed-in
 * person, for the organization bound to its thread, inside its own transaction.
 */
@Component
public class TrainingReminders {

    private final RequiredTrainings trainings;

    TrainingReminders(RequiredTrainings trainings) {
        this.trainings = trainings;
    }

    /**
     * Writes down who joined an audience since the last sweep (the start of their "due after N
     * days"), then lists those not done whose due date is at most {@code withinDays} away or past,
     * by person and course.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PersonStatus> due(LocalDate today, int withinDays, Instant now) {
        trainings.noteAssigned(null, now);
        return trainings.dueBy(today, today.plusDays(withinDays));
    }
}
