package io.lyceum.people;

import io.lyceum.base.csv.CsvExport;
import java.io.OutputStream;
import java.util.List;

/** A people import's report as CSV: each line of the file, the email it named, what happened and why. */
public final class PeopleImportReportCsv {

    private PeopleImportReportCsv() {}

    public static void write(List<PeopleImportReport.Row> rows, OutputStream out) {
        try (CsvExport csv = CsvExport.open(out)) {
            csv.row("line", "email", "outcome", "message");
            for (var row : rows) {
                csv.row(Integer.toString(row.line()), row.email(), row.outcome().name(), row.message());
            }
        }
    }
}
