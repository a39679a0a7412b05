package io.lyceum.learning;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentImportRepository extends JpaRepository<EnrollmentImport, Long> {

    Page<EnrollmentImport> findByCourseIdOrderByStartedAtDesc(long courseId, Pageable pageable);

    @Query("select r from EnrollmentImportRow r where r.importId = :importId order by r.line")
    List<EnrollmentImportRow> rows(long importId);

    /** Outcome → count per import, for the list of imports. */
    @Query("select r.importId, r.outcome, count(r) from EnrollmentImportRow r where r.importId in :importIds"
            + " group by r.importId, r.outcome")
    List<Object[]> outcomeCounts(List<Long> importIds);
}
