package com.rhosocial.activerecord.cli.sync;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The table-level chores around a synchronization that the crossdb sync engine leaves to its caller: whether a table
 * exists, its primary key (the job's default key), and creating a missing target table from the source's columns.
 * Portable SQL only. Not thread-safe; one instance per table.
 */
public final class TargetTable {

    private final String table;

    /**
     * @param table a plain identifier, optionally {@code schema.table}
     * @throws IllegalArgumentException for anything else
     */
    public TargetTable(String table) {
        if (table == null || !table.matches("[A-Za-z_][A-Za-z0-9_$.]*")) {
            throw new IllegalArgumentException("table name must be a plain identifier (optionally schema.table), got '" + table + "'");
        }
        this.table = table;
    }

    /** True when the table exists on {@code c}. */
    public boolean exists(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        } finally {
            resetAfterFailure(c);
        }
    }

    /**
     * Creates the table on the target from the source's column types, mapped onto portable type names (integers,
     * DECIMAL(p,s), VARCHAR(n), DOUBLE PRECISION, BOOLEAN, DATE, TIME, TIMESTAMP) and the source's primary key.
     *
     * @return the DDL that was run
     */
    public String createLike(Connection source, Connection target) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                ddl.append(i == 1 ? "" : ", ").append(md.getColumnLabel(i).toLowerCase(Locale.ROOT)).append(' ')
                        .append(portableType(md, i));
            }
        }
        List<String> pk = primaryKey(source);
        if (!pk.isEmpty()) {
            ddl.append(", PRIMARY KEY (").append(String.join(", ", pk)).append(')');
        }
        ddl.append(')');
        try (Statement st = target.createStatement()) {
            st.execute(ddl.toString());
        }
        return ddl.toString();
    }

    private static String portableType(ResultSetMetaData md, int i) throws SQLException {
        int p = md.getPrecision(i);
        int s = md.getScale(i);
        String name = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
        switch (md.getColumnType(i)) {
            case Types.TINYINT, Types.SMALLINT:
                return "SMALLINT";
            case Types.INTEGER:
                return "INTEGER";
            case Types.BIGINT:
                return "BIGINT";
            case Types.DECIMAL, Types.NUMERIC:
                return p > 0 && p <= 38 ? "DECIMAL(" + p + "," + Math.max(0, s) + ")" : "DECIMAL(38,10)";
            case Types.REAL, Types.FLOAT, Types.DOUBLE:
                return "DOUBLE PRECISION";
            case Types.BOOLEAN, Types.BIT:
                return "BOOLEAN";
            case Types.DATE:
                return "DATE";
            case Types.TIME:
                return "TIME";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
                return "TIMESTAMP";
            case Types.CHAR, Types.NCHAR:
                return "CHAR(" + (p > 0 && p <= 255 ? p : 255) + ")";
            default:
                // SQLite reports declared DATETIME/DECIMAL columns with their declared names; honour them.
                if (name.startsWith("DATETIME") || name.startsWith("TIMESTAMP")) {
                    return "TIMESTAMP";
                }
                if (name.startsWith("DECIMAL") || name.startsWith("NUMERIC")) {
                    return "DECIMAL(38,10)";
                }
                return "VARCHAR(" + (p > 0 && p <= 4000 ? p : 4000) + ")";
        }
    }

    /** Primary key columns of the table on {@code c}, lower-cased; empty when it has none. */
    public List<String> primaryKey(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String bare = table.contains(".") ? table.substring(table.indexOf('.') + 1) : table;
        String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : null;
        // The connection's own catalog: MariaDB reads a null catalog as "every database" and finds other tables.
        for (String name : new String[] {bare, bare.toLowerCase(Locale.ROOT), bare.toUpperCase(Locale.ROOT)}) {
            TreeMap<Short, String> cols = new TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(c.getCatalog(), schema, name)) {
                while (rs.next()) {
                    cols.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!cols.isEmpty()) {
                return new ArrayList<>(cols.values());
            }
        }
        return List.of();
    }

    private static void resetAfterFailure(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback(); // PostgreSQL refuses every later statement of a transaction after an error
            }
        } catch (SQLException ignored) {
            // the caller's next statement reports any real problem
        }
    }
}
