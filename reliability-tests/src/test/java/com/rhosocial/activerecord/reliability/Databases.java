package com.rhosocial.activerecord.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared fixture: the local servers and this suite's own databases ({@code ar_rel_*}), created idempotently. Setup
 * and verification use the real drivers directly, never the code under test, so a bug in the proxy cannot hide
 * itself. Hosts can be moved with {@code AR_PG_HOST}/{@code AR_PG_PORT} and {@code AR_MARIADB_HOST}/{@code AR_MARIADB_PORT}.
 */
final class Databases {

    static final String PG_HOST = env("AR_PG_HOST", "127.0.0.1");
    static final int PG_PORT = Integer.parseInt(env("AR_PG_PORT", "5432"));
    static final String MARIADB_HOST = env("AR_MARIADB_HOST", "127.0.0.1");
    static final int MARIADB_PORT = Integer.parseInt(env("AR_MARIADB_PORT", "3306"));

    private Databases() {
    }

    private static String env(String key, String dflt) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? dflt : v;
    }

    /** The database behind a test: which server, and its name. */
    enum Server {
        POSTGRESQL, MARIADB;

        /** The real driver's URL of {@code database}. */
        String jdbcUrl(String database) {
            return this == POSTGRESQL ? "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database
                    : "jdbc:mariadb://" + MARIADB_HOST + ":" + MARIADB_PORT + "/" + database;
        }

        /** The same database through the proxy driver ({@code jdbc:activerecord:...}). */
        String proxyUrl(String database) {
            return "jdbc:activerecord:" + jdbcUrl(database).substring("jdbc:".length());
        }

        String user() {
            return this == POSTGRESQL ? "postgres" : "root";
        }

        /** A direct connection through the real driver (setup and verification only). */
        Connection direct(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user(), "");
        }

        /** Creates {@code database} unless it exists; drops it first when {@code fresh}. */
        void ensureDatabase(String database, boolean fresh) throws SQLException {
            if (!database.matches("ar_rel_[a-z0-9_]+")) {
                throw new IllegalArgumentException("not one of this suite's databases: " + database);
            }
            try (Connection c = direct(this == POSTGRESQL ? "postgres" : "test"); Statement s = c.createStatement()) {
                if (this == POSTGRESQL) {
                    boolean exists;
                    try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                        exists = rs.next();
                    }
                    if (exists && fresh) {
                        s.execute("DROP DATABASE " + database + " WITH (FORCE)");
                        exists = false;
                    }
                    if (!exists) {
                        s.execute("CREATE DATABASE " + database);
                    }
                } else {
                    if (fresh) {
                        s.execute("DROP DATABASE IF EXISTS " + database);
                    }
                    s.execute("CREATE DATABASE IF NOT EXISTS " + database);
                }
            }
        }

        /** Table names of {@code database}, sorted. */
        List<String> tables(String database) throws SQLException {
            List<String> out = new ArrayList<>();
            String sql = this == POSTGRESQL
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + database + "' ORDER BY 1";
            try (Connection c = direct(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        /** Runs statements on {@code database} through the real driver. */
        void exec(String database, String... sql) throws SQLException {
            try (Connection c = direct(database); Statement s = c.createStatement()) {
                for (String q : sql) {
                    s.execute(q);
                }
            }
        }

        /** The single long value of {@code sql}, through the real driver. */
        long queryLong(String database, String sql) throws SQLException {
            try (Connection c = direct(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
