package io.lyceum.learning;

import io.lyceum.base.csv.CsvExport;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Learners of a course as CSV (through {@link CsvExport}, which defuses formulas in names). */
public final class LearnersCsv {

    private LearnersCsv() {}

    public static void write(List<LearnerRow> rows, List<Long> quizModules, ZoneId zone, OutputStream out) {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        try (CsvExport csv = CsvExport.open(out)) {
            var header = new ArrayList<>(
                    List.of("Name", "Email", "Cohort", "Status", "Progress %", "Enrolled", "Last activity"));
            quizModules.forEach(module -> header.add("Quiz " + module + " best %"));
            csv.row(header);
            for (LearnerRow row : rows) {
                var cells = new ArrayList<>(List.of(
                        row.name(),
                        row.email(),
                        row.cohort() == null ? "" : row.cohort(),
                        row.status().name(),
                        row.progress().stripTrailingZeros().toPlainString(),
                        time.format(row.enrolledAt()),
                        row.lastActivity() == null ? "" : time.format(row.lastActivity())));
                quizModules.forEach(module -> {
                    var best = row.bestQuizScores().get(module);
                    cells.add(best == null ? "" : best.stripTrailingZeros().toPlainString());
                });
                csv.row(cells);
            }
        }
    }
}
