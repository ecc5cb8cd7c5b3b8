package com.rhosocial.activerecord.cli.demo;

import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.TableInfo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The target's tables as {@link DatabaseMetaData} describes them, so that the translation the demo prints is made
 * with the same knowledge (primary keys, nullability) as the driver's own, and shows the same schema-aware rewrites.
 * One instance per statement: it reads the metadata fresh, after whatever DDL came before. Not thread-safe.
 */
final class MetadataSchema implements SchemaInfo {

    private final Connection connection;

    MetadataSchema(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<TableInfo> table(String name) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            // Catalogs store unquoted names lower-case (PostgreSQL), as written (SQLite, MariaDB) or upper-case.
            for (String n : new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)}) {
                List<TableInfo.ColumnInfo> columns = new ArrayList<>();
                try (ResultSet rs = md.getColumns(null, null, n, null)) {
                    while (rs.next()) {
                        columns.add(new TableInfo.ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                                rs.getString("TYPE_NAME"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                    }
                }
                if (columns.isEmpty()) {
                    continue;
                }
                TreeMap<Short, String> pk = new TreeMap<>();
                try (ResultSet rs = md.getPrimaryKeys(null, null, n)) {
                    while (rs.next()) {
                        pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                    }
                }
                return Optional.of(new TableInfo(n, columns, new ArrayList<>(pk.values()), List.of()));
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // metadata helps translation; without it the schema-free rules apply
        }
    }
}
