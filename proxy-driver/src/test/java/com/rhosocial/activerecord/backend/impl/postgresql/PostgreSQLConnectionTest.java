package com.rhosocial.activerecord.backend.impl.postgresql;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static com.rhosocial.activerecord.backend.TestFixtures.pgHost;
import static com.rhosocial.activerecord.backend.TestFixtures.pgPort;
import static com.rhosocial.activerecord.backend.TestFixtures.pgTlsCa;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real connections to the local PostgreSQL 15 ({@code AR_PG_HOST}, default 127.0.0.1; user postgres, trust auth),
 * built only from a {@link ConnectionConfig} through the backend.
 */
class PostgreSQLConnectionTest {

    private static final String DB = "ar_config_pg";
    private final PostgreSQLBackend pg = new PostgreSQLBackend();

    static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(pgHost()).port(pgPort()).database("test").username("postgres");
    }

    static Connection open(Backend b, ConnectionConfig c) throws SQLException {
        return b.loadDriver().connect(b.buildUrl(c), b.driverProperties(c));
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @BeforeAll
    static void createOwnDatabase() throws SQLException {
        try (Connection c = open(new PostgreSQLBackend(), base().build()); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DB + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            try {
                st.execute("CREATE DATABASE " + DB);
            } catch (SQLException e) {
                // 42P04 duplicate_database: another JVM created it between our check and CREATE
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    @Test
    void connectsFromHostPortDatabaseAndUser() throws SQLException {
        try (Connection c = open(pg, base().database(DB).build())) {
            assertThat(one(c, "SELECT current_database()")).isEqualTo(DB);
            assertThat(one(c, "SELECT current_user")).isEqualTo("postgres");
        }
    }

    @Test
    void connectsFromANamedDatasourceOfTheYamlFile() throws SQLException {
        ActiveRecordConfig cfg = ActiveRecordConfig.parse("""
                datasources:
                  orders:
                    url: jdbc:postgresql://${PG_HOST:127.0.0.1}:${PG_PORT:5432}/ar_config_pg
                    username: postgres
                    password: ${PGPASSWORD:}
                    sourceDialect: mysql
                    timeouts: { connect: 5s }
                """, "pg.yaml", Map.of("PG_HOST", pgHost(), "PG_PORT", String.valueOf(pgPort()))::get);
        DataSourceDefinition ds = cfg.require("orders");
        try (Connection c = ds.backend().connect(ds.connection())) {
            assertThat(one(c, "SELECT current_database()")).isEqualTo(DB);
        }
    }

    @Test
    void setsTheSessionTimeZone() throws SQLException {
        try (Connection c = pg.connect(base().timeZone("Asia/Kolkata").build())) {
            assertThat(one(c, "SHOW TimeZone")).isEqualTo("Asia/Kolkata");
        }
    }

    @Test
    void socketTimeoutAbortsALongQuery() throws SQLException {
        try (Connection c = open(pg, base().socketTimeout(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> one(c, "SELECT pg_sleep(5)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("An I/O error occurred");
        }
    }

    @Test
    void acceptsEveryDeclaredIsolationLevelAndSavepoints() throws SQLException {
        try (Connection c = open(pg, base().build())) {
            for (int level : pg.supportedIsolationLevels()) {
                c.setTransactionIsolation(level);
                assertThat(c.getTransactionIsolation()).isEqualTo(level);
            }
            assertThat(c.getMetaData().supportsSavepoints()).isEqualTo(pg.supportsSavepoints());
        }
    }

    @Test
    void sslModeDisableAndPreferConnectWhateverTheServerOffers() throws SQLException {
        for (SslMode m : new SslMode[]{SslMode.DISABLE, SslMode.PREFER}) {
            try (Connection c = open(pg, base().sslMode(m).build())) {
                assertThat(one(c, "SELECT 1")).isEqualTo("1");
            }
        }
        try (Connection c = open(pg, base().sslMode(SslMode.DISABLE).build())) {
            assertThat(one(c, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("f");
        }
    }

    private boolean serverHasTls() throws SQLException {
        try (Connection c = open(pg, base().build())) {
            return "on".equals(one(c, "SHOW ssl"));
        }
    }

    @Test
    void sslModeRequireFailsClearlyWhenTheServerHasNoTls() throws SQLException {
        assumeTrue(!serverHasTls(), "the server has TLS on; the TLS-on tests cover it");
        assertThatThrownBy(() -> open(pg, base().sslMode(SslMode.REQUIRE).build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("The server does not support SSL");
    }

    @Test
    void sslModeRequireConnectsEncryptedWhenTheServerHasTls() throws SQLException {
        assumeTrue(serverHasTls(), "the local PostgreSQL has ssl = off");
        try (Connection c = open(pg, base().sslMode(SslMode.REQUIRE).build())) {
            assertThat(one(c, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("t");
        }
    }

    @Test
    void verifyFullAgainstAnUnrelatedCaFailsWhenTheServerHasTls() throws SQLException {
        assumeTrue(serverHasTls(), "the local PostgreSQL has ssl = off");
        assertThatThrownBy(() -> open(pg, base().sslMode(SslMode.VERIFY_FULL).sslCa(tls("other-ca.pem")).build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("SSL error");
    }

    @Test
    void verifyFullWithTheServersCaConnectsEncrypted() throws SQLException {
        assumeTrue(pgTlsCa() != null, "AR_PG_TLS_CA names no CA of a TLS-enabled PostgreSQL");
        try (Connection c = open(pg, base().host("localhost").sslMode(SslMode.VERIFY_FULL).sslCa(pgTlsCa()).build())) {
            assertThat(one(c, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("t");
        }
    }

    @Test
    void verifyFullChecksTheHostNameAndVerifyHostFalseSkipsTheCheck() throws SQLException {
        assumeTrue(pgTlsCa() != null, "AR_PG_TLS_CA names no CA of a TLS-enabled PostgreSQL");
        // the recipe's server certificate names only DNS:localhost, so 127.0.0.1 is a name outside it
        ConnectionConfig byIp = base().host("127.0.0.1").sslMode(SslMode.VERIFY_FULL).sslCa(pgTlsCa()).build();
        assertThatThrownBy(() -> open(pg, byIp)).isInstanceOf(SQLException.class)
                .hasMessageContaining("hostname 127.0.0.1 could not be verified");
        try (Connection c = open(pg, byIp.toBuilder().sslVerifyHost(false).build())) {
            assertThat(one(c, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("t");
        }
    }

    @Test
    void clientCertificateFromPemFilesAuthenticates() throws SQLException {
        assumeTrue(pgTlsCa() != null, "AR_PG_TLS_CA names no CA of a TLS-enabled PostgreSQL");
        // the recipe's pg_hba.conf admits database ar_config_pg_cert only with "cert" authentication, and its
        // ssl_ca_file is src/test/resources/tls/ca.pem, which signed client.pem (CN=postgres)
        ConnectionConfig withCert = base().host("localhost").database("ar_config_pg_cert")
                .sslMode(SslMode.VERIFY_FULL).sslCa(pgTlsCa())
                .sslCert(tls("client.pem")).sslKey(tls("client-encrypted.key")).sslKeyPassword("s3cret").build();
        try (Connection c = open(pg, withCert)) {
            assertThat(one(c, "SELECT client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo("/CN=postgres");
        }
        ConnectionConfig withoutCert = withCert.toBuilder().sslCert(null).sslKey(null).sslKeyPassword(null).build();
        assertThatThrownBy(() -> open(pg, withoutCert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("certificate");
    }
}
