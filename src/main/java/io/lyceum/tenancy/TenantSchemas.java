package io.lyceum.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates, migrates and drops tenant schemas. Schema names are derived from validated slugs and
 * checked again here before they are quoted into DDL.
 */
@Component
public class TenantSchemas {

    public static final String TENANT_CHANGELOG = "db-changelog/tenant/master.xml";
    private static final Pattern SCHEMA = Pattern.compile("org_[a-z][a-z0-9_]{2,39}");
    private static final Logger log = LoggerFactory.getLogger(TenantSchemas.class);

    private final DataSource dataSource;

    TenantSchemas(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String schemaFor(Slug slug) {
        return "org_" + slug.value().replace('-', '_');
    }

    public static boolean isTenantSchema(String name) {
        return SCHEMA.matcher(name).matches();
    }

    public void create(String schema) {
        execute("create schema " + quoted(schema));
    }

    public void drop(String schema) {
        execute("drop schema if exists " + quoted(schema) + " cascade");
        // Liquibase remembers "up to date" per schema name; a schema created again under the
        // same name must be migrated from scratch.
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    }

    public boolean exists(String schema) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select 1 from information_schema.schemata where schema_name = ?")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new TenantSchemaException("Could not look up schema " + schema, e);
        }
    }

    /**
     * What a schema holds after a migration: the latest changeset of the tenant changelog applied to it
     * (its migration version, as {@code file::id}) and how many are applied in all.
     */
    public record Applied(String version, int changeSets) {}

    /** Told of each changeset a migration applies, as it goes (for a progress display). */
    @FunctionalInterface
    public interface Progress {
        void applied(String changeSet, int appliedSoFar);

        Progress NONE = (changeSet, appliedSoFar) -> {};
    }

    /** Applies the tenant changelog to one schema. Safe to call concurrently for different schemas. */
    public Applied migrate(String schema) {
        return migrate(schema, Progress.NONE);
    }

    /**
     * Migrates a schema whose last migration failed, checking every changeset again: Liquibase's
     * "up to date" memory is per changelog, not per schema, so it is forgotten first.
     */
    public Applied migrateAgain(String schema, Progress progress) {
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        return migrate(schema, progress);
    }

    /** {@link #migrate(String)}, telling {@code progress} of each changeset applied. */
    public Applied migrate(String schema, Progress progress) {
        quoted(schema);
        Applied applied;
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try {
                // Formatted-SQL changesets use unqualified names: they land in the tenant schema.
                connection.setSchema(schema);
                // A Database object per run: Liquibase's Database and lock service are not thread-safe.
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                // Liquibase reports to the log, not to standard output: with hundreds of tenants
                // the console would be nothing but update summaries.
                var ran = new AtomicInteger();
                var listener = new AbstractChangeExecListener() {
                    @Override
                    public void ran(
                            ChangeSet changeSet,
                            DatabaseChangeLog changeLog,
                            Database database,
                            ChangeSet.ExecType execType) {
                        progress.applied(changeSet.getId(), ran.incrementAndGet());
                    }
                };
                Scope.child(
                        Map.of(
                                Scope.Attr.resourceAccessor.name(),
                                new ClassLoaderResourceAccessor(TenantSchemas.class.getClassLoader()),
                                Scope.Attr.ui.name(),
                                new LoggerUIService()),
                        () -> {
                            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TENANT_CHANGELOG)
                                    .addArgumentValue(
                                            ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                                    .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, listener)
                                    .execute();
                        });
                applied = applied(connection, schema);
            } finally {
                resetSearchPath(connection);
            }
        } catch (Exception e) {
            if (!causedBy(e, LockException.class)) {
                // The run held the schema's Liquibase lock when its changeset failed, and on
                // PostgreSQL the lock stays taken after such a failure: the next run (a restart, staff
                // running it again from the console) would wait five minutes and fail. Not when the
                // failure was the lock itself: then another run holds it.
                releaseLock(schema);
            }
            throw new TenantSchemaException("Migration of " + schema + " failed: " + rootMessage(e), e);
        }
        log.debug("Migrated {} in {} ms", schema, (System.nanoTime() - started) / 1_000_000);
        return applied;
    }

    /** Liquibase's own record in the schema, read by the migration that wrote it. */
    private static Applied applied(Connection connection, String schema) throws SQLException {
        try (var statement = connection.prepareStatement("select (select count(*) from " + quoted(schema)
                        + ".databasechangelog), filename, id from " + quoted(schema)
                        + ".databasechangelog order by orderexecuted desc limit 1");
                var rows = statement.executeQuery()) {
            if (!rows.next()) {
                return new Applied("", 0);
            }
            String file = rows.getString(2);
            return new Applied(file.substring(file.lastIndexOf('/') + 1) + "::" + rows.getString(3), rows.getInt(1));
        }
    }

    private void releaseLock(String schema) {
        try {
            execute("update " + quoted(schema) + ".databasechangeloglock set locked = false, lockgranted = null,"
                    + " lockedby = null where locked");
        } catch (TenantSchemaException noLockTable) {
            log.debug("No Liquibase lock to release in {}", schema, noLockTable);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new TenantSchemaException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static void resetSearchPath(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("reset search_path");
        }
    }

    private static String quoted(String schema) {
        if (!isTenantSchema(schema)) {
            throw new IllegalArgumentException("Not a tenant schema: " + schema);
        }
        return '"' + schema + '"';
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A schema operation failed; the message says which and why. */
    public static class TenantSchemaException extends RuntimeException {
        TenantSchemaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
