package com.rhosocial.activerecord.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection. */
@FunctionalInterface
public interface SqlFunction<R> {
    R apply(Connection connection) throws SQLException;
}
