package io.lyceum.identity;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member of one organization; lives in that organization's schema. */
@Entity
@Table(name = "app_user")
class User extends AbstractEntity {

    static final int EMAIL_MAX_LENGTH = 254;
    static final int NAME_MAX_LENGTH = 120;
    static final int COHORT_MAX_LENGTH = 60;

    @Column(name = "email", nullable = false, length = EMAIL_MAX_LENGTH)
    @EmailAddress
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX_LENGTH)
    @PersonName
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * When the member last set their password; a sign-in holds while this is what it was at sign-in
     * ({@link SignInStamps}). Null: invited, no password of their own yet.
     */
    @Column(name = "credentials_changed_at")
    private @Nullable Instant credentialsChangedAt;

    /** The UI language the member chose (a language tag such as "de"); null: the browser's. */
    @Column(name = "language", length = 8)
    private @Nullable String language;

    /** When the member last signed in; null: never. */
    @Column(name = "last_signed_in_at")
    private @Nullable Instant lastSignedInAt;

    /** The cohort an admin filed the member in (a people import); enrollments carry their own per course. */
    @Column(name = "cohort", length = COHORT_MAX_LENGTH)
    private @Nullable String cohort;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    /** {@code passwordChosen}: the password is the member's own (not a random one until they accept an invitation). */
    User(
            String email,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt,
            boolean passwordChosen) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.credentialsChangedAt = passwordChosen ? SignInStamps.stamp(createdAt) : null;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    /** A new password, set at {@code at}: sign-ins made before it end. */
    void password(String hash, Instant at) {
        this.passwordHash = hash;
        this.credentialsChangedAt = SignInStamps.stamp(at);
    }

    /** Whether the member has chosen a password yet (an invited member has not until they accept). */
    boolean joined() {
        return credentialsChangedAt != null;
    }

    /** What a sign-in of this member records, and must still find to hold. */
    Instant signInStamp() {
        return credentialsChangedAt == null ? Instant.EPOCH : credentialsChangedAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    @Nullable String language() {
        return language;
    }

    void language(@Nullable String language) {
        this.language = language;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /**
     * New roles, given at {@code at}. Taking a role away ends the member's sign-ins (their session
     * would keep the role it was made with until it ended); a member who has not joined has none.
     */
    void roles(Set<Role> newRoles, Instant at) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        boolean taken = !newRoles.containsAll(roles);
        this.roles.clear();
        this.roles.addAll(newRoles);
        if (taken && joined()) {
            this.credentialsChangedAt = SignInStamps.stamp(at);
        }
    }

    /** Deactivated members cannot sign in; their sessions end ({@link SignInStamps}); their history stays. */
    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    MemberStatus status() {
        return !enabled ? MemberStatus.DEACTIVATED : joined() ? MemberStatus.ACTIVE : MemberStatus.INVITED;
    }

    @Nullable Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    @Nullable String cohort() {
        return cohort;
    }

    void cohort(@Nullable String cohort) {
        this.cohort = cohort == null || cohort.isBlank() ? null : cohort.strip();
    }
}
