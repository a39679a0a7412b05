package io.lyceum.learning;

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

/** What imports have done, each write committed on its own so that it outlives whatever follows. */
@Component
class ImportRecords {

    private final EnrollmentImportRepository imports;
    private final EnrollmentImportRowRepository rows;
    private final Clock clock;

    ImportRecords(EnrollmentImportRepository imports, EnrollmentImportRowRepository rows, Clock clock) {
        this.imports = imports;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(long courseId, @Nullable Long startedBy, String fileName, int totalRows) {
        return imports.save(new EnrollmentImport(courseId, startedBy, fileName, totalRows, clock.instant()))
                .id();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void row(long importId, BulkEnrollmentReport.Row row, int done) {
        rows.save(new EnrollmentImportRow(importId, row));
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
    Page<CsvImports.Summary> ofCourse(long courseId, Pageable pageable) {
        Page<EnrollmentImport> page = imports.findByCourseIdOrderByStartedAtDesc(courseId, pageable);
        Map<Long, Map<BulkEnrollmentReport.Outcome, Long>> counts = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] count :
                    imports.outcomeCounts(page.map(EnrollmentImport::id).toList())) {
                counts.computeIfAbsent((Long) count[0], id -> new EnumMap<>(BulkEnrollmentReport.Outcome.class))
                        .put((BulkEnrollmentReport.Outcome) count[1], (Long) count[2]);
            }
        }
        var now = clock.instant();
        return page.map(run -> run.summary(now, counts.getOrDefault(run.id(), Map.of())));
    }

    @Transactional(readOnly = true)
    Optional<CsvImports.Summary> summary(long courseId, long importId) {
        return imports.findById(importId)
                .filter(run -> run.courseId() == courseId)
                .map(run -> {
                    Map<BulkEnrollmentReport.Outcome, Long> counts = new EnumMap<>(BulkEnrollmentReport.Outcome.class);
                    for (Object[] count : imports.outcomeCounts(List.of(importId))) {
                        counts.put((BulkEnrollmentReport.Outcome) count[1], (Long) count[2]);
                    }
                    return run.summary(clock.instant(), counts);
                });
    }

    @Transactional(readOnly = true)
    @Nullable EnrollmentImport find(long importId) {
        return imports.findById(importId).orElse(null);
    }

    @Transactional(readOnly = true)
    List<BulkEnrollmentReport.Row> rows(long importId) {
        return imports.rows(importId).stream().map(EnrollmentImportRow::row).toList();
    }
}
