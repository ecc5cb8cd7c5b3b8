package com.rhosocial.activerecord.dialect;

import java.util.Locale;

/**
 * The SQL dialects the translator reads and writes. H2 exists for tests that execute generated Oracle and
 * SQL Server SQL on H2's compatibility modes.
 */
public enum Dialect {
    MYSQL, MARIADB, POSTGRESQL, ORACLE, SQLSERVER, SQLITE, H2;

    /**
     * Parses a dialect name as users write it ({@code mysql}, {@code postgres}, {@code mssql}, ...).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Dialect of(String name) {
        if (name == null) {
            throw new IllegalArgumentException("dialect name is null; expected one of mysql, mariadb, postgresql, oracle, sqlserver, sqlite, h2");
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "mysql": return MYSQL;
            case "mariadb": return MARIADB;
            case "postgresql": case "postgres": case "pg": case "pgsql": return POSTGRESQL;
            case "oracle": return ORACLE;
            case "sqlserver": case "mssql": case "tsql": case "sql server": return SQLSERVER;
            case "sqlite": case "sqlite3": return SQLITE;
            case "h2": return H2;
            default:
                throw new IllegalArgumentException("unknown dialect '" + name
                        + "'; expected one of mysql, mariadb, postgresql, oracle, sqlserver, sqlite, h2");
        }
    }

    /** Lower-case name as used in configuration files and URL options. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
