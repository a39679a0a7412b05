package io.lyceum.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /**
     * Marks the invitation used if, and only if, it still is usable: one statement, so of two
     * acceptances at the same moment exactly one changes the row (the other waits for its lock and
     * then finds it used). Returns the number of rows changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.usedAt = :now where i.id = :id and i.usedAt is null and i.expiresAt > :now")
    int useIfUnused(@Param("id") long id, @Param("now") Instant now);

    /** Ends the member's links that are still open (a newer one replaces them). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.expiresAt = :now where i.userId = :userId and i.usedAt is null"
            + " and i.expiresAt > :now")
    int expireUnused(@Param("userId") long userId, @Param("now") Instant now);
}
