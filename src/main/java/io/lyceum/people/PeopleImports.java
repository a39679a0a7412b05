package io.lyceum.people;

import io.lyceum.audit.AuditLog;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.AdminsOnly;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.LyceumUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * CSV imports of people that run on their own, as learning's enrollment imports do: starting one
 * records it and returns at once; the rows are applied in the background on the application's task
 * executor (which carries the organization and the admin who started it), each row's outcome stored
 * as it is applied, so the import finishes and its report stays whatever happens to the page. Only
 * the organization bound when it started is touched.
 */
@Service
public class PeopleImports {

    private static final Logger log = LoggerFactory.getLogger(PeopleImports.class);

    private final PeopleImporter importer;
    private final PeopleImportRecords records;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TaskExecutor executor;

    PeopleImports(
            PeopleImporter importer,
            PeopleImportRecords records,
            CurrentUser currentUser,
            AuditLog audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.importer = importer;
        this.records = records;
        this.currentUser = currentUser;
        this.audit = audit;
        this.executor = executor;
    }

    /** Records an import of the file and starts it in the background; returns its id at once. */
    @AdminsOnly
    public long start(String fileName, byte[] file) {
        long id = records.start(
                currentUser.get().map(LyceumUser::id).orElse(null), fileName, Math.max(1, lines(file) - 1));
        Locale language = ConstraintMessages.language();
        executor.execute(() -> ConstraintMessages.runIn(language, () -> run(id, fileName, file)));
        return id;
    }

    /** Runs the import to its end; never throws: a failure is recorded on the import and logged. */
    void run(long id, String fileName, byte[] file) {
        try {
            int[] done = {0};
            var counts = new EnumMap<PeopleImportReport.Outcome, Integer>(PeopleImportReport.Outcome.class);
            var result = importer.importCsv(file, row -> {
                records.row(id, row, ++done[0]);
                counts.merge(row.outcome(), 1, Integer::sum);
            });
            records.finished(id, result.notice());
            audit.recordNow(
                    "member.imported",
                    fileName,
                    counts.entrySet().stream()
                            .map(count -> count.getKey().name().toLowerCase(Locale.ROOT) + " " + count.getValue())
                            .collect(Collectors.joining(", ")));
        } catch (RuntimeException e) {
            log.error("People import {} failed", id, e);
            records.failed(id, ConstraintMessages.get("people-import.failed"));
        }
    }

    @AdminsOnly
    public Page<PeopleImportReport.Summary> imports(Pageable pageable) {
        return records.page(pageable);
    }

    @AdminsOnly
    public Optional<PeopleImportReport.Summary> find(long importId) {
        return records.summary(importId);
    }

    /** The import's rows, for its report. */
    @AdminsOnly
    public List<PeopleImportReport.Row> rows(long importId) {
        return records.rows(importId);
    }

    /** Lines in a file of any encoding Lyceum reads (a line feed is byte 10 in all of them). */
    private static int lines(byte[] data) {
        int count = 1;
        for (byte b : data) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }
}
