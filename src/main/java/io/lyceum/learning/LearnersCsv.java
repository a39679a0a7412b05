package io.lyceum.learning;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Learners of a course as CSV. Cells that a spreadsheet would run as a formula (leading =, +, -, @,
 * tab or CR) are prefixed with an apostrophe: names are user input.
 */
public final class LearnersCsv {

    private LearnersCsv() {
    }

    public static void write(List<LearnerRow> rows, List<Long> quizModules, ZoneId zone, OutputStream out) {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        try (CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
            var header = new ArrayList<>(List.of("Name", "Email", "Cohort", "Status", "Progress %", "Enrolled", "Last activity"));
            quizModules.forEach(module -> header.add("Quiz " + module + " best %"));
            csv.writeRecord(header);
            for (LearnerRow row : rows) {
                var cells = new ArrayList<>(List.of(safe(row.name()), safe(row.email()),
                        row.cohort() == null ? "" : safe(row.cohort()), row.status().name(),
                        row.progress().stripTrailingZeros().toPlainString(), time.format(row.enrolledAt()),
                        row.lastActivity() == null ? "" : time.format(row.lastActivity())));
                quizModules.forEach(module -> {
                    var best = row.bestQuizScores().get(module);
                    cells.add(best == null ? "" : best.stripTrailingZeros().toPlainString());
                });
                csv.writeRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
