package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One statement the translator spells as several (Oracle's {@code CREATE OR REPLACE VIEW} becomes
 * {@code DROP VIEW IF EXISTS} + {@code CREATE VIEW} on SQLite) must run completely through
 * {@link Statement#execute(String)}: the xerial driver runs only the first statement of a string, so the parts must
 * not be sent joined. Found by the driver corpus run (ora-create-view, ms-create-or-alter-view on SQLite).
 */
class StatementSplitByTranslatorTest {

    @TempDir
    Path dir;

    @Test
    void createOrReplaceViewFromOracleCreatesTheViewOnSqlite() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:sqlite:" + dir.resolve("v.db") + "?sourceDialect=oracle");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE emp (id INTEGER PRIMARY KEY, dept VARCHAR(10))");
            st.execute("INSERT INTO emp (id, dept) VALUES (1, 'a')");
            st.execute("INSERT INTO emp (id, dept) VALUES (2, 'a')");
            st.execute("INSERT INTO emp (id, dept) VALUES (3, 'b')");
            st.execute("CREATE OR REPLACE VIEW v_dept AS SELECT dept, COUNT(*) AS n FROM emp GROUP BY dept");
            // Replacing an existing view must work too (the DROP part runs, then the CREATE part).
            st.execute("CREATE OR REPLACE VIEW v_dept AS SELECT dept, COUNT(*) AS n FROM emp WHERE id > 1 GROUP BY dept");
            try (ResultSet rs = st.executeQuery("SELECT dept, n FROM v_dept ORDER BY dept")) {
                assertTrue(rs.next());
                assertEquals("a", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertTrue(rs.next());
                assertEquals("b", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertEquals(false, rs.next());
            }
        }
    }

    @Test
    void createOrAlterViewFromSqlServerCreatesTheViewOnSqlite() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:sqlite:" + dir.resolve("w.db") + "?sourceDialect=sqlserver");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE parts (id INT PRIMARY KEY, name VARCHAR(10))");
            st.execute("INSERT INTO parts (id, name) VALUES (1, 'bolt')");
            st.execute("CREATE OR ALTER VIEW v_parts AS SELECT id, name FROM parts");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM v_parts")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
