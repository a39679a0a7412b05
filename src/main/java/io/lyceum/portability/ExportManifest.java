package io.lyceum.portability;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json} of an organization export: what the zip holds and how to check it. Each
 * table is a JSON Lines file, one object per row, keyed by column name (bytea as base64, timestamptz
 * as ISO-8601 in UTC, numeric as a decimal string).
 */
record ExportManifest(
        String format,
        int formatVersion,
        String lyceumVersion,
        Source source,
        String exportedAt,
        List<String> changesets,
        List<TableEntry> tables,
        Map<String, Long> sequences) {

    static final String FORMAT = "lyceum-org-export";
    static final int FORMAT_VERSION = 1;
    static final String FILE = "manifest.json";

    /** The organization as the platform knows it. */
    record Source(
            String slug,
            String name,
            String timeZone,
            @Nullable String primaryColor,
            String plan) {}

    record TableEntry(String name, String file, long rows, List<SchemaModel.Column> columns, String sha256) {}

    long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
