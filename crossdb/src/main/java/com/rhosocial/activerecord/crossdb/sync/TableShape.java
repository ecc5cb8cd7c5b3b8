package com.rhosocial.activerecord.crossdb.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a job moves, with their JDBC types on each side, found by {@code SELECT ... WHERE 1 = 0} (portable
 * metadata without a catalog query per backend). Package-private engine code.
 */
final class TableShape {

    final List<String> columns;
    final int[] sourceTypes;
    final int[] targetTypes;

    private TableShape(List<String> columns, int[] sourceTypes, int[] targetTypes) {
        this.columns = columns;
        this.sourceTypes = sourceTypes;
        this.targetTypes = targetTypes;
    }

    static TableShape discover(Connection src, String srcTable, Connection tgt, String tgtTable, List<String> wanted)
            throws SQLException {
        List<String> cols = new ArrayList<>();
        int[] st;
        String list = wanted.isEmpty() ? "*" : String.join(", ", quoteAll(src, wanted));
        try (Statement s = src.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + srcTable + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            st = new int[md.getColumnCount()];
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(wanted.isEmpty() ? md.getColumnLabel(i) : wanted.get(i - 1));
                st[i - 1] = md.getColumnType(i);
            }
        }
        int[] tt = new int[cols.size()];
        try (Statement s = tgt.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", quoteAll(tgt, cols)) + " FROM " + tgtTable
                     + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                tt[i - 1] = md.getColumnType(i);
            }
        }
        return new TableShape(List.copyOf(cols), st, tt);
    }

    static List<String> quoteAll(Connection c, List<String> names) throws SQLException {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(SqlNames.quote(c, n));
        }
        return out;
    }

    /**
     * Index of {@code column} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the column and the ones available
     */
    int index(String column, String role) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(role + " column '" + column + "' is not among the synced columns " + columns);
    }
}
