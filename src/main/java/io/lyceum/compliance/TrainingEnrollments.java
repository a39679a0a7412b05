package io.lyceum.compliance;

import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.MemberJoined;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.platform.PlanLimitException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolls the people a course is required of, through learning's enrollment (so the plan's student
 * limit holds): all of an assignment's audience when an admin asks (after saving it), and a member
 * who joins into every assignment whose audience holds them. Each person is enrolled in a
 * transaction of their own, so one refusal (the plan is full) is written down for that person and
 * stops nobody else.
 */
@Service
public class TrainingEnrollments {

    private static final Logger log = LoggerFactory.getLogger(TrainingEnrollments.class);

    private final RequiredTrainings trainings;
    private final EnrollmentService enrollments;
    private final TransactionTemplate own;
    private final TransactionTemplate reading;
    private final Clock clock;

    TrainingEnrollments(
            RequiredTrainings trainings,
            EnrollmentService enrollments,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.trainings = trainings;
        this.clock = clock;
        this.enrollments = enrollments;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** Enrolls everyone the assignment holds who is not enrolled in its course yet. */
    @AdminsOnly
    public EnrollOutcome enrollAssigned(long trainingId) {
        List<PersonStatus> people = reading.execute(status -> {
            trainings.courseOf(trainingId); // not found here: another organization's, or removed
            return trainings.unenrolled(trainingId);
        });
        int enrolled = 0;
        var refused = new ArrayList<EnrollOutcome.Refusal>();
        for (PersonStatus person : people) {
            String refusal = enroll(trainingId, person.userId(), person.courseId());
            if (refusal == null) {
                enrolled++;
            } else {
                refused.add(new EnrollOutcome.Refusal(person.userId(), person.name(), refusal));
            }
        }
        return new EnrollOutcome(enrolled, List.copyOf(refused));
    }

    /** A member who can now sign in is assigned (now) and enrolled where their audience says. */
    @TransactionalEventListener
    void on(MemberJoined joined) {
        try {
            List<Long> held = own.execute(status -> {
                trainings.noteAssigned(null, clock.instant());
                return trainings.trainingsOf(joined.userId());
            });
            for (long trainingId : held) {
                long course = reading.execute(status -> trainings.courseOf(trainingId));
                enroll(trainingId, joined.userId(), course);
            }
        } catch (RuntimeException e) {
            // The member has joined; their required courses show anyway, enrolling waits for an admin.
            log.warn("Enrolling new member {} into required training failed", joined.userId(), e);
        }
    }

    /** Null when enrolled (or already), else the refusal, written down for the person. */
    private @Nullable String enroll(long trainingId, long userId, long courseId) {
        try {
            own.executeWithoutResult(status -> enrollments.enrollRequired(userId, courseId));
            own.executeWithoutResult(status -> trainings.refused(trainingId, userId, null));
            return null;
        } catch (EnrollmentException | PlanLimitException refused) {
            own.executeWithoutResult(status -> trainings.refused(trainingId, userId, refused.getMessage()));
            return refused.getMessage();
        }
    }
}
