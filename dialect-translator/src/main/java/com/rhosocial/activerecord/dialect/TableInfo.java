package com.rhosocial.activerecord.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One table as the translator sees it: columns in order, primary key and unique keys.
 *
 * @param name table name
 * @param columns columns in table order
 * @param primaryKey primary key column names, empty when none
 * @param uniqueKeys other unique keys, each a list of column names
 */
public record TableInfo(String name, List<ColumnInfo> columns, List<String> primaryKey, List<List<String>> uniqueKeys) {

    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /** Finds a column case-insensitively. */
    public Optional<ColumnInfo> column(String columnName) {
        String wanted = columnName.toLowerCase(Locale.ROOT);
        for (ColumnInfo c : columns) {
            if (c.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * One column.
     *
     * @param name column name
     * @param jdbcType a {@link java.sql.Types} constant
     * @param typeName the database's own type name
     * @param nullable whether it can hold NULL (true when unknown)
     * @param autoIncrement whether the database generates its value (AUTO_INCREMENT, identity, serial; JDBC
     *                      {@code IS_AUTOINCREMENT}); false when unknown
     */
    public record ColumnInfo(String name, int jdbcType, String typeName, boolean nullable, boolean autoIncrement) {
        /** A column whose generation is unknown (taken as not generated). */
        public ColumnInfo(String name, int jdbcType, String typeName, boolean nullable) {
            this(name, jdbcType, typeName, nullable, false);
        }
    }

    /** Convenience for tests: columns given as name to nullable. */
    public static TableInfo of(String name, Map<String, Boolean> nullableByColumn, List<String> primaryKey) {
        return new TableInfo(name, nullableByColumn.entrySet().stream()
                .map(e -> new ColumnInfo(e.getKey(), java.sql.Types.OTHER, "", e.getValue())).toList(),
                primaryKey, List.of());
    }
}
