package io.lyceum.people;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What people imports have done, each write committed on its own so that it outlives whatever follows. */
@Component
class PeopleImportRecords {

    private final PeopleImportRepository imports;
    private final PeopleImportRowRepository rows;
    private final Clock clock;

    PeopleImportRecords(PeopleImportRepository imports, PeopleImportRowRepository rows, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(@Nullable Long startedBy, String fileName, int totalRows) {
        return imports.save(new PeopleImport(startedBy, fileName, totalRows, clock.instant()))
                .id();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void row(long importId, PeopleImportReport.Row row, int done) {
        rows.save(new PeopleImportRow(importId, row));
        imports.findById(importId).ifPresent(run -> run.progressed(done, clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finished(long importId, @Nullable String notice) {
        imports.findById(importId).ifPresent(run -> run.finished(notice, clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(long importId, String failure) {
        imports.findById(importId).ifPresent(run -> run.failed(failure, clock.instant()));
    }

    @Transactional(readOnly = true)
    Page<PeopleImportReport.Summary> page(Pageable pageable) {
        Page<PeopleImport> page = imports.findAllByOrderByStartedAtDesc(pageable);
        Map<Long, Map<PeopleImportReport.Outcome, Long>> counts = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] count :
                    imports.outcomeCounts(page.map(PeopleImport::id).toList())) {
                counts.computeIfAbsent((Long) count[0], id -> new EnumMap<>(PeopleImportReport.Outcome.class))
                        .put((PeopleImportReport.Outcome) count[1], (Long) count[2]);
            }
        }
        var now = clock.instant();
        return page.map(run -> run.summary(now, counts.getOrDefault(run.id(), Map.of())));
    }

    @Transactional(readOnly = true)
    Optional<PeopleImportReport.Summary> summary(long importId) {
        return imports.findById(importId).map(run -> {
            Map<PeopleImportReport.Outcome, Long> counts = new EnumMap<>(PeopleImportReport.Outcome.class);
            for (Object[] count : imports.outcomeCounts(List.of(importId))) {
                counts.put((PeopleImportReport.Outcome) count[1], (Long) count[2]);
            }
            return run.summary(clock.instant(), counts);
        });
    }

    @Transactional(readOnly = true)
    List<PeopleImportReport.Row> rows(long importId) {
        return imports.rows(importId).stream().map(PeopleImportRow::row).toList();
    }
}
