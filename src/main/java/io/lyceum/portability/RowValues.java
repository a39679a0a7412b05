package io.lyceum.portability;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** A column's value as the export writes it: JSON numbers, booleans and strings only. */
final class RowValues {

    private RowValues() {}

    static @Nullable Object read(ResultSet rows, int index, String type) throws SQLException {
        Object value = switch (type) {
            case "int2", "int4" -> rows.getInt(index);
            case "int8" -> rows.getLong(index);
            case "bool" -> rows.getBoolean(index);
            case "bytea" -> {
                byte[] data = rows.getBytes(index);
                yield data == null ? null : Base64.getEncoder().encodeToString(data);
            }
            case "timestamptz" -> {
                OffsetDateTime at = rows.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant().toString();
            }
            case "numeric" -> {
                BigDecimal number = rows.getBigDecimal(index);
                yield number == null ? null : number.toPlainString();
            }
            default -> rows.getString(index);
        };
        return rows.wasNull() ? null : value;
    }
}
