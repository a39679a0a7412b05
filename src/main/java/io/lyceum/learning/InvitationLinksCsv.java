package io.lyceum.learning;

import io.lyceum.base.csv.CsvExport;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;

/** Invitation links of the students a CSV import created, for the person who ran it to pass on. */
public final class InvitationLinksCsv {

    private InvitationLinksCsv() {}

    /** {@code link} makes a token's address ({@code InvitationLinks::url}). */
    public static void write(
            List<CsvImports.InvitationLink> invitations, UnaryOperator<String> link, OutputStream out) {
        try (CsvExport csv = CsvExport.open(out)) {
            csv.row("email", "invitation link");
            for (var invitation : invitations) {
                csv.row(invitation.email(), link.apply(invitation.token()));
            }
        }
    }
}
