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
 * not be sent joined; and through a PreparedStatement, a part naming a table an earlier part creates must be
 * prepared only when it runs. Found by the driver corpus run (ora-create-view, ms-create-or-alter-view,
 * my-ddl-index-and-unique on SQLite).
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

    @Test
    void preparedCreateTableWithInlineKeyFromMysqlCreatesTableAndIndexOnSqlite() throws Exception {
        // SQLite compiles a statement while preparing it: the CREATE INDEX part cannot be prepared before the
        // CREATE TABLE part ran, so the driver prepares it when the statement executes.
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:sqlite:" + dir.resolve("k.db") + "?sourceDialect=mysql")) {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "CREATE TABLE tmp_k (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL, KEY idx_code (code))")) {
                ps.setQueryTimeout(5);
                ps.execute();
            }
        }
        // Checked on the file directly: the catalog query is SQLite's own, not MySQL.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("k.db"))) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tmp_k'"
                         + " AND name NOT LIKE 'sqlite_autoindex%'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "the explicit index on code exists");
            }
        }
    }
}
