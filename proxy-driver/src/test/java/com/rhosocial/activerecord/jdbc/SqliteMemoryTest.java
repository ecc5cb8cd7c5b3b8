package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** An in-memory SQLite database survives between borrows: its pool holds one connection that is never retired. */
class SqliteMemoryTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    @Test
    void tablesOfAnInMemoryDatabaseSurviveReturningTheConnection() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(
                ConnectionConfig.builder().url("jdbc:sqlite::memory:").maximumPoolSize(5).build(), SQLiteBackend.class);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS kept (v INTEGER)");
            st.execute("INSERT INTO kept VALUES (1)");
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(PhysicalPool.isPrivateInMemoryDatabase("jdbc:sqlite::memory:")).isTrue();
        assertThat(PhysicalPool.isPrivateInMemoryDatabase("jdbc:sqlite:file:x?mode=memory&cache=shared")).isFalse();
        assertThat(PhysicalPool.isPrivateInMemoryDatabase("jdbc:sqlite:/tmp/app.db")).isFalse();
    }
}
