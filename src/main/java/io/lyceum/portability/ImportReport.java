package io.lyceum.portability;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did (or why it refused), kept with its job as JSON: rows and members carried,
 * certificates registered, the certificates that needed a new verification code (the old one is
 * taken on this installation), and the tables deliberately left out.
 */
public record ImportReport(
        String source,
        long rows,
        long users,
        int certificates,
        List<CodeChange> newCodes,
        List<String> skipped,
        @Nullable String refusedKey,
        List<String> refusedArguments) {

    /** A certificate whose code was taken on this installation and was issued a new one. */
    public record CodeChange(String number, String oldCode, String newCode) {}

    static ImportReport refused(String source, ImportRefusedException refusal) {
        return new ImportReport(
                source,
                0,
                0,
                0,
                List.of(),
                List.of(),
                refusal.key(),
                Arrays.stream(refusal.arguments()).map(String::valueOf).toList());
    }

    String json() {
        return OrgExporter.JSON.writeValueAsString(this);
    }

    public static ImportReport of(String json) {
        return OrgExporter.JSON.readValue(json, ImportReport.class);
    }
}
