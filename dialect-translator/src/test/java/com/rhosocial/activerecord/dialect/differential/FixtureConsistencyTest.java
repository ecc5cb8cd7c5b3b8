package com.rhosocial.activerecord.dialect.differential;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The hand-written fixture scripts must load the same rows on every engine, or a differential failure could be a
 * fixture typo rather than a translation error. Compares every fixture table on each engine with PostgreSQL under
 * the corpus normalisation (Oracle's stand-in stores '' as NULL, as Oracle does).
 */
class FixtureConsistencyTest {

    private static final Map<Engine, Connection> CONNECTIONS = new EnumMap<>(Engine.class);

    @BeforeAll
    static void loadFixtures() throws Exception {
        org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger("org.mariadb.jdbc");
        if (l instanceof ch.qos.logback.classic.Logger logback) {
            // As in DifferentialCorpusTest: keep the MariaDB driver from logging every statement at DEBUG.
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        for (Engine e : Engine.values()) {
            Connection c = e.open();
            CONNECTIONS.put(e, c);
            e.loadFixture(c);
        }
    }

    @AfterAll
    static void close() throws SQLException {
        for (Connection c : CONNECTIONS.values()) {
            c.close();
        }
    }

    private static List<List<Object>> rows(Connection c, String table) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(ValueComparator.normalise(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyEngineHoldsTheSameFixtureRowsAsPostgresql() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : Engine.FIXTURE_TABLES) {
            for (Engine e : Engine.values()) {
                if (e == Engine.POSTGRESQL) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(table + " on " + e, () -> {
                    List<List<Object>> reference = rows(CONNECTIONS.get(Engine.POSTGRESQL), table);
                    List<List<Object>> actual = rows(CONNECTIONS.get(e), table);
                    if (!table.equals("audit_log")) {
                        assertFalse(reference.isEmpty(), table + " is empty on PostgreSQL");
                    }
                    assertNull(ValueComparator.diff(reference, actual, false, e == Engine.H2_ORACLE, false),
                            table + " differs between PostgreSQL and " + e);
                }));
            }
        }
        return tests.stream();
    }
}
