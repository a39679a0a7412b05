package io.lyceum.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
        select u from User u join u.roles r
        where r = :role and (:text = '' or lower(u.email) like lower(concat('%', :text, '%'))
            or lower(u.displayName) like lower(concat('%', :text, '%')))
        """)
    Page<User> withRole(Role role, String text, Pageable pageable);

    @Query("""
        select u.id from User u
        where :text = '' or lower(u.email) like lower(concat('%', :text, '%'))
            or lower(u.displayName) like lower(concat('%', :text, '%'))
        """)
    Page<Long> searchIds(String text, Pageable pageable);

    @Query("select count(u) from User u join u.roles r where r = :role")
    long countWithRole(Role role);

    /**
     * The stamp a sign-in of the member must match ({@link SignInStamps}), {@code none} for a member
     * without a password of their own; empty for a member who is disabled or gone. One column, no roles.
     */
    @Query("select coalesce(u.credentialsChangedAt, :none) from User u where u.id = :id and u.enabled = true")
    Optional<Instant> signInStamp(long id, Instant none);

    /** The sign-in of a member, at {@code at}: one column, no version bump (nobody's edit is in the way). */
    @Modifying
    @Query("update User u set u.lastSignedInAt = :at where u.id = :id")
    int signedIn(long id, Instant at);

    /** The organization's admins who can sign in, locked until the transaction ends: the last one is kept. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u join u.roles r where r = io.lyceum.identity.Role.ADMIN and u.enabled = true")
    List<User> lockActiveAdmins();

    @Query("select distinct u.cohort from User u where u.cohort is not null order by u.cohort")
    List<String> cohorts();

    /** Roles come in the same query: one statement for a page of people, not one per person. */
    @EntityGraph(attributePaths = "roles")
    List<User> findByIdIn(Collection<Long> ids);
}
