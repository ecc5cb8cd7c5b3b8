package com.rhosocial.activerecord.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetProvider;

/**
 * Rows read into memory, for a translation that must return rows it read before a later statement of the same
 * translation changes their source (the SELECT of an emulated {@code WITH d AS (DELETE ... RETURNING ...)}).
 * Holding the driver's cursor open across that change is not safe on every driver (SQLite reads lazily), so the
 * rows are copied first; such results are small by nature (they are what one statement changed).
 */
final class ResultRows {

    private ResultRows() {
    }

    /** A disconnected copy of every row left in {@code rs}, positioned before the first. */
    static ResultSet copy(ResultSet rs) throws SQLException {
        CachedRowSet rows = RowSetProvider.newFactory().createCachedRowSet();
        rows.populate(rs);
        rows.beforeFirst();
        return rows;
    }
}
