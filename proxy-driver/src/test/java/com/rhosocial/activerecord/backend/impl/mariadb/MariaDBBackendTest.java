package com.rhosocial.activerecord.backend.impl.mariadb;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URL and MariaDB Connector/J 3 property mapping. */
class MariaDBBackendTest {

    private final MariaDBBackend maria = new MariaDBBackend();

    @Test
    void buildsUrl() {
        assertThat(maria.buildUrl(ConnectionConfig.builder().database("test").build()))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
    }

    @Test
    void mapsTimeoutsAndTimeZoneAndAcceptsOnlyUtf8() {
        ConnectionConfig c = ConnectionConfig.builder().connectTimeout(Duration.ofSeconds(3))
                .socketTimeout(Duration.ofSeconds(10)).charset("utf8mb4").timeZone("UTC").build();
        assertThat(sorted(maria.driverProperties(c))).isEqualTo(Map.of("connectTimeout", "3000",
                "socketTimeout", "10000", "connectionTimeZone", "UTC", "forceConnectionTimeZoneToSession", "true"));
        assertThatThrownBy(() -> maria.driverProperties(ConnectionConfig.builder().charset("latin1").build()))
                .hasMessageContaining("only UTF-8 is accepted");
    }

    @Test
    void mapsEverySslModeOntoMariaDbNames() {
        for (SslMode m : SslMode.values()) {
            assertThat(maria.driverProperties(ConnectionConfig.builder().sslMode(m).build()).getProperty("sslMode"))
                    .isEqualTo(List.of("disable", "disable", "trust", "verify-ca", "verify-full").get(m.ordinal()));
        }
    }

    @Test
    void passesThePemCaAsServerSslCertAndTheClientCertificateAsKeyStore() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_FULL).sslCa(tls("ca.pem"))
                .sslCert(tls("client.pem")).sslKey(tls("client-encrypted.key")).sslKeyPassword("s3cret").build();
        Properties p = maria.driverProperties(c);
        assertThat(p.getProperty("serverSslCert")).isEqualTo(tls("ca.pem"));
        assertThat(p.getProperty("keyStore")).endsWith(".p12");
        assertThat(p.getProperty("keyStoreType")).isEqualTo("PKCS12");
        assertThat(p.getProperty("keyStorePassword")).isEqualTo("s3cret");
        assertThat(p.getProperty("keyPassword")).isEqualTo("s3cret");
    }
}
