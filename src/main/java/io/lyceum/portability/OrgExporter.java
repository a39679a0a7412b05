package io.lyceum.portability;

import io.lyceum.tenancy.Tenant;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an organization's schema as a portable zip, table by table and row by row straight into
 * the stream (never the whole zip in memory), from one REPEATABLE READ read-only transaction: every
 * table is read from the same snapshot, whatever members do meanwhile.
 */
@Component
class OrgExporter {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FETCH_SIZE = 1_000;
    private static final int PROGRESS_EVERY = 5_000;

    private final DataSource dataSource;
    private final Clock clock;

    OrgExporter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What was written: the manifest (tables, rows). */
    ExportManifest export(Tenant tenant, OutputStream out, Progress progress) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                connection.setSchema(tenant.schema());
                ExportManifest manifest = write(connection, tenant, out, progress);
                connection.commit();
                return manifest;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setReadOnly(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset search_path");
                }
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("Export of " + tenant.slug() + " failed: " + e.getMessage(), e);
        }
    }

    private ExportManifest write(Connection connection, Tenant tenant, OutputStream out, Progress progress)
            throws SQLException, IOException {
        // The snapshot starts with the first query: the catalog, then every table.
        SchemaModel model = SchemaModel.read(connection, tenant.schema());
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String table : model.loadOrder()) {
            long rows = single(connection, "select count(*) from " + SchemaModel.quote(table));
            counts.put(table, rows);
            total += rows;
        }
        List<String> changesets = changesets(connection);
        Map<String, Long> sequences = sequences(connection, tenant.schema());
        var zip = new ZipOutputStream(new KeepOpen(out));
        List<ExportManifest.TableEntry> entries = new ArrayList<>();
        long done = 0;
        progress.at(0, total);
        for (String name : model.loadOrder()) {
            SchemaModel.Table table = model.tables().get(name);
            String file = "tables/" + name + ".jsonl";
            zip.putNextEntry(new ZipEntry(file));
            MessageDigest digest = sha256();
            var entry = new DigestOutputStream(new KeepOpen(zip), digest);
            long rows = 0;
            try (var statement = connection.prepareStatement(
                    "select * from " + SchemaModel.quote(name) + " order by " + table.orderBy())) {
                statement.setFetchSize(FETCH_SIZE);
                try (var result = statement.executeQuery()) {
                    List<SchemaModel.Column> columns = table.columns();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            SchemaModel.Column column = columns.get(i);
                            row.put(column.name(), RowValues.read(result, i + 1, column.type()));
                        }
                        entry.write(JSON.writeValueAsBytes(row));
                        entry.write('\n');
                        rows++;
                        if (++done % PROGRESS_EVERY == 0) {
                            progress.at(done, total);
                        }
                    }
                }
            }
            zip.closeEntry();
            entries.add(new ExportManifest.TableEntry(
                    name, file, rows, table.columns(), HexFormat.of().formatHex(digest.digest())));
        }
        var manifest = new ExportManifest(
                ExportManifest.FORMAT,
                ExportManifest.FORMAT_VERSION,
                lyceumVersion(),
                new ExportManifest.Source(
                        tenant.slug(),
                        tenant.name(),
                        tenant.timeZone().getId(),
                        tenant.brandColour(),
                        tenant.planCode()),
                clock.instant().toString(),
                changesets,
                entries,
                sequences);
        zip.putNextEntry(new ZipEntry(ExportManifest.FILE));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        progress.at(total, total);
        return manifest;
    }

    static List<String> changesets(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                        "select filename, author, id from databasechangelog order by orderexecuted");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(changeset(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return ids;
    }

    /** Liquibase identifies a changeset by its file, author and id together. */
    static String changeset(String file, String author, String id) {
        return file + "::" + author + "::" + id;
    }

    static Map<String, Long> sequences(Connection connection, String schema) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement(
                "select sequencename, last_value from pg_sequences where schemaname = ? order by sequencename")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    long last = rows.getLong(2);
                    values.put(rows.getString(1), rows.wasNull() ? 0 : last);
                }
            }
        }
        return values;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String lyceumVersion() {
        String version = OrgExporter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream whose close leaves the stream below open (a zip entry closes, the zip goes on). */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            out.write(data, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
