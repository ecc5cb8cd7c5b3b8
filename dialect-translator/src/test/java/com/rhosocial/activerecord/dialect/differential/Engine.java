package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The databases the corpus runs on. PostgreSQL, MariaDB and SQLite are the real servers of the judged matrix;
 * the two H2 engines are stand-ins for Oracle and SQL Server targets (H2 compatibility modes, not the servers).
 *
 * <p>Each engine gets its own database so that helpers never share mutable tables: {@code AR_CORPUS_DB} names it,
 * otherwise it is {@code ar_corpus_} plus a short hash of the working directory (two worktrees running the corpus
 * at once do not collide). {@code AR_PG_URL} / {@code AR_MARIADB_URL} override the admin URLs (a database on the
 * server that already exists); the user comes from {@code AR_PG_USER} / {@code AR_MARIADB_USER}.
 */
public enum Engine {
    POSTGRESQL("postgresql", Dialect.POSTGRESQL, true, "postgresql.sql"),
    MARIADB("mariadb", Dialect.MARIADB, true, "mariadb.sql"),
    SQLITE("sqlite", Dialect.SQLITE, true, "sqlite.sql"),
    H2_ORACLE("oracle(h2)", Dialect.ORACLE, false, "h2-oracle.sql"),
    H2_SQLSERVER("sqlserver(h2)", Dialect.SQLSERVER, false, "h2-sqlserver.sql");

    private final String label;
    private final Dialect dialect;
    private final boolean real;
    private final String fixture;

    Engine(String label, Dialect dialect, boolean real, String fixture) {
        this.label = label;
        this.dialect = dialect;
        this.real = real;
        this.fixture = fixture;
    }

    /** Short name used in reports and in the must-pass list. */
    public String label() {
        return label;
    }

    /** The dialect the translator must produce for this engine. */
    public Dialect dialect() {
        return dialect;
    }

    /** True for the real servers (PostgreSQL, MariaDB, SQLite); false for the H2 stand-ins. */
    public boolean real() {
        return real;
    }

    /** The engine that runs SQL of {@code source} natively, or {@code null} for Oracle and SQL Server. */
    public static Engine nativeFor(Dialect source) {
        return switch (source) {
            case MYSQL, MARIADB -> MARIADB;
            case POSTGRESQL -> POSTGRESQL;
            case SQLITE -> SQLITE;
            default -> null;
        };
    }

    /** The engine standing for {@code d} as a source family (used to exclude same-family targets). */
    public static Engine familyOf(Dialect d) {
        return switch (d) {
            case ORACLE -> H2_ORACLE;
            case SQLSERVER -> H2_SQLSERVER;
            default -> nativeFor(d);
        };
    }

    /** Parses a label or enum name. */
    public static Engine of(String s) {
        for (Engine e : values()) {
            if (e.label.equalsIgnoreCase(s) || e.name().equalsIgnoreCase(s) || e.label.replace("(h2)", "").equalsIgnoreCase(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + s + "'");
    }

    static String databaseName() {
        String fixed = System.getenv("AR_CORPUS_DB");
        if (fixed != null && !fixed.isBlank()) {
            return fixed;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(Path.of("").toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            return "ar_corpus_" + HexFormat.of().formatHex(h, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String key, String def) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? def : v;
    }

    /** Replaces the database path of a {@code jdbc:x://host:port/db?opts} URL. */
    static String withDatabase(String url, String db) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String opts = q < 0 ? "" : url.substring(q);
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + db + opts;
    }

    /** Opens a connection to this engine's corpus database, creating the database when needed. */
    public Connection open() throws SQLException {
        String db = databaseName();
        switch (this) {
            case POSTGRESQL -> {
                String admin = env("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                Properties p = new Properties();
                p.setProperty("user", env("AR_PG_USER", "postgres"));
                p.setProperty("password", env("AR_PG_PASSWORD", ""));
                try (Connection c = DriverManager.getConnection(admin, p); Statement s = c.createStatement()) {
                    var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'");
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + db);
                    }
                }
                Connection c = DriverManager.getConnection(withDatabase(admin, db), p);
                try (Statement s = c.createStatement()) {
                    // A translation that loops (a broken recursive CTE) must not hang the build.
                    s.execute("SET statement_timeout = '20s'");
                }
                return c;
            }
            case MARIADB -> {
                String admin = env("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
                Properties p = new Properties();
                p.setProperty("user", env("AR_MARIADB_USER", "root"));
                p.setProperty("password", env("AR_MARIADB_PASSWORD", ""));
                try (Connection c = DriverManager.getConnection(admin, p); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE IF NOT EXISTS " + db);
                }
                Connection c = DriverManager.getConnection(withDatabase(admin, db), p);
                try (Statement s = c.createStatement()) {
                    s.execute("SET SESSION max_statement_time = 20");
                }
                return c;
            }
            case SQLITE -> {
                try {
                    Path dir = Path.of("target");
                    Files.createDirectories(dir);
                    Path file = dir.resolve(db + ".sqlite");
                    Files.deleteIfExists(file);
                    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                } catch (IOException e) {
                    throw new SQLException("cannot prepare the SQLite file under target/", "08001", e);
                }
            }
            case H2_ORACLE -> {
                // Oracle sorts NULLs last ascending; H2's default is first, so the stand-in sets HIGH.
                return DriverManager.getConnection("jdbc:h2:mem:" + db
                        + "_ora;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
            }
            case H2_SQLSERVER -> {
                // SQL Server's default collation is case-insensitive and so are its identifiers.
                return DriverManager.getConnection("jdbc:h2:mem:" + db
                        + "_mssql;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                        + "IGNORECASE=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
            }
            default -> throw new IllegalStateException(name());
        }
    }

    /** Drops and recreates the fixture tables and rows from this engine's hand-written script. */
    public void loadFixture(Connection c) throws SQLException, IOException {
        String script;
        try (InputStream in = Engine.class.getClassLoader().getResourceAsStream("corpus/fixture/" + fixture)) {
            if (in == null) {
                throw new IOException("missing fixture corpus/fixture/" + fixture);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder noComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                noComments.append(line).append('\n');
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String stmt : CorpusParser.splitStatements(noComments.toString())) {
                s.execute(stmt);
            }
            for (String alias : H2Functions.aliases(this)) {
                s.execute(alias);
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Empties the auto-increment table and restarts its counter, so generated ids start at 1 in every case. */
    public void resetAuditLog(Connection c) throws SQLException {
        List<String> sql = switch (this) {
            case POSTGRESQL -> List.of("TRUNCATE audit_log RESTART IDENTITY");
            case MARIADB -> List.of("TRUNCATE TABLE audit_log");
            case SQLITE -> List.of("DELETE FROM audit_log", "DELETE FROM sqlite_sequence WHERE name = 'audit_log'");
            default -> List.of("TRUNCATE TABLE audit_log RESTART IDENTITY");
        };
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /**
     * Drops a table (or, for names starting with {@code tmp_v}, a view; for {@code tmp_seq}, a sequence, or on
     * SQLite the table that may emulate it) a case created, natively (never through the translator).
     */
    public void dropTable(Connection c, String table) throws SQLException {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("bad cleanup table name: " + table);
        }
        String lower = table.toLowerCase(Locale.ROOT);
        String kind = lower.startsWith("tmp_v") ? "VIEW"
                : lower.startsWith("tmp_seq") && this != SQLITE ? "SEQUENCE" : "TABLE";
        try (Statement s = c.createStatement()) {
            s.execute("DROP " + kind + " IF EXISTS " + (this == POSTGRESQL ? table + " CASCADE" : table));
        }
    }

    /** The fixture tables, for the fingerprint taken after mutating cases. */
    public static final List<String> FIXTURE_TABLES = List.of("customers", "products", "orders", "order_items",
            "employees", "events", "app_config", "inventory", "audit_log");

    @Override
    public String toString() {
        return label + (real ? "" : " [H2 stand-in]");
    }

    String lower() {
        return label.toLowerCase(Locale.ROOT);
    }
}
