package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.TableInfo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SchemaInfo} read from the target's {@link DatabaseMetaData}, as the driver supplies it, so that the
 * corpus exercises schema-aware rules the way the judged path does. Cached per table; {@link #clear()} after DDL.
 */
final class JdbcSchemaInfo implements SchemaInfo {

    private final Connection connection;
    private final Map<String, Optional<TableInfo>> cache = new ConcurrentHashMap<>();

    JdbcSchemaInfo(Connection connection) {
        this.connection = connection;
    }

    void clear() {
        cache.clear();
    }

    @Override
    public Optional<TableInfo> table(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return cache.computeIfAbsent(key, k -> {
            try {
                return load(k);
            } catch (SQLException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<TableInfo> load(String wanted) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = null;
        try {
            schema = connection.getSchema();
        } catch (SQLException | AbstractMethodError ignored) {
            // SQLite's driver has no schema; null means "any".
        }
        String actual = null;
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (t.equalsIgnoreCase(wanted)) {
                    actual = t;
                    break;
                }
            }
        }
        if (actual == null) {
            return Optional.empty();
        }
        List<TableInfo.ColumnInfo> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(catalog, schema, actual, "%")) {
            while (rs.next()) {
                columns.add(new TableInfo.ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Short, String> pk = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, actual)) {
            while (rs.next()) {
                pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Map<String, Map<Short, String>> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, actual, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String col = rs.getString("COLUMN_NAME");
                if (index != null && col != null) {
                    unique.computeIfAbsent(index, i -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), col);
                }
            }
        }
        List<String> pkCols = new ArrayList<>(pk.values());
        List<List<String>> uniqueKeys = new ArrayList<>();
        for (Map<Short, String> cols : unique.values()) {
            List<String> k = new ArrayList<>(cols.values());
            if (!k.equals(pkCols) && !uniqueKeys.contains(k)) {
                uniqueKeys.add(k);
            }
        }
        return Optional.of(new TableInfo(actual, columns, pkCols, uniqueKeys));
    }
}
