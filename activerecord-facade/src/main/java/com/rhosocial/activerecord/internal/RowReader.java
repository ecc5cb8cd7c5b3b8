package com.rhosocial.activerecord.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; {@code columns} maps lower-case labels to indexes. */
@FunctionalInterface
public interface RowReader<R> {
    R read(ResultSet rs, ColumnIndex columns) throws SQLException;
}
