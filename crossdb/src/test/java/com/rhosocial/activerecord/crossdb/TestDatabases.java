package com.rhosocial.activerecord.crossdb;

import com.rhosocial.activerecord.config.ActiveRecordConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared fixtures: the local PostgreSQL and MariaDB (overridable with AR_PG_URL / AR_MARIADB_URL, whose database
 * part is replaced by ours), databases named {@code ar_crossdb_*} created idempotently, and configurations built
 * as {@code activerecord.yaml} text so that tests go through the real parser.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    static final String PG_BASE = env("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String MARIA_BASE = env("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");

    private static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isBlank() ? d : v;
    }

    /** The PostgreSQL URL of database {@code db}. */
    public static String pgUrl(String db) {
        return withDatabase(PG_BASE, db);
    }

    /** The MariaDB URL of database {@code db}. */
    public static String mariaUrl(String db) {
        return withDatabase(MARIA_BASE, db);
    }

    private static String withDatabase(String url, String db) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String tail = q < 0 ? "" : url.substring(q);
        return head.substring(0, head.lastIndexOf('/') + 1) + db + tail;
    }

    /** Creates PostgreSQL database {@code db} when missing. */
    public static void ensurePg(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_BASE, "postgres", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            try {
                st.execute("CREATE DATABASE " + db);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // 42P04 duplicate_database: a parallel run created it
                    throw e;
                }
            }
        }
    }

    /** Creates MariaDB database {@code db} when missing. */
    public static void ensureMaria(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(MARIA_BASE, "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + db);
        }
    }

    /** A PostgreSQL connection to {@code db}. */
    public static Connection pg(String db) throws SQLException {
        return DriverManager.getConnection(pgUrl(db), "postgres", "");
    }

    /** A MariaDB connection to {@code db}. */
    public static Connection maria(String db) throws SQLException {
        return DriverManager.getConnection(mariaUrl(db), "root", "");
    }

    /** Runs statements on a connection, in order. */
    public static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** The first column of every row, as text. */
    public static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A configuration builder producing YAML text for the real parser. */
    public static Yaml yaml() {
        return new Yaml();
    }

    /** Small pools: the local servers are shared by every module's tests (PostgreSQL allows 100 connections). */
    private static final String SMALL_POOL = "    pool:\n      maximumPoolSize: 2\n      minimumIdle: 0\n";

    /** Collects datasources and extra sections, then parses them. */
    public static final class Yaml {
        private final Map<String, String> datasources = new LinkedHashMap<>();
        private final StringBuilder extra = new StringBuilder();

        public Yaml pg(String name, String db) {
            datasources.put(name, "    url: " + pgUrl(db) + "\n    username: postgres\n" + SMALL_POOL);
            return this;
        }

        public Yaml maria(String name, String db) {
            datasources.put(name, "    url: " + mariaUrl(db) + "\n    username: root\n    password: \"\"\n" + SMALL_POOL);
            return this;
        }

        /** MySQL Connector/J against the local MariaDB (as the project tests MySQL). */
        public Yaml mysql(String name, String db) {
            datasources.put(name, "    url: " + mariaUrl(db).replace("jdbc:mariadb:", "jdbc:mysql:")
                    + "\n    username: root\n    password: \"\"\n" + SMALL_POOL);
            return this;
        }

        public Yaml sqlite(String name, Path file) {
            // foreign_keys: a connection-level setting in SQLite (the PRAGMA is a no-op inside a transaction).
            datasources.put(name, "    url: jdbc:sqlite:" + file.toAbsolutePath() + "\n"
                    + "    options:\n      foreign_keys: \"true\"\n");
            return this;
        }

        /** Appends raw top-level YAML (another section). */
        public Yaml section(String text) {
            extra.append(text).append('\n');
            return this;
        }

        public String text() {
            StringBuilder sb = new StringBuilder("datasources:\n");
            datasources.forEach((n, body) -> sb.append("  ").append(n).append(":\n").append(body));
            return sb.append(extra).toString();
        }

        public ActiveRecordConfig parse() {
            return ActiveRecordConfig.parse(text(), "test-activerecord.yaml");
        }
    }
}
