package com.rhosocial.activerecord.backend.impl.oracle;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.oracle.OracleContainer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oracle Database 23ai Free in a container, reached only through {@link OracleBackend} from a
 * {@link ConnectionConfig}: service name, SID form, session time zone and isolation levels. Skipped where no Docker
 * engine runs (as on the development machine of this repository).
 */
@Testcontainers(disabledWithoutDocker = true)
class OracleContainerTest {

    @Container
    static final OracleContainer ORACLE = new OracleContainer("gvenzl/oracle-free:23-slim-faststart");

    private final OracleBackend ora = new OracleBackend();

    private static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(ORACLE.getHost()).port(ORACLE.getOraclePort())
                .username(ORACLE.getUsername()).password(ORACLE.getPassword());
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void connectsByServiceName() throws SQLException {
        try (Connection c = ora.connect(base().database(ORACLE.getDatabaseName()).build())) {
            assertThat(one(c, "SELECT SYS_CONTEXT('USERENV', 'SERVICE_NAME') FROM DUAL"))
                    .isEqualToIgnoringCase(ORACLE.getDatabaseName());
        }
    }

    @Test
    void connectsBySidWhenAskedTo() throws SQLException {
        ConnectionConfig c = base().username("system").database(ORACLE.getSid()).option(OracleBackend.SID_OPTION, "true").build();
        assertThat(ora.buildUrl(c)).endsWith(":" + ORACLE.getSid());
        try (Connection conn = ora.connect(c)) {
            assertThat(one(conn, "SELECT SYS_CONTEXT('USERENV', 'DB_NAME') FROM DUAL")).isEqualToIgnoringCase(ORACLE.getSid());
        }
    }

    @Test
    void setsTheSessionTimeZone() throws SQLException {
        try (Connection c = ora.connect(base().database(ORACLE.getDatabaseName()).timeZone("+05:30").build())) {
            assertThat(one(c, "SELECT SESSIONTIMEZONE FROM DUAL")).isEqualTo("+05:30");
        }
    }

    @Test
    void acceptsTheDeclaredIsolationLevels() throws SQLException {
        try (Connection c = ora.connect(base().database(ORACLE.getDatabaseName()).build())) {
            for (int level : ora.supportedIsolationLevels()) {
                c.setTransactionIsolation(level);
                assertThat(c.getTransactionIsolation()).isEqualTo(level);
            }
        }
    }
}
