package com.rhosocial.activerecord.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local PostgreSQL and MariaDB of the test machine (see the project's services notes), with databases of this
 * module's own ({@code ar_cli_*}) created on demand. {@code AR_PG_URL} / {@code AR_MARIADB_URL} override the server
 * base URLs (without a database name), e.g. {@code jdbc:postgresql://db:5432/}.
 */
final class TestDatabases {

    static final String PG_BASE = env("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String MARIADB_BASE = env("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");

    private TestDatabases() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return v.endsWith("/") ? v : v.substring(0, v.lastIndexOf('/') + 1);
    }

    /** Creates the PostgreSQL database if missing and returns its URL. */
    static String postgres(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_BASE + "postgres", "postgres", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                if (!rs.next()) {
                    try {
                        st.execute("CREATE DATABASE " + db);
                    } catch (SQLException e) {
                        if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel run
                            throw e;
                        }
                    }
                }
            }
        }
        return PG_BASE + db;
    }

    /** Creates the MariaDB database if missing and returns its URL. */
    static String mariadb(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(MARIADB_BASE, "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + db);
        }
        return MARIADB_BASE + db;
    }

    static void execute(String url, String user, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Writes an activerecord.yaml with the given datasources block into {@code dir}. */
    static Path yaml(Path dir, String datasources) throws IOException {
        Path f = dir.resolve("activerecord.yaml");
        Files.writeString(f, "datasources:\n" + datasources);
        return f;
    }
}
