package io.lyceum.portability;

import io.lyceum.certificate.VerificationCodes;
import io.lyceum.tenancy.Tenant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads an organization export into a new, freshly migrated schema in one transaction: every table
 * in dependency order, each identity column given new ids from the target's own sequence, every
 * reference to such an id (foreign keys read from the catalog, and the few implicit references)
 * rewritten through the map of old to new ids. Source ids are never kept, so an export can be
 * imported next to its source. Certificates keep their verification code when it is free
 * platform-wide and get a new one otherwise.
 */
@Component
class OrgImporter {

    /**
     * Tables not carried into the new organization: events in flight and the mail outbox belong to
     * the source installation's delivery (a copy could deliver twice), and a sender domain's key is
     * sealed to the source schema and installation.
     */
    static final Set<String> NOT_IMPORTED = Set.of("event_publication", "mail_message", "sender_domain");

    private static final int BATCH = 500;
    private static final int PROGRESS_EVERY = 5_000;

    private final DataSource dataSource;
    private final VerificationCodes codes;

    OrgImporter(DataSource dataSource, VerificationCodes codes) {
        this.dataSource = dataSource;
        this.codes = codes;
    }

    /** What a load did. */
    record Loaded(
            long rows, long users, List<String> codes, List<ImportReport.CodeChange> newCodes, List<String> skipped) {}

    /** The manifest of a well-formed export of a known format whose files are all as it states. */
    ExportManifest verify(ZipFile zip) {
        ZipEntry entry = zip.getEntry(ExportManifest.FILE);
        if (entry == null) {
            throw new ImportRefusedException("import.refused.not-an-export");
        }
        ExportManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = OrgExporter.JSON.readValue(in, ExportManifest.class);
        } catch (IOException | JacksonException e) {
            throw new ImportRefusedException("import.refused.not-an-export");
        }
        if (!ExportManifest.FORMAT.equals(manifest.format())) {
            throw new ImportRefusedException("import.refused.not-an-export");
        }
        if (manifest.formatVersion() != ExportManifest.FORMAT_VERSION) {
            throw new ImportRefusedException(
                    "import.refused.format-version", manifest.formatVersion(), ExportManifest.FORMAT_VERSION);
        }
        for (ExportManifest.TableEntry table : manifest.tables()) {
            ZipEntry file = zip.getEntry(table.file());
            if (file == null) {
                throw new ImportRefusedException("import.refused.missing-file", table.file());
            }
            MessageDigest digest = OrgExporter.sha256();
            try (InputStream in = zip.getInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            } catch (IOException e) {
                throw new ImportRefusedException("import.refused.checksum", table.name());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(table.sha256())) {
                throw new ImportRefusedException("import.refused.checksum", table.name());
            }
        }
        return manifest;
    }

    Loaded load(ZipFile zip, ExportManifest manifest, Tenant target, Progress progress) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                connection.setAutoCommit(false);
                connection.setSchema(target.schema());
                Loaded loaded = load(connection, zip, manifest, target, progress);
                connection.commit();
                return loaded;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset search_path");
                }
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Import into " + target.slug() + " failed: " + e.getMessage(), e);
        }
    }

    private Loaded load(Connection connection, ZipFile zip, ExportManifest manifest, Tenant target, Progress progress)
            throws SQLException, IOException {
        Set<String> known = new HashSet<>(OrgExporter.changesets(connection));
        for (String changeset : manifest.changesets()) {
            if (!known.contains(changeset)) {
                throw new ImportRefusedException("import.refused.newer-changelog", changeset);
            }
        }
        SchemaModel model = SchemaModel.read(connection, target.schema());
        Map<String, ExportManifest.TableEntry> entries = new LinkedHashMap<>();
        for (ExportManifest.TableEntry entry : manifest.tables()) {
            SchemaModel.Table table = model.tables().get(entry.name());
            if (table == null) {
                throw new ImportRefusedException("import.refused.unknown-table", entry.name());
            }
            for (SchemaModel.Column column : entry.columns()) {
                if (table.column(column.name()).isEmpty()) {
                    throw new ImportRefusedException(
                            "import.refused.unknown-column", entry.name() + "." + column.name());
                }
            }
            entries.put(entry.name(), entry);
        }
        Map<String, Map<Long, Long>> ids = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        long total = manifest.totalRows();
        long[] done = {0};
        progress.at(0, total);
        for (String name : model.loadOrder()) {
            ExportManifest.TableEntry entry = entries.get(name);
            if (entry == null) {
                continue;
            }
            if (NOT_IMPORTED.contains(name)) {
                if (entry.rows() > 0) {
                    skipped.add(name);
                }
                done[0] += entry.rows();
                continue;
            }
            loadTable(connection, zip, model, model.tables().get(name), entry, ids, done, total, progress);
        }
        var certificates = certificateCodes(connection, model);
        advanceSequences(connection, target.schema(), manifest.sequences());
        progress.at(total, total);
        long users = ids.getOrDefault("app_user", Map.of()).size();
        return new Loaded(done[0], users, certificates.codes(), certificates.changes(), skipped);
    }

    private void loadTable(
            Connection connection,
            ZipFile zip,
            SchemaModel model,
            SchemaModel.Table table,
            ExportManifest.TableEntry entry,
            Map<String, Map<Long, Long>> ids,
            long[] done,
            long total,
            Progress progress)
            throws SQLException, IOException {
        String name = table.name();
        // A table the changelog seeds is filled from the export instead.
        execute(connection, "delete from " + SchemaModel.quote(name));
        List<SchemaModel.Column> columns = entry.columns().stream()
                .map(column -> table.column(column.name()).orElseThrow())
                .toList();
        // column → the table whose identity it refers to
        Map<String, String> references = new HashMap<>();
        for (SchemaModel.ForeignKey key : table.foreignKeys()) {
            SchemaModel.Table referred = model.tables().get(key.refTable());
            if (referred != null && key.refColumn().equals(referred.identity())) {
                references.put(key.column(), key.refTable());
            }
        }
        String identity = table.identity();
        Map<Long, Long> map = new HashMap<>();
        long next = 0;
        String sequence = null;
        if (identity != null) {
            ids.put(name, map);
            sequence = single(connection, "select pg_get_serial_sequence(?, ?)", SchemaModel.quote(name), identity);
            next = Long.parseLong(single(connection, "select nextval(?::regclass)", sequence));
        }
        StringBuilder sql = new StringBuilder("insert into ")
                .append(SchemaModel.quote(name))
                .append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            SchemaModel.Column column = columns.get(i);
            sql.append(i == 0 ? "" : ", ").append(SchemaModel.quote(column.name()));
            values.append(i == 0 ? "" : ", ").append(placeholder(column.type()));
        }
        sql.append(") values (").append(values).append(')');
        long rows = 0;
        long first = next;
        try (PreparedStatement insert = connection.prepareStatement(sql.toString());
                var reader = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry(entry.file())), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = OrgExporter.JSON.readTree(line);
                if (identity != null) {
                    map.put(row.get(identity).asLong(), next);
                }
                for (int i = 0; i < columns.size(); i++) {
                    SchemaModel.Column column = columns.get(i);
                    JsonNode value = row.get(column.name());
                    int index = i + 1;
                    if (column.name().equals(identity)) {
                        insert.setLong(index, next);
                    } else if (value == null || value.isNull()) {
                        insert.setNull(index, sqlType(column.type()));
                    } else if (references.containsKey(column.name())) {
                        Long mapped = ids.getOrDefault(references.get(column.name()), Map.of())
                                .get(value.asLong());
                        if (mapped == null) {
                            throw new ImportRefusedException(
                                    "import.refused.broken-reference", name + "." + column.name());
                        }
                        insert.setLong(index, mapped);
                    } else if (implicitTarget(name, column.name(), row) instanceof String refTable) {
                        Long mapped = ids.getOrDefault(refTable, Map.of()).get(value.asLong());
                        if (mapped != null) {
                            insert.setLong(index, mapped);
                        } else if (keepsUnmapped(name, column.name())) {
                            insert.setLong(index, value.asLong());
                        } else {
                            insert.setNull(index, Types.BIGINT);
                        }
                    } else {
                        bind(insert, index, column.type(), value);
                    }
                }
                insert.addBatch();
                next++;
                rows++;
                if (rows % BATCH == 0) {
                    insert.executeBatch();
                }
                if (++done[0] % PROGRESS_EVERY == 0) {
                    progress.at(done[0], total);
                }
            }
            insert.executeBatch();
        } catch (JacksonException e) {
            throw new ImportRefusedException("import.refused.bad-row", name);
        }
        if (rows != entry.rows()) {
            throw new ImportRefusedException("import.refused.row-count", name, entry.rows(), rows);
        }
        if (sequence != null && rows > 0) {
            single(connection, "select setval(?::regclass, ?)", sequence, first + rows - 1);
        }
    }

    /** The table an implicit id reference names, for this row; null when the column is no such reference. */
    private static @Nullable String implicitTarget(String table, String column, JsonNode row) {
        return switch (table + "." + column) {
            case "certificate.course_id" -> "course";
            case "enrollment.last_module_id" -> "course_module";
            case "audit_event.actor_id" -> "MEMBER".equals(text(row, "actor_kind")) ? "app_user" : null;
            case "notification_reminder.subject_id" ->
                "CERTIFICATE_EXPIRING".equals(text(row, "kind")) ? "certificate" : "enrollment";
            default -> null;
        };
    }

    /** Not-null implicit references keep their value when what they name is gone; the others become null. */
    private static boolean keepsUnmapped(String table, String column) {
        return (table + "." + column).equals("certificate.course_id")
                || (table + "." + column).equals("notification_reminder.subject_id");
    }

    private static @Nullable String text(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String placeholder(String type) {
        return switch (type) {
            case "int2", "int4", "int8", "bool", "bytea" -> "?";
            default -> "cast(? as " + SchemaModel.quote(type) + ")";
        };
    }

    private static int sqlType(String type) {
        return switch (type) {
            case "int2", "int4", "int8" -> Types.BIGINT;
            case "bool" -> Types.BOOLEAN;
            case "bytea" -> Types.BINARY;
            default -> Types.VARCHAR;
        };
    }

    private static void bind(PreparedStatement insert, int index, String type, JsonNode value) throws SQLException {
        switch (type) {
            case "int2", "int4", "int8" -> insert.setLong(index, value.asLong());
            case "bool" -> insert.setBoolean(index, value.asBoolean());
            case "bytea" -> {
                try {
                    insert.setBytes(index, Base64.getDecoder().decode(value.asString()));
                } catch (IllegalArgumentException e) {
                    throw new ImportRefusedException("import.refused.bad-row", "bytea");
                }
            }
            default -> insert.setString(index, value.asString());
        }
    }

    private record Certificates(List<String> codes, List<ImportReport.CodeChange> changes) {}

    /** Codes free platform-wide are kept; a taken one (the source's, on the same installation) is replaced. */
    private Certificates certificateCodes(Connection connection, SchemaModel model) throws SQLException {
        if (!model.tables().containsKey("certificate")) {
            return new Certificates(List.of(), List.of());
        }
        List<String> kept = new ArrayList<>();
        List<ImportReport.CodeChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (var select = connection.prepareStatement(
                        "select id, number, verification_code from certificate order by id");
                var update = connection.prepareStatement("update certificate set verification_code = ? where id = ?");
                var rows = select.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString(3);
                if (!seen.add(code) || !codes.isFree(code)) {
                    String fresh = codes.newCode();
                    update.setString(1, fresh);
                    update.setLong(2, rows.getLong(1));
                    update.executeUpdate();
                    changes.add(new ImportReport.CodeChange(rows.getString(2), code, fresh));
                    code = fresh;
                }
                kept.add(code);
            }
        }
        return new Certificates(kept, changes);
    }

    /** Sequences of no identity column (certificate numbers) continue where the source's stood. */
    private static void advanceSequences(Connection connection, String schema, Map<String, Long> sequences)
            throws SQLException {
        Map<String, Long> current = OrgExporter.sequences(connection, schema);
        for (var sequence : sequences.entrySet()) {
            Long here = current.get(sequence.getKey());
            if (here != null && sequence.getValue() > here && sequence.getValue() > 0) {
                single(
                        connection,
                        "select setval(?::regclass, ?)",
                        SchemaModel.quote(sequence.getKey()),
                        sequence.getValue());
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String sql, Object... arguments) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
