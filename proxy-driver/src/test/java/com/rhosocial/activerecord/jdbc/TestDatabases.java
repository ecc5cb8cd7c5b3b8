package com.rhosocial.activerecord.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Shared fixtures of the driver tests: where the local servers are (overridable with AR_PG_URL / AR_MARIADB_URL,
 * given as host:port) and idempotent creation of this helper's own databases ({@code ar_driver_*}).
 */
final class TestDatabases {

    static final String PG_HOSTPORT = env("AR_PG_URL", "127.0.0.1:5432");
    static final String MARIADB_HOSTPORT = env("AR_MARIADB_URL", "127.0.0.1:3306");

    private TestDatabases() {
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        // accept a full JDBC URL as well as host:port
        int i = v.indexOf("//");
        if (i >= 0) {
            String rest = v.substring(i + 2);
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        return v;
    }

    /** The real PostgreSQL URL of database {@code db}, created if missing. */
    static String postgres(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOSTPORT + "/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                if (!rs.next()) {
                    try {
                        st.execute("CREATE DATABASE " + db);
                    } catch (SQLException e) {
                        if (!"42P04".equals(e.getSQLState())) { // created concurrently
                            throw e;
                        }
                    }
                }
            }
        }
        return "jdbc:postgresql://" + PG_HOSTPORT + "/" + db;
    }

    static void dropPostgres(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOSTPORT + "/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    /**
     * Makes a PostgreSQL database refuse (and drop) connections, or accept them again: a replica "going away"
     * without the seconds a DROP/CREATE DATABASE costs.
     */
    static void setPostgresReachable(String db, boolean reachable) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOSTPORT + "/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS " + reachable);
            if (!reachable) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
            }
        }
    }

    /** The real MariaDB URL (MariaDB driver) of database {@code db}, created if missing. */
    static String mariadb(String db) throws SQLException {
        createMariaDb(db);
        return "jdbc:mariadb://" + MARIADB_HOSTPORT + "/" + db;
    }

    /** The same MariaDB database through MySQL Connector/J. */
    static String mysql(String db) throws SQLException {
        createMariaDb(db);
        return "jdbc:mysql://" + MARIADB_HOSTPORT + "/" + db;
    }

    private static void createMariaDb(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + MARIADB_HOSTPORT + "/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + db);
        }
    }

    /** A SQLite file URL under target/, parent directories created. */
    static String sqlite(String name) throws Exception {
        Path dir = Path.of("target", "sqlite");
        Files.createDirectories(dir);
        return "jdbc:sqlite:" + dir.resolve(name + ".db").toAbsolutePath();
    }

    /** Wraps a real URL as the proxy driver's URL. */
    static String wrap(String realUrl) {
        return "jdbc:activerecord:" + realUrl.substring("jdbc:".length());
    }
}
