package io.lyceum.learning;

import io.lyceum.base.csv.CsvExport;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/** The invitation links of the students a CSV import created, for the person who ran it to pass on. */
public final class InvitationLinksCsv {

    private InvitationLinksCsv() {}

    /** {@code link} makes a token's address ({@code InvitationLinks::url}). */
    public static void write(BulkEnrollmentReport report, UnaryOperator<String> link, OutputStream out) {
        try (CsvExport csv = CsvExport.open(out)) {
            csv.row("email", "invitation link");
            for (var row : report.rows()) {
                if (row.invitationToken() != null) {
                    csv.row(row.email(), link.apply(row.invitationToken()));
                }
            }
        }
    }
}
