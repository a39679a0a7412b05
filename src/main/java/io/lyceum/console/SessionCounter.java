package io.lyceum.console;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * HTTP sessions open on this node (Vaadin's UIs live in them): created minus destroyed, as the servlet
 * container reports them. Per node: each node counts its own; a proxy's sticky sessions keep a
 * person's session on one node.
 */
@Component
public class SessionCounter implements HttpSessionListener {

    private final AtomicInteger active = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        active.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        active.updateAndGet(count -> Math.max(0, count - 1));
    }

    public int active() {
        return active.get();
    }
}
