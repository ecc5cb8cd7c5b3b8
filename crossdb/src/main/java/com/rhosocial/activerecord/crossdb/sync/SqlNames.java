package com.rhosocial.activerecord.crossdb.sync;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Identifier handling without a dialect switch: plain names stay unquoted (so each database applies its own case
 * folding, as it did when the table was created), anything else is quoted with the driver's own quote string.
 */
final class SqlNames {

    private SqlNames() {
    }

    static boolean isSimple(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    }

    static String quote(Connection c, String name) throws SQLException {
        if (isSimple(name)) {
            return name;
        }
        String q = c.getMetaData().getIdentifierQuoteString();
        if (q == null || q.isBlank()) {
            throw new SQLException("identifier '" + name + "' needs quoting and the driver has no quote string", "42000");
        }
        q = q.trim();
        return q + name.replace(q, q + q) + q;
    }
}
