package io.lyceum.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Platform staff inside an organization in support mode may read but never change anything: every
 * transaction opened for them is read-only in PostgreSQL itself ({@link SupportModeTransactions}),
 * so no forgotten check in a service can let a write through. Only the audit log's own transactions
 * ({@link #AUDIT_TRANSACTION}) stay writable, so that what staff look at is recorded.
 */
public final class SupportMode {

    /** The authority a support session's sign-in carries. */
    public static final String AUTHORITY = "ROLE_SUPPORT";

    /** The name of the transactions in which the audit log writes on its own. */
    public static final String AUDIT_TRANSACTION = "lyceum.audit.write";

    private SupportMode() {}

    /** Whether the thread acts for staff in support mode (also in background work they started). */
    public static boolean active() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }
}
