package io.lyceum;

import io.lyceum.learning.CourseCompleted;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/** Every {@code course.completed} that reached a listener after commit, as a certificate would see it. */
@TestComponent
public class CompletedEvents {

    private final List<CourseCompleted> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(CourseCompleted event) {
        received.add(event);
    }

    /** Ids repeat across organizations (one schema each): an enrollment is named by both. */
    public List<CourseCompleted> forEnrollment(String org, long enrollmentId) {
        return received.stream()
                .filter(event -> event.org().equals(org) && event.enrollmentId() == enrollmentId)
                .toList();
    }
}
