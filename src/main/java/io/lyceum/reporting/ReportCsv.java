package io.lyceum.reporting;

import io.lyceum.base.csv.CsvExport;
import java.io.OutputStream;
import java.util.List;

/** A chart's data as CSV: the header in the reader's language, then the rows (formula-safe). */
public final class ReportCsv {

    private ReportCsv() {}

    public static void write(List<String> header, Figures.Table table, OutputStream out) {
        try (var csv = CsvExport.open(out)) {
            csv.row(header);
            table.rows().forEach(csv::row);
        }
    }
}
