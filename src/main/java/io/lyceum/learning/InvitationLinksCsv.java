package io.lyceum.learning;

import java.io.OutputStream;

import io.lyceum.base.csv.CsvExport;

/** The invitation links of the students a CSV import created, for the person who ran it to pass on. */
public final class InvitationLinksCsv {

    private InvitationLinksCsv() {
    }

    /** {@code organizationUrl} ends with a slash, e.g. {@code https://acme.example.com/}. */
    public static void write(BulkEnrollmentReport report, String organizationUrl, OutputStream out) {
        try (CsvExport csv = CsvExport.open(out)) {
            csv.row("email", "invitation link");
            for (var row : report.rows()) {
                if (row.invitationToken() != null) {
                    csv.row(row.email(), organizationUrl + "invite/" + row.invitationToken());
                }
            }
        }
    }
}
