package io.lyceum.course;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a new outline order in a constant number of statements, whatever the number of modules:
 * one guarded version bump and one array-driven update per table, on the session's connection (so
 * inside the tenant's schema and the caller's transaction).
 */
@Component
class OutlineWriter {

    private final EntityManager entityManager;

    OutlineWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Placement(long id, int position, @Nullable Long sectionId) {}

    /** Returns false, having written nothing, when the course is no longer at {@code expectedVersion}. */
    boolean write(long courseId, long expectedVersion, List<Placement> sections, List<Placement> modules) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement bump = connection.prepareStatement(
                    "update course set version = version + 1, updated_at = now() where id = ? and version = ?")) {
                bump.setLong(1, courseId);
                bump.setLong(2, expectedVersion);
                if (bump.executeUpdate() != 1) {
                    return false;
                }
            }
            update(connection, "course_section", courseId, sections, false);
            update(connection, "course_module", courseId, modules, true);
            return true;
        });
    }

    private static void update(
            Connection connection, String table, long courseId, List<Placement> placements, boolean withSection)
            throws SQLException {
        if (placements.isEmpty()) {
            return;
        }
        String sql = "update " + table + " t set position = u.position"
                + (withSection ? ", section_id = u.section_id" : "")
                + " from unnest(?, ?, ?) as u(id, position, section_id) where t.id = u.id and t.course_id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setArray(
                    1,
                    array(
                            connection,
                            "bigint",
                            placements.stream().map(Placement::id).toArray()));
            update.setArray(
                    2,
                    array(
                            connection,
                            "integer",
                            placements.stream().map(Placement::position).toArray()));
            update.setArray(
                    3,
                    array(
                            connection,
                            "bigint",
                            placements.stream().map(Placement::sectionId).toArray()));
            update.setLong(4, courseId);
            update.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
