package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.jdbc.ActiveRecordDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security: a real password (MariaDB user {@code ar_rel_user}, PostgreSQL role {@code ar_rel_role}; the local
 * PostgreSQL trusts 127.0.0.1, so there it is sent but not checked) must never appear in a captured log line (logback
 * at TRACE for our packages, HikariCP and both drivers; PgJDBC's java.util.logging at FINEST; stdout/stderr), an
 * exception message (with causes) or a {@code toString()}, across driver, configuration, pools and facade, for
 * working and failing connections, URLs with {@code password=} and configuration files.
 */
class SecretLeakTest {

    static final String PASSWORD = "Ar-Rel-S3cret-Pw-7731";
    static final String WRONG = "Ar-Rel-Wr0ng-Pw-4417";
    static final String DB = "ar_rel_sec";

    /** A model for the facade part: table {@code secrets}. */
    public static class Secret extends ActiveRecord {
        public static final Finder<Secret> FIND = ActiveRecord.finder(Secret.class);
        public Long id;
        public String label;
    }

    @BeforeAll
    static void users() throws SQLException {
        Databases.Server.MARIADB.ensureDatabase(DB, false);
        Databases.Server.POSTGRESQL.ensureDatabase(DB, false);
        for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
            Databases.Server.MARIADB.exec("test",
                    "CREATE USER IF NOT EXISTS 'ar_rel_user'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'",
                    "ALTER USER 'ar_rel_user'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'",
                    "GRANT ALL ON " + DB + ".* TO 'ar_rel_user'@'" + host + "'");
        }
        Databases.Server.MARIADB.exec(DB, "CREATE TABLE IF NOT EXISTS secrets (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " label VARCHAR(50))");
        Databases.Server.POSTGRESQL.exec("postgres",
                "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ar_rel_role') THEN"
                        + " CREATE ROLE ar_rel_role LOGIN; END IF; END$$",
                "SET password_encryption = 'scram-sha-256'",
                "ALTER ROLE ar_rel_role PASSWORD '" + PASSWORD + "'",
                "GRANT ALL ON DATABASE " + DB + " TO ar_rel_role");
    }

    /** Every string an application could print for {@code t}: messages, toString, causes, suppressed, next. */
    private static void collect(List<String> seen, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            seen.add(String.valueOf(c));
            seen.add(String.valueOf(c.getMessage()));
            seen.add(String.valueOf(c.getLocalizedMessage()));
            for (Throwable s : c.getSuppressed()) {
                collect(seen, s);
            }
            if (c instanceof SQLException sq && sq.getNextException() != null && sq.getNextException() != c) {
                collect(seen, sq.getNextException());
            }
            if (c.getCause() == c) {
                break;
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void expectFailure(List<String> seen, List<String> failures, String name, Step step) {
        try {
            step.run();
            failures.add(name + ": did not fail");
        } catch (Exception e) {
            collect(seen, e);
        }
    }

    @Test
    void thePasswordNeverAppearsInLogsMessagesOrToString() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int scenarios = 0;
        String captured;
        int events;
        try (LogCapture logs = new LogCapture()) {
            // 1. MariaDB, right password in the URL; slow-statement log on.
            String mUrl = "jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB + "?user=ar_rel_user&password=" + PASSWORD
                    + "&poolName=ar_rel_sec_url&slowQueryThreshold=1&logParameters=true";
            try (Connection c = DriverManager.getConnection(mUrl); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT SLEEP(0.01), CURRENT_USER()")) {
                rs.next();
                assertThat(rs.getString(2)).startsWith("ar_rel_user@");
                seen.add(c.toString());
                seen.add(s.toString());
                seen.add(c.getMetaData().getURL());
                seen.add(String.valueOf(c.getMetaData().getUserName()));
                seen.add(c.getClientInfo().toString());
            }
            scenarios++;
            // 2. Right password as Properties, a statement that fails (unknown table) with a parameter.
            Properties p = new Properties();
            p.setProperty("user", "ar_rel_user");
            p.setProperty("password", PASSWORD);
            p.setProperty("poolName", "ar_rel_sec_props");
            try (Connection c = DriverManager.getConnection("jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB, p)) {
                expectFailure(seen, failures, "unknown table", () -> {
                    try (var ps = c.prepareStatement("SELECT * FROM no_such_table WHERE x = ?")) {
                        ps.setString(1, PASSWORD);
                        ps.executeQuery();
                    }
                });
                seen.add(c.toString());
            }
            scenarios++;
            // 3. Wrong password, in Properties and in the URL.
            Properties wrong = new Properties();
            wrong.setProperty("user", "ar_rel_user");
            wrong.setProperty("password", WRONG);
            wrong.setProperty("poolName", "ar_rel_sec_wrong");
            expectFailure(seen, failures, "wrong password (properties)",
                    () -> DriverManager.getConnection("jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB, wrong).close());
            expectFailure(seen, failures, "wrong password (url)", () -> DriverManager.getConnection(
                    "jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB + "?user=ar_rel_user&password=" + WRONG
                            + "&poolName=ar_rel_sec_wrong_url").close());
            // The real password against a port where nothing listens, in the URL.
            expectFailure(seen, failures, "unreachable", () -> DriverManager.getConnection(
                    "jdbc:activerecord:mariadb://127.0.0.1:1/" + DB + "?user=ar_rel_user&password=" + PASSWORD
                            + "&connectTimeout=500&poolName=ar_rel_sec_unreach").close());
            scenarios += 3;
            // 4. PostgreSQL role with a (scram) password in the URL; then a database that does not exist.
            String pUrl = "jdbc:activerecord:postgresql://127.0.0.1:5432/" + DB + "?user=ar_rel_role&password=" + PASSWORD
                    + "&poolName=ar_rel_sec_pg&slowQueryThreshold=1";
            try (Connection c = DriverManager.getConnection(pUrl); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user, pg_sleep(0.01)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ar_rel_role");
                seen.add(c.toString());
                seen.add(c.getMetaData().getURL());
            }
            expectFailure(seen, failures, "pg missing database", () -> DriverManager.getConnection(
                    "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_nodb?user=ar_rel_role&password=" + PASSWORD
                            + "&poolName=ar_rel_sec_pg_nodb").close());
            scenarios += 2;
            // 5. Configuration: a file with the password, a broken file around it, a password of the wrong type.
            String yaml = """
                    datasources:
                      ar_rel_sec_yaml:
                        url: jdbc:mariadb://127.0.0.1:3306/%s
                        username: ar_rel_user
                        password: %s
                        pool: { poolName: ar_rel_sec_yaml }
                    """.formatted(DB, PASSWORD);
            ActiveRecordConfig cfg = ActiveRecordConfig.parse(yaml, "ar_rel_sec.yaml");
            seen.add(cfg.toString());
            seen.add(cfg.require("ar_rel_sec_yaml").toString());
            seen.add(cfg.require("ar_rel_sec_yaml").connection().toString());
            seen.add(cfg.require("ar_rel_sec_yaml").properties().toString());
            expectFailure(seen, failures, "broken yaml", () -> ActiveRecordConfig.parse(
                    "datasources:\n  x:\n    password: [" + PASSWORD + "\n    url: jdbc:mariadb://h/d\n", "b.yaml"));
            expectFailure(seen, failures, "password of wrong type", () -> ActiveRecordConfig.parse(
                    "datasources:\n  x:\n    url: jdbc:mariadb://h/d\n    password: { p: " + PASSWORD + " }\n", "t.yaml"));
            expectFailure(seen, failures, "password and url conflict", () -> ActiveRecordConfig.parse(
                    "datasources:\n  x:\n    url: jdbc:mariadb://h/d?password=" + PASSWORD + "\n    host: h\n", "u.yaml"));
            expectFailure(seen, failures, "wrong type next to the password", () -> ActiveRecordConfig.parse(
                    "datasources:\n  x:\n    url: jdbc:mariadb://h/d\n    password: " + PASSWORD
                            + "\n    pool: { maximumPoolSize: ten }\n", "k.yaml"));
            Path file = Path.of("target", "ar_rel_sec.yaml").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml);
            String previous = System.getProperty(ActiveRecordConfig.CONFIG_PROPERTY);
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, file.toString());
            try {
                try (Connection c = DriverManager.getConnection("jdbc:activerecord:ar_rel_sec_yaml")) {
                    seen.add(c.toString());
                }
                ActiveRecordDataSource named = ActiveRecordDataSource.named("ar_rel_sec_yaml");
                seen.add(named.toString());
                expectFailure(seen, failures, "named datasource, wrong credentials",
                        () -> named.getConnection("ar_rel_user", WRONG).close());
            } finally {
                if (previous == null) {
                    System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
                } else {
                    System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previous);
                }
            }
            scenarios += 5;
            // 6. ConnectionConfig, data sources and the facade.
            ConnectionConfig good = ConnectionConfig.builder().backend("mariadb").host("127.0.0.1").port(3306)
                    .database(DB).username("ar_rel_user").password(PASSWORD).sslKeyPassword(PASSWORD).build();
            seen.add(good.toString());
            seen.add(good.toBuilder().toString());
            ActiveRecordDataSource ds = ActiveRecordDataSource.of(ConnectionConfig.builder().backend("mariadb")
                    .host("127.0.0.1").port(3306).database(DB).username("ar_rel_user").password(PASSWORD).build(),
                    MariaDBBackend.class);
            seen.add(ds.toString());
            try (Connection c = ds.getConnection()) {
                seen.add(c.toString());
            }
            ActiveRecordDataSource bean = new ActiveRecordDataSource();
            bean.setUrl("jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB + "?password=" + PASSWORD);
            bean.setUser("ar_rel_user");
            bean.setPassword(PASSWORD);
            seen.add(bean.toString());
            seen.add(String.valueOf(bean.getUrl()));
            ActiveRecordDataSource badDs = ActiveRecordDataSource.of(ConnectionConfig.builder().backend("mariadb")
                    .host("127.0.0.1").port(3306).database(DB).username("ar_rel_user").password(WRONG).build(),
                    MariaDBBackend.class);
            expectFailure(seen, failures, "data source, wrong password", () -> badDs.getConnection().close());
            Secret.FIND.configure(ConnectionConfig.builder().backend("mariadb").host("127.0.0.1").port(3306)
                    .database(DB).username("ar_rel_user").password(PASSWORD).build(), MariaDBBackend.class);
            Secret s = Secret.FIND.create(x -> x.label = "a");
            seen.add(s.toString());
            seen.add(Secret.FIND.toString());
            seen.add(Secret.FIND.dataSource().toString());
            expectFailure(seen, failures, "facade, bad SQL",
                    () -> Secret.FIND.findBySql("SELECT * FROM no_such_table WHERE label = ?", "x"));
            expectFailure(seen, failures, "facade, wrong password", () -> {
                Secret.FIND.configure(ConnectionConfig.builder().backend("postgresql").host("127.0.0.1").port(1)
                        .database(DB).username("ar_rel_role").password(PASSWORD).build(), PostgreSQLBackend.class);
                Secret.FIND.count();
            });
            seen.add(ActiveRecordDriver.pools().toString());
            seen.add(ActiveRecordDriver.routing().toString());
            seen.add(Arrays.toString(new ActiveRecordDriver().getPropertyInfo(
                    "jdbc:activerecord:mariadb://127.0.0.1:3306/" + DB + "?password=" + PASSWORD, new Properties())));
            scenarios += 6;
            captured = logs.text();
            events = logs.events();
        }
        assertThat(failures).isEmpty();
        List<String> leaks = new ArrayList<>();
        for (String s : seen) {
            if (s != null && (s.contains(PASSWORD) || s.contains(WRONG))) {
                leaks.add(s);
            }
        }
        for (String line : captured.split("\n")) {
            if (line.contains(PASSWORD) || line.contains(WRONG)) {
                leaks.add("log: " + line);
            }
        }
        assertThat(captured).as("something was captured").isNotBlank();
        assertThat(leaks).as("strings that show the password").isEmpty();
        Figures.record("security.secrets", scenarios + " scenarios, " + seen.size() + " messages/toString checked, "
                + events + " log events and " + captured.length() + " chars of log/console output scanned");
    }

    private static final class Arrays {
        static String toString(java.sql.DriverPropertyInfo[] info) {
            StringBuilder sb = new StringBuilder();
            for (java.sql.DriverPropertyInfo i : info) {
                sb.append(i.name).append('=').append(i.value).append(' ').append(i.description).append('\n');
            }
            return sb.toString();
        }
    }

    static Map<String, String> unused() {
        return Map.of();
    }
}
