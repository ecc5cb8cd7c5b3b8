package com.rhosocial.activerecord.backend.impl.sqlserver;

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

/** URL (databaseName, encrypt, trustServerCertificate) and mssql-jdbc property mapping. */
class SQLServerBackendTest {

    private final SQLServerBackend mssql = new SQLServerBackend();

    @Test
    void buildsUrlWithDatabaseName() {
        assertThat(mssql.buildUrl(ConnectionConfig.builder().host("db").database("shop").build()))
                .isEqualTo("jdbc:sqlserver://db:1433;databaseName=shop");
        assertThat(mssql.buildUrl(ConnectionConfig.builder().host("db\\SQLEXPRESS").build()))
                .as("a named instance is found through SQL Browser unless a port is given")
                .isEqualTo("jdbc:sqlserver://db\\SQLEXPRESS");
    }

    @Test
    void mapsSslModesOntoEncryptAndTrustServerCertificateInTheUrl() {
        Map<SslMode, String> expected = Map.of(
                SslMode.DISABLE, "jdbc:sqlserver://db:1433;databaseName=x;encrypt=false",
                SslMode.PREFER, "jdbc:sqlserver://db:1433;databaseName=x;encrypt=false;trustServerCertificate=true",
                SslMode.REQUIRE, "jdbc:sqlserver://db:1433;databaseName=x;encrypt=true;trustServerCertificate=true",
                SslMode.VERIFY_CA, "jdbc:sqlserver://db:1433;databaseName=x;encrypt=true;trustServerCertificate=false",
                SslMode.VERIFY_FULL, "jdbc:sqlserver://db:1433;databaseName=x;encrypt=true;trustServerCertificate=false");
        expected.forEach((mode, url) -> assertThat(mssql.buildUrl(ConnectionConfig.builder().host("db")
                .database("x").sslMode(mode).build())).as(mode.id()).isEqualTo(url));
    }

    @Test
    void anOptionOverridesTheDerivedUrlKey() {
        assertThat(mssql.buildUrl(ConnectionConfig.builder().host("db").sslMode(SslMode.REQUIRE)
                .option("encrypt", "strict").build()))
                .isEqualTo("jdbc:sqlserver://db:1433;encrypt=strict;trustServerCertificate=true");
    }

    @Test
    void mapsTimeoutsAndRejectsATimeZone() {
        ConnectionConfig c = ConnectionConfig.builder().connectTimeout(Duration.ofMillis(2500))
                .socketTimeout(Duration.ofSeconds(30)).build();
        assertThat(sorted(mssql.driverProperties(c))).isEqualTo(Map.of("loginTimeout", "3", "socketTimeout", "30000"));
        assertThatThrownBy(() -> mssql.driverProperties(ConnectionConfig.builder().timeZone("UTC").build()))
                .hasMessageStartingWith("SQL Server has no session time zone; remove timeZone 'UTC'");
    }

    @Test
    void mapsCaToTrustStoreAndTheClientCertificateToItsPemProperties() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_FULL).sslCa(tls("ca.pem"))
                .sslCert(tls("client.pem")).sslKey(tls("client.key")).sslKeyPassword("kp").build();
        Properties p = mssql.driverProperties(c);
        assertThat(p.getProperty("encrypt")).isEqualTo("true");
        assertThat(p.getProperty("trustServerCertificate")).isEqualTo("false");
        assertThat(p.getProperty("trustStore")).endsWith(".p12");
        assertThat(p.getProperty("trustStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("clientCertificate")).isEqualTo(tls("client.pem"));
        assertThat(p.getProperty("clientKey")).isEqualTo(tls("client.key"));
        assertThat(p.getProperty("clientKeyPassword")).isEqualTo("kp");
    }
}
