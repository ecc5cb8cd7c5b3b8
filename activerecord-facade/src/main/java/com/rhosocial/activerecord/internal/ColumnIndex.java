package com.rhosocial.activerecord.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Column labels of one result set, case-insensitive (Oracle reports upper case), mapped to their 1-based index. */
public final class ColumnIndex {
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final int count;

    ColumnIndex(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        count = md.getColumnCount();
        for (int i = count; i >= 1; i--) {
            // the first occurrence wins, as in ResultSet.findColumn
            byLabel.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** The index of {@code label}, or -1. */
    public int indexOf(String label) {
        Integer i = byLabel.get(label.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    public int count() {
        return count;
    }
}
