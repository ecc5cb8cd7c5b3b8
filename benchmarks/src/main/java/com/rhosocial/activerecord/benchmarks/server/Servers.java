package com.rhosocial.activerecord.benchmarks.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The local servers the real-server and facade suites use, and their schema: database {@code ar_bench} on
 * PostgreSQL and MariaDB (created when missing), with tables {@code bench_user} (1,000 rows), {@code bench_post}
 * (10 posts per user for the has-many load) and {@code bench_event} (insert target, emptied per trial).
 * {@code AR_PG_URL} and {@code AR_MARIADB_URL} override the server addresses (the URL of database {@code test}).
 */
public final class Servers {

    /** Rows seeded in {@code bench_user}. */
    public static final int USERS = 1_000;

    /** Posts seeded per user in {@code bench_post}. */
    public static final int POSTS_PER_USER = 10;

    private Servers() {
    }

    /** A server: its JDBC URL of {@code ar_bench}, user and password. */
    public static final class Server {
        public final String name;
        public final String url;
        public final String user;
        public final String password;

        Server(String name, String url, String user, String password) {
            this.name = name;
            this.url = url;
            this.user = user;
            this.password = password;
        }
    }

    /** {@code postgresql} or {@code mariadb}, with its {@code ar_bench} database created and seeded. */
    public static Server prepare(String db) throws SQLException {
        switch (db.toLowerCase(Locale.ROOT)) {
            case "postgresql": {
                String test = env("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                try (Connection c = DriverManager.getConnection(test, "postgres", "")) {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'ar_bench'")) {
                        if (!rs.next()) {
                            s.execute("CREATE DATABASE ar_bench");
                        }
                    }
                }
                Server server = new Server("postgresql", swapDatabase(test, "ar_bench"), "postgres", "");
                seed(server, "SERIAL PRIMARY KEY", "BIGSERIAL PRIMARY KEY", "TIMESTAMP");
                return server;
            }
            case "mariadb": {
                String test = env("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
                try (Connection c = DriverManager.getConnection(test, "root", "");
                     Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE IF NOT EXISTS ar_bench");
                }
                Server server = new Server("mariadb", swapDatabase(test, "ar_bench"), "root", "");
                seed(server, "INT AUTO_INCREMENT PRIMARY KEY", "BIGINT AUTO_INCREMENT PRIMARY KEY", "DATETIME(6)");
                return server;
            }
            default:
                throw new IllegalArgumentException("unknown server '" + db + "'; expected postgresql or mariadb");
        }
    }

    /** Empties {@code bench_event}, so that each trial inserts into the same small table. */
    public static void truncateEvents(Server server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url, server.user, server.password);
             Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE bench_event");
        }
    }

    private static void seed(Server server, String serial, String bigSerial, String timestamp) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url, server.user, server.password);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_user (id " + serial
                    + ", name VARCHAR(100) NOT NULL, email VARCHAR(100) NOT NULL, age INT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_post (id " + serial
                    + ", user_id INT NOT NULL, title VARCHAR(200) NOT NULL, body VARCHAR(1000) NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_event (id " + bigSerial
                    + ", user_id INT NOT NULL, kind VARCHAR(20) NOT NULL, created_at " + timestamp + " NOT NULL)");
            int users;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_user")) {
                rs.next();
                users = rs.getInt(1);
            }
            if (users != USERS) {
                s.execute("DELETE FROM bench_user");
                s.execute("DELETE FROM bench_post");
                c.setAutoCommit(false);
                try (var ps = c.prepareStatement("INSERT INTO bench_user (id, name, email, age) VALUES (?, ?, ?, ?)")) {
                    for (int i = 1; i <= USERS; i++) {
                        ps.setInt(1, i);
                        ps.setString(2, "user " + i);
                        ps.setString(3, "user" + i + "@example.com");
                        ps.setInt(4, 18 + i % 60);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (var ps = c.prepareStatement("INSERT INTO bench_post (user_id, title, body) VALUES (?, ?, ?)")) {
                    for (int i = 1; i <= USERS; i++) {
                        for (int p = 1; p <= POSTS_PER_USER; p++) {
                            ps.setInt(1, i);
                            ps.setString(2, "post " + p + " of user " + i);
                            ps.setString(3, "body of post " + p);
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
            }
            s.execute("CREATE INDEX " + (server.name.equals("postgresql") ? "IF NOT EXISTS " : "IF NOT EXISTS ")
                    + "bench_post_user ON bench_post (user_id)");
            s.execute("CREATE INDEX IF NOT EXISTS bench_user_age ON bench_user (age)");
        }
    }

    private static String swapDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + query;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
