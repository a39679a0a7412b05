package io.lyceum.learning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed enrollments of the organization in context, for modules that act on completion
 * (certificates): a listener of {@code course.completed} reads the completion as it stands.
 */
@Service
public class Completions {

    /** One completion: which enrollment, whose, of which course, and when (database time). */
    public record Completion(long enrollmentId, long userId, long courseId, Instant completedAt) {}

    private final EnrollmentRepository enrollments;

    Completions(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    /** The enrollment's current completion; empty while it is not completed (or was retaken). */
    @Transactional(readOnly = true)
    public Optional<Completion> of(long enrollmentId) {
        return enrollments
                .findById(enrollmentId)
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.COMPLETED)
                .filter(enrollment -> enrollment.completedAt() != null)
                .map(Completions::completion);
    }

    private static Completion completion(Enrollment enrollment) {
        return new Completion(
                enrollment.id(),
                enrollment.userId(),
                enrollment.courseId(),
                Objects.requireNonNull(enrollment.completedAt()));
    }
}
