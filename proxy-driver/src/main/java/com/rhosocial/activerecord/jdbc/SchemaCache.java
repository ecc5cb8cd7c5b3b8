package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.TableInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Table metadata (columns with types and nullability, primary and unique keys) read from the target's
 * {@link DatabaseMetaData}, cached per table for one physical database and cleared when DDL runs through the
 * driver. Lookups read through the connection that is translating, so they never need a second pooled
 * connection. Thread-safe.
 */
final class SchemaCache {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCache.class);

    private final Map<String, Optional<TableInfo>> tables = new ConcurrentHashMap<>();
    /** Advanced by every {@link #invalidate()}: what was derived from the metadata before is stale. */
    private volatile int generation;

    void invalidate() {
        generation++; // single writer is not guaranteed, but any change of value is enough to mark staleness
        if (!tables.isEmpty()) {
            tables.clear();
        }
    }

    int generation() {
        return generation;
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The metadata of table {@code name}, loaded through {@code connection} when not cached yet. */
    Optional<TableInfo> table(Connection connection, String name) {
        if (connection == null) {
            return Optional.empty(); // the wrapper was closed meanwhile: schema-free rules then
        }
        return lookup(connection, name);
    }

    private Optional<TableInfo> lookup(Connection connection, String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT);
        Optional<TableInfo> hit = tables.get(key);
        if (hit != null) {
            return hit;
        }
        try {
            Optional<TableInfo> loaded = load(connection, name);
            tables.put(key, loaded);
            return loaded;
        } catch (SQLException | RuntimeException e) {
            // Metadata is a help for translation, not a requirement: fall back to schema-free rules, do not cache.
            LOG.debug("metadata of table {} unavailable: {}", name, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<TableInfo> load(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = null;
        try {
            schema = c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            // drivers without schemas (MySQL) may refuse; the catalog is enough there
        }
        for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)}) {
            List<TableInfo.ColumnInfo> columns = new ArrayList<>();
            String actual = null;
            try (ResultSet rs = md.getColumns(catalog, schema, candidate, "%")) {
                while (rs.next()) {
                    actual = rs.getString("TABLE_NAME");
                    columns.add(new TableInfo.ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                            rs.getString("TYPE_NAME"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            if (columns.isEmpty()) {
                continue;
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(catalog, schema, actual)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            List<String> primaryKey = List.copyOf(pk.values());
            Map<String, Map<Short, String>> unique = new LinkedHashMap<>();
            try (ResultSet rs = md.getIndexInfo(catalog, schema, actual, true, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index == null || column == null || rs.getBoolean("NON_UNIQUE")) {
                        continue;
                    }
                    unique.computeIfAbsent(index, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), column);
                }
            }
            List<List<String>> uniqueKeys = new ArrayList<>();
            for (Map<Short, String> cols : unique.values()) {
                List<String> key = List.copyOf(cols.values());
                if (!key.equals(primaryKey)) {
                    uniqueKeys.add(key);
                }
            }
            return Optional.of(new TableInfo(actual, columns, primaryKey, uniqueKeys));
        }
        return Optional.empty();
    }
}
