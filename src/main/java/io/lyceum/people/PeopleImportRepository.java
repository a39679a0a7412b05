package io.lyceum.people;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeopleImportRepository extends JpaRepository<PeopleImport, Long> {

    Page<PeopleImport> findAllByOrderByStartedAtDesc(Pageable pageable);

    @Query("select r from PeopleImportRow r where r.importId = :importId order by r.line")
    List<PeopleImportRow> rows(long importId);

    /** Outcome → count per import, for the list of imports. */
    @Query("select r.importId, r.outcome, count(r) from PeopleImportRow r where r.importId in :importIds"
            + " group by r.importId, r.outcome")
    List<Object[]> outcomeCounts(List<Long> importIds);
}
