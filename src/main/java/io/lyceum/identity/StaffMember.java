package io.lyceum.identity;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Platform staff: people who run Lyceum itself. They live in the platform schema, not in any org. */
@Entity
@Table(name = "staff_member", schema = "platform")
class StaffMember extends AbstractEntity {

    @Column(name = "email", nullable = false, length = User.EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = User.NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffMember() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    StaffMember(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = User.normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }
}
