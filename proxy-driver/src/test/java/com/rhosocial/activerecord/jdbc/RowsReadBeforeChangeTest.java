package com.rhosocial.activerecord.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL's {@code WITH d AS (DELETE ... RETURNING ...) SELECT ... FROM d} on MariaDB and SQLite, which have no
 * data-modifying CTE: the translation reads the rows, then deletes them, and the caller's query must get the rows
 * read first (not the DELETE's count), through a prepared statement and a plain one, with the rows really gone.
 */
class RowsReadBeforeChangeTest {

    @AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private static String url(String target) throws Exception {
        String real = target.equals("mariadb") ? TestDatabases.mariadb("ar_driver_rows_first")
                : TestDatabases.sqlite("rows_first");
        try (Connection c = DriverManager.getConnection(real, target.equals("mariadb") ? "root" : null, "");
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS jobs");
            st.execute("CREATE TABLE jobs (id INT PRIMARY KEY, state VARCHAR(10), cost INT)");
            st.execute("INSERT INTO jobs VALUES (1, 'done', 5), (2, 'open', 7), (3, 'done', 11), (4, 'failed', 13)");
        }
        return TestDatabases.wrap(real) + "?sourceDialect=postgresql";
    }

    private static List<String> rows(ResultSet rs) throws Exception {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getLong(1) + "/" + rs.getLong(2));
        }
        return out;
    }

    private static int left(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM jobs")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "sqlite"})
    void aPreparedQueryGetsTheRowsTheDeleteReturned(String target) throws Exception {
        String user = target.equals("mariadb") ? "root" : null;
        try (Connection c = DriverManager.getConnection(url(target), user, "");
             PreparedStatement ps = c.prepareStatement("WITH d AS (DELETE FROM jobs WHERE state = ? RETURNING id, cost)"
                     + " SELECT count(*), sum(cost) FROM d")) {
            ps.setString(1, "done");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rows(rs)).containsExactly("2/16");
            }
            assertThat(left(c)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "sqlite"})
    void aPlainStatementAnswersExecuteQueryAndExecuteWithThoseRows(String target) throws Exception {
        String user = target.equals("mariadb") ? "root" : null;
        try (Connection c = DriverManager.getConnection(url(target), user, "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("WITH d AS (DELETE FROM jobs WHERE state = 'failed' RETURNING id, cost)"
                    + " SELECT id, cost FROM d")) {
                assertThat(rows(rs)).containsExactly("4/13");
            }
            assertThat(st.execute("WITH d AS (DELETE FROM jobs WHERE state = 'open' RETURNING id, cost)"
                    + " SELECT id, cost FROM d")).isTrue();
            try (ResultSet rs = st.getResultSet()) {
                assertThat(rows(rs)).containsExactly("2/7");
            }
            assertThat(left(c)).isEqualTo(2);
        }
    }
}
