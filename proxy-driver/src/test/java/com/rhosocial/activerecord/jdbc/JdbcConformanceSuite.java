package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JDBC conformance suite run through {@code jdbc:activerecord:} against each real database: what the
 * application sees must be what the real driver gives. One subclass per database and driver.
 */
abstract class JdbcConformanceSuite {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    /** The real URL (without our options) of this suite's own database. */
    abstract String realUrl() throws Exception;

    abstract Properties credentials();

    /** DDL for a table (id auto-generated primary key, name NOT NULL, amount int, payload binary, note long text). */
    abstract String createTable(String table);

    /** A class or interface of the real driver that {@code unwrap} must reach. */
    abstract Class<?> realConnectionType();

    /** Isolation levels the database accepts. */
    abstract Set<Integer> isolationLevels();

    /** SQL returning two result sets in one execute, or null when the database cannot. */
    String twoResultSetsSql() {
        return null;
    }

    /** Whether "DROP TABLE IF EXISTS" of a missing table yields a SQLWarning. */
    boolean warnsOnDropOfMissingTable() {
        return true;
    }

    /** Package prefix of the real driver's exception classes. */
    abstract String driverPackage();

    String proxyUrl() throws Exception {
        String real = realUrl();
        return TestDatabases.wrap(real) + (real.contains("?") ? "&" : "?") + "maximumPoolSize=4";
    }

    Connection open() throws Exception {
        return DriverManager.getConnection(proxyUrl(), credentials());
    }

    String table;

    @BeforeEach
    void createTable(TestInfo info) throws Exception {
        table = "conf_" + info.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT);
        if (table.length() > 40) {
            table = table.substring(0, 40);
        }
        try (Connection c = open(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute(createTable(table));
        }
    }

    @Test
    void insertsReadsUpdatesAndDeletesRows() throws Exception {
        try (Connection c = open()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name, amount) VALUES (?, ?)")) {
                ps.setString(1, "alice");
                ps.setInt(2, 10);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ps.setString(1, "bob");
                ps.setInt(2, 20);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET amount = amount + ? WHERE name = ?")) {
                ps.setInt(1, 5);
                ps.setString(2, "bob");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("DELETE FROM " + table + " WHERE name = 'alice'")).isEqualTo(1);
                try (ResultSet rs = st.executeQuery("SELECT name, amount FROM " + table + " ORDER BY name")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("bob");
                    assertThat(rs.getInt(2)).isEqualTo(25);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void batchInsertsEveryRow() throws Exception {
        try (Connection c = open();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name, amount) VALUES (?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                ps.setString(1, "n" + i);
                ps.setInt(2, i);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            assertThat(counts).hasSize(3);
            for (int n : counts) {
                assertThat(n).isIn(1, Statement.SUCCESS_NO_INFO);
            }
            try (Statement st = c.createStatement()) {
                st.addBatch("UPDATE " + table + " SET amount = 100 WHERE name = 'n1'");
                st.addBatch("DELETE FROM " + table + " WHERE name = 'n2'");
                assertThat(st.executeBatch()).containsExactly(1, 1);
                try (ResultSet rs = st.executeQuery("SELECT SUM(amount) FROM " + table)) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(103);
                }
            }
        }
    }

    @Test
    void returnsGeneratedKeys() throws Exception {
        try (Connection c = open();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name) VALUES (?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "first");
            ps.executeUpdate();
            long first;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                first = keys.getLong(1);
            }
            ps.setString(1, "second");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getLong(1)).isEqualTo(first + 1);
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + table + " (name) VALUES ('third')", Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = st.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong(1)).isEqualTo(first + 2);
                }
            }
        }
    }

    @Test
    void rollsBackToSavepointAndKeepsEarlierWork() throws Exception {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + table + " (name) VALUES ('kept')");
                Savepoint sp = c.setSavepoint("sp1");
                st.executeUpdate("INSERT INTO " + table + " (name) VALUES ('undone')");
                c.rollback(sp);
                c.commit();
                st.executeUpdate("INSERT INTO " + table + " (name) VALUES ('rolled back')");
                c.rollback();
            }
            c.setAutoCommit(true);
        }
        assertThat(names()).containsExactly("kept");
    }

    @Test
    void closingWithOpenTransactionRollsItBack() throws Exception {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + table + " (name) VALUES ('never committed')");
            }
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void setsEveryIsolationLevelTheDatabaseAccepts() throws Exception {
        try (Connection c = open()) {
            for (int level : isolationLevels()) {
                c.setTransactionIsolation(level);
                assertThat(c.getTransactionIsolation()).as("level %d", level).isEqualTo(level);
            }
        }
    }

    @Test
    void metadataDescribesTheTableAndPointsBackToTheWrapper() throws Exception {
        try (Connection c = open()) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(md.getConnection()).isSameAs(c);
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, table, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(columns).contains("id", "name", "amount", "payload", "note");
            assertThat(md.getDatabaseProductName()).isNotBlank();
        }
    }

    @Test
    void storesAndReadsLargeObjects() throws Exception {
        byte[] bytes = new byte[1 << 20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        char[] chars = new char[300_000];
        Arrays.fill(chars, 'é');
        String text = new String(chars);
        try (Connection c = open()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name, payload, note) VALUES (?, ?, ?)")) {
                ps.setString(1, "lob");
                ps.setBinaryStream(2, new ByteArrayInputStream(bytes), bytes.length);
                ps.setCharacterStream(3, new StringReader(text), text.length());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT payload, note FROM " + table + " WHERE name = ?")) {
                ps.setString(1, "lob");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBytes(1)).isEqualTo(bytes);
                    assertThat(rs.getString(2)).isEqualTo(text);
                }
            }
        }
    }

    @Test
    void streamsALargeResultSetWithAFetchSize() throws Exception {
        int rows = 5000;
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (name, amount) VALUES (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, "r" + i);
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            try (PreparedStatement ps = c.prepareStatement("SELECT amount FROM " + table + " ORDER BY amount")) {
                ps.setFetchSize(250);
                assertThat(ps.getFetchSize()).isEqualTo(250);
                long sum = 0;
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sum += rs.getInt(1);
                        n++;
                    }
                }
                assertThat(n).isEqualTo(rows);
                assertThat(sum).isEqualTo((long) rows * (rows - 1) / 2);
            }
            c.commit();
        }
    }

    @Test
    void unwrapReachesTheRealDriver() throws Exception {
        try (Connection c = open(); Statement st = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            assertThat(c.isWrapperFor(realConnectionType())).isTrue();
            assertThat(c.unwrap(realConnectionType())).isInstanceOf(realConnectionType());
            assertThat(c.unwrap(TranslatingConnection.class)).isSameAs(c);
            assertThat(st.unwrap(Statement.class)).isNotNull();
            assertThat(st.unwrap(st.getClass())).isSameAs(st);
            assertThat(ps.isWrapperFor(PreparedStatement.class)).isTrue();
        }
    }

    @Test
    void statementsReturnTheWrappingConnection() throws Exception {
        try (Connection c = open(); Statement st = c.createStatement();
             PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            assertThat(st.getConnection()).isSameAs(c);
            assertThat(ps.getConnection()).isSameAs(c);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.getStatement()).isSameAs(ps);
                assertThat(rs.getStatement().getConnection()).isSameAs(c);
            }
            assertThat(st.execute("SELECT 1")).isTrue();
            try (ResultSet rs = st.getResultSet()) {
                assertThat(rs.getStatement()).isSameAs(st);
                assertThat(rs.isWrapperFor(ResultSet.class)).isTrue();
            }
        }
    }

    /** DDL creating a routine {@code ar_add(a, b)} and the call escape using it with an OUT result, or null. */
    String[] addRoutine() {
        return null;
    }

    @Test
    void callsAStoredRoutineWithAnOutParameter() throws Exception {
        String[] routine = addRoutine();
        assumeTrue(routine != null, "database has no stored routines");
        try (Connection c = open()) {
            try (Statement st = c.createStatement()) {
                st.execute(routine[0]);
                st.execute(routine[1]);
            }
            try (java.sql.CallableStatement cs = c.prepareCall(routine[2])) {
                assertThat(cs.getConnection()).isSameAs(c);
                cs.registerOutParameter(Integer.parseInt(routine[3]), java.sql.Types.INTEGER);
                cs.setInt(Integer.parseInt(routine[4]), 2);
                cs.setInt(Integer.parseInt(routine[4]) + 1, 40);
                cs.execute();
                assertThat(cs.getInt(Integer.parseInt(routine[3]))).isEqualTo(42);
                assertThat(cs.isWrapperFor(java.sql.CallableStatement.class)).isTrue();
            }
        }
    }

    @Test
    void returnsSeveralResultSetsFromOneExecute() throws Exception {
        String sql = twoResultSetsSql();
        assumeTrue(sql != null, "database has no multi-statement execute");
        try (Connection c = open(); Statement st = c.createStatement()) {
            assertThat(st.execute(sql)).isTrue();
            try (ResultSet rs = st.getResultSet()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(st.getMoreResults()).isTrue();
            try (ResultSet rs = st.getResultSet()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            assertThat(st.getMoreResults()).isFalse();
        }
    }

    @Test
    void passesWarningsThrough() throws Exception {
        assumeTrue(warnsOnDropOfMissingTable(), "database gives no warning here");
        try (Connection c = open(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS conf_no_such_table_at_all");
            SQLWarning w = st.getWarnings();
            assertThat((Object) w).isNotNull();
        }
    }

    @Test
    void passesTheRealDriversErrorsThroughUnchanged() throws Exception {
        try (Connection c = open(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELEC nonsense FROM " + table))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getClass().getName()).startsWith(driverPackage()));
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO " + table + " (name) VALUES (NULL)"))
                    .satisfies(e -> assertThat(e.getClass().getName()).startsWith(driverPackage()));
        }
    }

    /** Whether the real driver lets an open connection change its read-only flag (xerial sqlite-jdbc does not). */
    boolean readOnlyChangeable() {
        return true;
    }

    @Test
    void readOnlyFlagReachesTheConnection() throws Exception {
        if (!readOnlyChangeable()) {
            try (Connection c = open()) {
                // the real driver's refusal comes through unchanged
                assertThatThrownBy(() -> c.setReadOnly(true)).satisfies(
                        e -> assertThat(e.getClass().getName()).startsWith("java.sql.SQLException"));
            }
            return;
        }
        try (Connection c = open()) {
            c.setReadOnly(true);
            assertThat(c.isReadOnly()).isTrue();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            c.setReadOnly(false);
            assertThat(c.isReadOnly()).isFalse();
        }
    }

    @Test
    void closedConnectionRejectsWorkWithSqlState08003() throws Exception {
        Connection c = open();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08003"));
        c.close(); // idempotent
    }

    List<String> names() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
