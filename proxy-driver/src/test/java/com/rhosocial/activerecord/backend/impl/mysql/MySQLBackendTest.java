package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static com.rhosocial.activerecord.backend.TestFixtures.sorted;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;

/** URL and MySQL Connector/J property mapping. */
class MySQLBackendTest {

    private final MySQLBackend mysql = new MySQLBackend();

    @Test
    void buildsUrl() {
        assertThat(mysql.buildUrl(ConnectionConfig.builder().database("test").build()))
                .isEqualTo("jdbc:mysql://127.0.0.1:3306/test");
        assertThat(mysql.buildUrl(ConnectionConfig.builder().host("db").port(3307).build()))
                .isEqualTo("jdbc:mysql://db:3307/");
    }

    @Test
    void mapsTimeoutsInMillisecondsCharsetAndTimeZone() {
        ConnectionConfig c = ConnectionConfig.builder().connectTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofMinutes(1)).charset("utf8mb4").timeZone("+02:00").build();
        assertThat(sorted(mysql.driverProperties(c))).isEqualTo(Map.of("connectTimeout", "5000",
                "socketTimeout", "60000", "characterEncoding", "UTF-8", "connectionTimeZone", "+02:00",
                "forceConnectionTimeZoneToSession", "true"));
    }

    @Test
    void mapsEverySslModeOntoConnectorJNames() {
        for (SslMode m : SslMode.values()) {
            assertThat(mysql.driverProperties(ConnectionConfig.builder().sslMode(m).build()).getProperty("sslMode"))
                    .isEqualTo(List.of("DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY").get(m.ordinal()));
        }
    }

    @Test
    void convertsPemCaAndClientCertificateIntoKeyStoreUrls() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_CA).sslCa(tls("ca.pem"))
                .sslCert(tls("client.pem")).sslKey(tls("client.key")).build();
        Properties p = mysql.driverProperties(c);
        assertThat(p.getProperty("sslMode")).isEqualTo("VERIFY_CA");
        assertThat(p.getProperty("trustCertificateKeyStoreUrl")).startsWith("file:").endsWith(".p12");
        assertThat(p.getProperty("trustCertificateKeyStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("trustCertificateKeyStorePassword")).isNotEmpty();
        assertThat(p.getProperty("clientCertificateKeyStoreUrl")).startsWith("file:").endsWith(".p12");
        assertThat(p.getProperty("clientCertificateKeyStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("clientCertificateKeyStorePassword")).isNotEmpty();
    }

    @Test
    void passesKeyStoreFilesThroughWithTheirType() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_FULL).sslCa(tls("ca.pem"))
                .sslCert(tls("client.pem")).sslKey(tls("client.key")).build();
        String p12 = mysql.driverProperties(c).getProperty("clientCertificateKeyStoreUrl");
        ConnectionConfig fromStore = ConnectionConfig.builder().sslMode(SslMode.REQUIRE)
                .sslCert(java.nio.file.Path.of(java.net.URI.create(p12)).toString()).sslKeyPassword("pw").build();
        Properties p = mysql.driverProperties(fromStore);
        assertThat(p.getProperty("clientCertificateKeyStoreUrl")).isEqualTo(p12);
        assertThat(p.getProperty("clientCertificateKeyStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("clientCertificateKeyStorePassword")).isEqualTo("pw");
    }
}
