package io.lyceum.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organization the current thread works for. Set by {@link TenantFilter} for requests and by
 * {@link #callAs}/{@link #runAs} for background work; empty on the platform's own pages.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable Tenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<Tenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Tenant require() {
        Tenant tenant = CURRENT.get();
        if (tenant == null) {
            throw new IllegalStateException("No organization in context");
        }
        return tenant;
    }

    /**
     * The organization in context, which must be {@code slug}: for a listener of an event that names
     * the organization it was published in. Delivered in another's schema, it must never act.
     */
    public static Tenant require(String slug) {
        Tenant tenant = require();
        if (!tenant.slug().equals(slug)) {
            throw new IllegalStateException("An event of " + slug + " delivered as " + tenant.slug());
        }
        return tenant;
    }

    /**
     * Runs work as the given organization and restores whatever was current before. Refused while a
     * transaction is open for another organization (or the platform): its session is bound to that
     * schema, so the work would silently read and write there. Switch first, then open the transaction.
     */
    public static <T> T callAs(@Nullable Tenant tenant, Supplier<T> work) {
        Tenant previous = CURRENT.get();
        if (!sameOrganization(previous, tenant) && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Refusing to switch from "
                    + describe(previous) + " to " + describe(tenant)
                    + " inside an open transaction: its session stays bound to the first schema");
        }
        set(tenant);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    public static void runAs(@Nullable Tenant tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** For code that owns the thread's whole life cycle (filters, tests); pair it with {@link #clear()}. */
    public static void set(@Nullable Tenant tenant) {
        if (tenant == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenant);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static boolean sameOrganization(@Nullable Tenant a, @Nullable Tenant b) {
        return a == null ? b == null : b != null && a.schema().equals(b.schema());
    }

    private static String describe(@Nullable Tenant tenant) {
        return tenant == null ? "the platform" : tenant.slug();
    }
}
