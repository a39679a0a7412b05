package io.lyceum.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    @Query("""
            select c from Certificate c
            where c.enrollmentId = :enrollmentId and c.completedAt = :completedAt and c.reissueOf is null""")
    Optional<Certificate> original(long enrollmentId, Instant completedAt);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    Optional<Certificate> findByVerificationCode(String code);

    /** The newest certificate of an enrollment that is not revoked, for the link on My learning. */
    Optional<Certificate> findFirstByEnrollmentIdAndRevokedAtIsNullOrderByIssuedAtDesc(long enrollmentId);

    @Query("""
            select c from Certificate c
            where c.courseId = coalesce(:courseId, c.courseId)
              and c.completedOn between coalesce(:from, c.completedOn) and coalesce(:to, c.completedOn)""")
    Page<Certificate> search(
            @Nullable Long courseId, @Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable);

    @Query("""
            select c from Certificate c
            where c.revokedAt is null and c.expiresOn is not null and c.expiresOn between :from and :to""")
    Page<Certificate> expiring(LocalDate from, LocalDate to, Pageable pageable);

    /** As {@link #expiring}, leaving out certificates whose holder already earned a newer one for the course. */
    @Query("""
            select c from Certificate c
            where c.revokedAt is null and c.expiresOn is not null and c.expiresOn between :from and :to
              and not exists (select n.id from Certificate n
                              where n.userId = c.userId and n.courseId = c.courseId and n.revokedAt is null
                                and n.issuedAt > c.issuedAt)""")
    Page<Certificate> expiringNotRenewed(LocalDate from, LocalDate to, Pageable pageable);

    /** The courses that have certificates, for the list's filter: {course id, course title}. */
    @Query("select c.courseId, max(c.courseTitle) from Certificate c group by c.courseId order by max(c.courseTitle)")
    List<Object[]> courses();

    @Query(value = "select nextval('certificate_number_seq')", nativeQuery = true)
    long nextNumber();
}
