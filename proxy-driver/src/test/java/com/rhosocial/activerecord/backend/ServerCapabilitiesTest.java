package com.rhosocial.activerecord.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@link Backend#forServer} on the real local servers (PostgreSQL 15, MariaDB 10.11, SQLite 3.50): the version is read
 * from the connection, and every flag the capabilities promise is tried as SQL on that server.
 */
class ServerCapabilitiesTest {

    private static final String PG = System.getenv().getOrDefault("AR_PG_URL",
            "jdbc:postgresql://" + TestFixtures.pgHost() + ":" + TestFixtures.pgPort() + "/test");
    private static final String MARIADB = System.getenv().getOrDefault("AR_MARIADB_URL",
            "jdbc:mariadb://" + TestFixtures.mariadbHost() + ":" + TestFixtures.mariadbPort() + "/test");

    @Test
    void postgresReportsItsVersionAndReturningWorks() throws Exception {
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.major()).isGreaterThanOrEqualTo(12);
            BackendCapabilities caps = new PostgreSQLBackend().forServer(c.getMetaData());
            assertThat(caps.returning()).isTrue();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE ar_be_caps (id SERIAL PRIMARY KEY, v TEXT UNIQUE)");
                try (ResultSet rs = st.executeQuery("INSERT INTO ar_be_caps (v) VALUES ('a') ON CONFLICT (v) DO UPDATE"
                        + " SET v = EXCLUDED.v RETURNING id")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT id FROM ar_be_caps ORDER BY id OFFSET 0 ROWS FETCH NEXT 1"
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                    assertThat(rs.next()).isTrue();
                }
            }
        }
    }

    @Test
    void mariaDbThroughBothDriversIsSeenAsMariaDbWithReturning() throws Exception {
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "")) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.major()).isEqualTo(10);
            assertThat(v.isMariaDb()).isTrue();
            BackendCapabilities caps = new MariaDBBackend().forServer(c.getMetaData());
            assertThat(caps.returning()).isEqualTo(v.atLeast(10, 5));
            if (caps.returning()) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TEMPORARY TABLE ar_be_caps (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10))");
                    try (ResultSet rs = st.executeQuery("INSERT INTO ar_be_caps (v) VALUES ('a') RETURNING id")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(1);
                    }
                }
            }
        }
        // MySQL Connector/J against the same MariaDB server: the MySQL backend must notice it is MariaDB, and knows
        // that this driver cannot read RETURNING rows (it refuses executeQuery on an INSERT).
        String mysqlUrl = MARIADB.replace("jdbc:mariadb:", "jdbc:mysql:");
        try (Connection c = DriverManager.getConnection(mysqlUrl, "root", "")) {
            BackendCapabilities caps = new MySQLBackend().forServer(c.getMetaData());
            assertThat(caps).isEqualTo(new MariaDBBackend().forServer(c.getMetaData()).withReturning(false));
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMPORARY TABLE ar_be_caps_cj (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10))");
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> st.executeQuery("INSERT INTO ar_be_caps_cj (v) VALUES ('a') RETURNING id"))
                        .isInstanceOf(java.sql.SQLException.class);
            }
        }
    }

    @Test
    void sqliteOfTheXerialDriverHasReturning() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.major()).isEqualTo(3);
            BackendCapabilities caps = new SQLiteBackend().forServer(c.getMetaData());
            assertThat(caps.returning()).isEqualTo(v.atLeast(3, 35));
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)");
                try (ResultSet rs = st.executeQuery("INSERT INTO t (v) VALUES ('a') ON CONFLICT (v) DO UPDATE"
                        + " SET v = excluded.v RETURNING id")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}
