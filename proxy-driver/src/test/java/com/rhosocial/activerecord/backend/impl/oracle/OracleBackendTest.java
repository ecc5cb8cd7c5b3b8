package com.rhosocial.activerecord.backend.impl.oracle;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static com.rhosocial.activerecord.backend.TestFixtures.sorted;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URL forms (service name, SID, TCPS) and ojdbc property mapping. */
class OracleBackendTest {

    private final OracleBackend ora = new OracleBackend();

    @Test
    void databaseIsAServiceNameByDefault() {
        assertThat(ora.buildUrl(ConnectionConfig.builder().host("db").database("FREEPDB1").build()))
                .isEqualTo("jdbc:oracle:thin:@//db:1521/FREEPDB1");
    }

    @Test
    void oracleSidOptionSelectsTheSidFormAndIsNotSentToTheDriver() {
        ConnectionConfig c = ConnectionConfig.builder().host("db").port(1522).database("ORCL")
                .option("oracleSid", "true").build();
        assertThat(ora.buildUrl(c)).isEqualTo("jdbc:oracle:thin:@db:1522:ORCL");
        assertThat(ora.driverProperties(c)).doesNotContainKey("oracleSid");
    }

    @Test
    void tlsSwitchesToTcps() {
        assertThat(ora.buildUrl(ConnectionConfig.builder().host("db").port(2484).database("svc")
                .sslMode(SslMode.REQUIRE).build())).isEqualTo("jdbc:oracle:thin:@tcps://db:2484/svc");
        assertThat(ora.buildUrl(ConnectionConfig.builder().host("db").port(2484).database("ORCL")
                .option("oracleSid", "true").sslMode(SslMode.VERIFY_FULL).build()))
                .isEqualTo("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCPS)(HOST=db)(PORT=2484))"
                        + "(CONNECT_DATA=(SID=ORCL)))");
        assertThat(ora.buildUrl(ConnectionConfig.builder().host("db").database("svc").sslMode(SslMode.PREFER).build()))
                .as("no opportunistic TLS in the thin driver").isEqualTo("jdbc:oracle:thin:@//db:1521/svc");
    }

    @Test
    void requiresADatabase() {
        assertThatThrownBy(() -> ora.buildUrl(ConnectionConfig.builder().host("db").build()))
                .hasMessageContaining("backend oracle needs 'database'");
    }

    @Test
    void mapsTimeoutsAndSetsTheTimeZoneBySql() {
        ConnectionConfig c = ConnectionConfig.builder().database("x").connectTimeout(Duration.ofSeconds(4))
                .socketTimeout(Duration.ofSeconds(20)).timeZone("UTC").build();
        assertThat(sorted(ora.driverProperties(c))).isEqualTo(Map.of("oracle.net.CONNECT_TIMEOUT", "4000",
                "oracle.jdbc.ReadTimeout", "20000"));
        assertThat(ora.initSql(c)).containsExactly("ALTER SESSION SET TIME_ZONE = 'UTC'");
    }

    @Test
    void mapsTlsOntoDnMatchTrustStoreAndKeyStore() {
        ConnectionConfig full = ConnectionConfig.builder().database("x").sslMode(SslMode.VERIFY_FULL)
                .sslCa(tls("ca.pem")).sslCert(tls("client.pem")).sslKey(tls("client.key")).build();
        Properties p = ora.driverProperties(full);
        assertThat(p.getProperty("oracle.net.ssl_server_dn_match")).isEqualTo("true");
        assertThat(p.getProperty("javax.net.ssl.trustStore")).endsWith(".p12");
        assertThat(p.getProperty("javax.net.ssl.trustStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("javax.net.ssl.keyStore")).endsWith(".p12");
        assertThat(p.getProperty("javax.net.ssl.keyStorePassword")).isNotEmpty();
        assertThat(ora.driverProperties(ConnectionConfig.builder().database("x").sslMode(SslMode.VERIFY_CA).build())
                .getProperty("oracle.net.ssl_server_dn_match")).isEqualTo("false");
        assertThat(ora.driverProperties(ConnectionConfig.builder().database("x").sslMode(SslMode.DISABLE).build()))
                .isEmpty();
    }

    @Test
    void aWalletDirectoryAsCaBecomesTheWalletLocation() {
        String dir = java.nio.file.Path.of(tls("ca.pem")).getParent().toString();
        Properties p = ora.driverProperties(ConnectionConfig.builder().database("x").sslMode(SslMode.VERIFY_FULL)
                .sslCa(dir).build());
        assertThat(p.getProperty("oracle.net.wallet_location")).isEqualTo(dir);
    }
}
