package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column labels of one result set, case-insensitive (Oracle reports upper case), mapped to their 1-based index. */
public final class ColumnIndex {
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final int count;
    /** Column positions of the last model asked for (a result set is read into one model, row after row). */
    private ModelMeta positionsFor;
    private int[] positions;

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

    /**
     * The 1-based position of each of {@code meta}'s properties in this result set (-1 when absent), in property
     * order; worked out once per result set, not once per row.
     */
    public int[] positions(ModelMeta meta) {
        if (positionsFor != meta) {
            List<Property> props = meta.properties();
            int[] p = new int[props.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = indexOf(props.get(k).column());
            }
            positions = p;
            positionsFor = meta;
        }
        return positions;
    }

    public int count() {
        return count;
    }
}
