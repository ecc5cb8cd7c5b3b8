package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.backend.BackendCapabilities.UpsertStyle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders one single-row upsert with {@code ?} parameters in the order of {@code columns}, in the form the target
 * backend declares through {@code capabilities().upsertStyle()}. One renderer per style, chosen in one place
 * ({@link #forStyle}); nothing here looks at a dialect name. Identifiers arrive already quoted where needed.
 */
abstract class UpsertRenderer {

    abstract String render(String table, List<String> columns, List<String> keys);

    /**
     * The renderer for a style. MERGE differs between its two users in how a one-row source is written; rather than
     * naming databases, the target is asked once whether {@code SELECT 1} needs a {@code FROM} (Oracle's DUAL).
     *
     * @throws SQLFeatureNotSupportedException SQLState 0A000 for {@link UpsertStyle#NONE}
     */
    static UpsertRenderer forStyle(UpsertStyle style, Connection target) throws SQLException {
        return switch (style) {
            case ON_CONFLICT -> new OnConflict();
            case ON_DUPLICATE_KEY -> new OnDuplicateKey();
            case MERGE -> new Merge(!selectWithoutFromWorks(target));
            case NONE -> throw new SQLFeatureNotSupportedException("the target backend has no single-statement"
                    + " upsert (upsertStyle NONE); sync needs one", "0A000");
        };
    }

    private static boolean selectWithoutFromWorks(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
            return true;
        } catch (SQLException e) {
            if (!auto) {
                c.rollback();
            }
            return false;
        }
    }

    static String joined(List<String> names) {
        return String.join(", ", names);
    }

    static String params(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static List<String> nonKeys(List<String> columns, List<String> keys) {
        return columns.stream().filter(c -> !keys.contains(c)).collect(Collectors.toList());
    }

    /** {@code INSERT ... ON CONFLICT (k) DO UPDATE SET c = EXCLUDED.c} (PostgreSQL, SQLite 3.24+). */
    static final class OnConflict extends UpsertRenderer {
        @Override
        String render(String table, List<String> columns, List<String> keys) {
            List<String> rest = nonKeys(columns, keys);
            String action = rest.isEmpty() ? "DO NOTHING" : "DO UPDATE SET "
                    + rest.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + joined(columns) + ") VALUES (" + params(columns.size())
                    + ") ON CONFLICT (" + joined(keys) + ") " + action;
        }
    }

    /**
     * {@code INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL, MariaDB). {@code VALUES()} rather than
     * MySQL 8.0.19's row alias because MariaDB has no row alias; MySQL still accepts it (deprecated, warning).
     */
    static final class OnDuplicateKey extends UpsertRenderer {
        @Override
        String render(String table, List<String> columns, List<String> keys) {
            List<String> rest = nonKeys(columns, keys);
            String set = rest.isEmpty() ? keys.get(0) + " = " + keys.get(0)
                    : rest.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + joined(columns) + ") VALUES (" + params(columns.size())
                    + ") ON DUPLICATE KEY UPDATE " + set;
        }
    }

    /**
     * {@code MERGE INTO t USING (SELECT ? AS c ...) s ON (...) WHEN MATCHED ... WHEN NOT MATCHED ...} (Oracle,
     * SQL Server). SQL Server requires the terminating semicolon; Oracle's driver rejects it and needs
     * {@code FROM DUAL}: both follow from the one probe in {@link #forStyle}.
     */
    static final class Merge extends UpsertRenderer {
        private final boolean fromDual;

        Merge(boolean fromDual) {
            this.fromDual = fromDual;
        }

        @Override
        String render(String table, List<String> columns, List<String> keys) {
            List<String> rest = nonKeys(columns, keys);
            String source = columns.stream().map(c -> "? AS " + c).collect(Collectors.joining(", "));
            String on = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
            String update = rest.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET "
                    + rest.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
            return "MERGE INTO " + table + " t USING (SELECT " + source + (fromDual ? " FROM DUAL" : "") + ") s ON ("
                    + on + ")" + update + " WHEN NOT MATCHED THEN INSERT (" + joined(columns) + ") VALUES ("
                    + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")"
                    + (fromDual ? "" : ";");
        }
    }
}
