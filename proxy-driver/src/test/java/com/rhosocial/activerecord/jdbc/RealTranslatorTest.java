package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Legacy MySQL SQL through {@code jdbc:activerecord:postgresql:...?sourceDialect=mysql} with the real translation
 * engine, on a real PostgreSQL. Skipped while the engine is the identity placeholder.
 */
class RealTranslatorTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private String real;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(SqlTranslator.builder().build().translate("SELECT `v` FROM `rt`", Dialect.MYSQL, Dialect.POSTGRESQL)
                .outcome() != Outcome.UNCHANGED, "translation engine not present yet");
        real = TestDatabases.postgres("ar_driver_translate");
        try (Connection c = DriverManager.getConnection(real, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS rt");
            st.execute("CREATE TABLE rt (id SERIAL PRIMARY KEY, v INT, label VARCHAR(20))");
            st.execute("INSERT INTO rt (v, label) SELECT g, CASE WHEN g % 2 = 0 THEN 'even' END FROM generate_series(1, 10) g");
        }
    }

    private static List<Integer> ints(PreparedStatement ps) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    @Test
    void parametersInPlaceBindStraightToThePostgresStatementAndMovedOnesStillRebind() throws Exception {
        String inPlace = "SELECT `v` FROM `rt` WHERE `v` BETWEEN ? AND ? ORDER BY `v`";
        String reordered = "SELECT `v` FROM `rt` ORDER BY `v` LIMIT ?, ?";
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2&sourceDialect=mysql", "postgres", "")) {
            // the same strings twice on one connection, interleaved: the second prepare of each reuses its translation
            for (int round = 0; round < 2; round++) {
                try (PreparedStatement ps = c.prepareStatement(inPlace)) {
                    assertThat(ps.unwrap(ProxyPreparedStatement.class).rebinds()).isFalse();
                    ps.setInt(1, 3 + round);
                    ps.setInt(2, 5 + round);
                    assertThat(ints(ps)).containsExactly(3 + round, 4 + round, 5 + round);
                }
                try (PreparedStatement ps = c.prepareStatement(reordered)) {
                    assertThat(ps.unwrap(ProxyPreparedStatement.class).rebinds()).isTrue();
                    ps.setInt(1, 6 + round); // MySQL: offset first
                    ps.setInt(2, 2);         // then count
                    assertThat(ints(ps)).containsExactly(7 + round, 8 + round);
                }
            }
        }
    }

    @Test
    void mysqlPagingWithOffsetFirstRunsOnPostgres() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2&sourceDialect=mysql", "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT `v` FROM `rt` ORDER BY `v` LIMIT ?, ?")) {
            ps.setInt(1, 2);
            ps.setInt(2, 3);
            List<Integer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            assertThat(out).containsExactly(3, 4, 5);
        }
    }

    @Test
    void mysqlFunctionsRunOnPostgres() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2&sourceDialect=mysql", "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT IFNULL(`label`, 'odd') FROM `rt` WHERE `v` = 3")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("odd");
        }
    }

    @Test
    void strictPolicyRejectsUntranslatableSqlWith42000() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2&sourceDialect=mysql&onUnsupported=fail",
                "postgres", "")) {
            assertThatThrownBy(() -> c.prepareStatement("SELECT FROM WHERE ?"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42000"));
        }
    }

    @Test
    void passthroughPolicyLetsTheDatabaseReportItsOwnError() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2&sourceDialect=mysql", "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT FROM WHERE ?")) {
            ps.setInt(1, 1);
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42601")); // PostgreSQL syntax_error
        }
    }

    @Test
    void theFacadeCanNameItsDialectOnAConnectionWithoutOne() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2", "postgres", "")) {
            TranslatingConnection tc = c.unwrap(TranslatingConnection.class);
            try (Statement st = tc.createStatement(Dialect.MYSQL);
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `rt` WHERE IFNULL(`label`, 'odd') = 'odd'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
        }
        assertThat(ActiveRecordDriver.translations()).isNotEmpty();
    }
}
