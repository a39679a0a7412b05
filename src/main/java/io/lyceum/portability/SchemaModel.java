package io.lyceum.portability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one tenant schema as the catalog describes them: columns and their types, the
 * identity column, the single-column foreign keys, and an order in which every table comes after
 * the tables it refers to. Read from the database, so a new module's tables are carried without
 * any change here.
 */
record SchemaModel(Map<String, Table> tables, List<String> loadOrder) {

    /** Liquibase's own bookkeeping: not the organization's data. */
    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    /**
     * References by id that no foreign key declares (a certificate outlives its course's rows, a
     * reminder names an enrollment or a certificate by kind): remapped on import like foreign keys,
     * and their tables loaded after the tables they name.
     */
    static final Map<String, Set<String>> IMPLICIT_REFERENCES = Map.of(
            "certificate", Set.of("course"),
            "enrollment", Set.of("course_module"),
            "audit_event", Set.of("app_user"),
            "notification_reminder", Set.of("enrollment", "certificate"));

    record Column(String name, String type) {}

    /** {@code column} refers to {@code refTable.refColumn}. */
    record ForeignKey(String column, String refTable, String refColumn) {}

    record Table(
            String name,
            List<Column> columns,
            @Nullable String identity,
            List<String> primaryKey,
            List<ForeignKey> foreignKeys) {

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** Rows in a stable order: by primary key (a table without one: by all its columns). */
        String orderBy() {
            List<String> keys =
                    primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
            return String.join(", ", keys.stream().map(SchemaModel::quote).toList());
        }
    }

    static SchemaModel read(Connection connection, String schema) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        Map<String, String> identities = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                select c.table_name, c.column_name, c.udt_name, c.is_identity
                  from information_schema.columns c
                  join information_schema.tables t
                    on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = ? and t.table_type = 'BASE TABLE'
                 order by c.table_name, c.ordinal_position""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (LIQUIBASE_TABLES.contains(table)) {
                        continue;
                    }
                    columns.computeIfAbsent(table, t -> new ArrayList<>())
                            .add(new Column(rows.getString(2), rows.getString(3)));
                    if ("YES".equals(rows.getString(4))) {
                        identities.put(table, rows.getString(2));
                    }
                }
            }
        }
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                select cl.relname, a.attname
                  from pg_constraint c
                  join pg_class cl on cl.oid = c.conrelid
                  join pg_namespace n on n.oid = cl.relnamespace
                  cross join lateral unnest(c.conkey) with ordinality as k(attnum, position)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                 where c.contype = 'p' and n.nspname = ?
                 order by cl.relname, k.position""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    primaryKeys
                            .computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                select cl.relname, a.attname, fcl.relname, fa.attname
                  from pg_constraint c
                  join pg_class cl on cl.oid = c.conrelid
                  join pg_namespace n on n.oid = cl.relnamespace
                  join pg_class fcl on fcl.oid = c.confrelid
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                  join pg_attribute fa on fa.attrelid = c.confrelid and fa.attnum = c.confkey[1]
                 where c.contype = 'f' and n.nspname = ? and cardinality(c.conkey) = 1
                 order by cl.relname, a.attname""")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    foreignKeys
                            .computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(new ForeignKey(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((name, cols) -> tables.put(
                name,
                new Table(
                        name,
                        List.copyOf(cols),
                        identities.get(name),
                        List.copyOf(primaryKeys.getOrDefault(name, List.of())),
                        List.copyOf(foreignKeys.getOrDefault(name, List.of())))));
        return new SchemaModel(tables, order(tables));
    }

    /** Tables after those they refer to (self-references aside); alphabetical where free. */
    private static List<String> order(Map<String, Table> tables) {
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < tables.size()) {
            boolean progressed = false;
            for (Table table : tables.values()) {
                if (done.contains(table.name())) {
                    continue;
                }
                boolean ready = Stream.concat(
                                table.foreignKeys().stream().map(ForeignKey::refTable),
                                IMPLICIT_REFERENCES.getOrDefault(table.name(), Set.of()).stream())
                        .allMatch(ref -> ref.equals(table.name()) || done.contains(ref) || !tables.containsKey(ref));
                if (ready) {
                    done.add(table.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("The tables refer to each other in a cycle: " + tables.keySet());
            }
        }
        return List.copyOf(done);
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }
}
