package io.lyceum.identity;

import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The identity events (invitation, password reset, joined) published while it is open, with the
 * organization they were published for: the mail listeners see them so, in the publisher's
 * transaction. Listens on the shared test context without changing it (no extra bean, no new context).
 */
public final class IdentityEvents implements AutoCloseable {

    /** An event and the organization in context when it was published. */
    public record Published(String org, Object event) {}

    private final ConfigurableApplicationContext context;
    private final List<Published> received = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listener = this::on;

    private IdentityEvents(ConfigurableApplicationContext context) {
        this.context = context;
        context.addApplicationListener(listener);
    }

    public static IdentityEvents record(ApplicationContext context) {
        return new IdentityEvents((ConfigurableApplicationContext) context);
    }

    private void on(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload
                && (payload.getPayload() instanceof InvitationCreated
                        || payload.getPayload() instanceof PasswordResetRequested
                        || payload.getPayload() instanceof MemberJoined)) {
            received.add(new Published(TenantContext.current().map(Tenant::slug).orElse(""), payload.getPayload()));
        }
    }

    /** The events of this type published for the organization, in order. */
    public <T> List<T> of(Tenant org, Class<T> type) {
        return received.stream()
                .filter(published -> published.org().equals(org.slug()) && type.isInstance(published.event()))
                .map(published -> type.cast(published.event()))
                .toList();
    }

    /** Everything published, for any organization. */
    public List<Published> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        context.removeApplicationListener(listener);
    }
}
