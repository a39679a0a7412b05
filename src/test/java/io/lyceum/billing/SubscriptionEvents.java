package io.lyceum.billing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Every {@code subscription.changed} published, whichever thread (a webhook's request) published it. */
@TestComponent
public class SubscriptionEvents {

    private final List<SubscriptionChanged> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SubscriptionChanged event) {
        received.add(event);
    }

    public List<SubscriptionChanged> of(long organizationId) {
        return received.stream()
                .filter(event -> event.organizationId() == organizationId)
                .toList();
    }
}
