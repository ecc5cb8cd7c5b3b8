package com.rhosocial.activerecord.backend.impl.postgresql;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.rhosocial.activerecord.backend.TestFixtures.sorted;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** URL and PgJDBC property mapping, checked against PgJDBC's documented property names. */
class PostgreSQLBackendTest {

    private final PostgreSQLBackend pg = new PostgreSQLBackend();

    @Test
    void buildsUrlFromHostPortDatabaseWithDefaults() {
        assertThat(pg.buildUrl(ConnectionConfig.builder().database("test").build()))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(pg.buildUrl(ConnectionConfig.builder().host("db").port(6432).database("orders").build()))
                .isEqualTo("jdbc:postgresql://db:6432/orders");
        assertThat(pg.buildUrl(ConnectionConfig.builder().host("::1").database("x").build()))
                .isEqualTo("jdbc:postgresql://[::1]:5432/x");
    }

    @Test
    void givenUrlIsUsedAsItIs() {
        String url = "jdbc:postgresql://a:1,b:2/x?targetServerType=primary";
        assertThat(pg.buildUrl(ConnectionConfig.builder().url(url).host("ignored").build())).isEqualTo(url);
    }

    @Test
    void mapsCredentialsAndTimeoutsInWholeSecondsRoundedUp() {
        ConnectionConfig c = ConnectionConfig.builder().username("postgres").password("pw")
                .connectTimeout(Duration.ofMillis(1500)).socketTimeout(Duration.ofSeconds(30)).build();
        assertThat(sorted(pg.driverProperties(c))).isEqualTo(Map.of(
                "user", "postgres", "password", "pw", "connectTimeout", "2", "socketTimeout", "30"));
    }

    @Test
    void setsTheTimeZoneWithInitSqlAndRejectsInjection() {
        assertThat(pg.initSql(ConnectionConfig.builder().timeZone("Europe/Berlin").build()))
                .containsExactly("SET TIME ZONE 'Europe/Berlin'");
        assertThat(pg.initSql(ConnectionConfig.builder().build())).isEmpty();
        assertThatThrownBy(() -> pg.initSql(ConnectionConfig.builder().timeZone("UTC'; DROP TABLE x; --").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeZone must be a zone name");
    }

    @Test
    void acceptsOnlyUtf8AsCharset() {
        assertThat(pg.driverProperties(ConnectionConfig.builder().charset("UTF-8").build())).isEmpty();
        assertThatThrownBy(() -> pg.driverProperties(ConnectionConfig.builder().charset("latin1").build()))
                .hasMessageContaining("got charset 'latin1'");
    }

    @Test
    void mapsEverySslModeOntoLibpqNames() {
        for (SslMode m : SslMode.values()) {
            assertThat(pg.driverProperties(ConnectionConfig.builder().sslMode(m).build()).getProperty("sslmode"))
                    .isEqualTo(List.of("disable", "prefer", "require", "verify-ca", "verify-full").get(m.ordinal()));
        }
    }

    @Test
    void mapsCaCertKeyAndPasswordOntoSslrootcertSslcertSslkeySslpassword() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_FULL).sslCa("/etc/pg/root.crt")
                .sslCert("/etc/pg/client.crt").sslKey("/etc/pg/client.pk8").sslKeyPassword("kp").build();
        assertThat(sorted(pg.driverProperties(c))).isEqualTo(Map.of("sslmode", "verify-full",
                "sslrootcert", "/etc/pg/root.crt", "sslcert", "/etc/pg/client.crt", "sslkey", "/etc/pg/client.pk8",
                "sslpassword", "kp"));
    }

    @Test
    void convertsAPemClientKeyToPkcs12BecausePgJdbcCannotReadPem() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.VERIFY_CA).sslCa(tls("ca.pem"))
                .sslCert(tls("client.pem")).sslKey(tls("client.key")).build();
        var p = pg.driverProperties(c);
        assertThat(p.getProperty("sslkey")).endsWith(".p12");
        assertThat(p.getProperty("sslpassword")).isNotEmpty();
        assertThat(p.getProperty("sslcert")).isNull();
    }

    @Test
    void verifyHostAdjustsTheMode() {
        assertThat(pg.driverProperties(ConnectionConfig.builder().sslMode(SslMode.VERIFY_CA).sslVerifyHost(true).build())
                .getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(pg.driverProperties(ConnectionConfig.builder().sslMode(SslMode.VERIFY_FULL).sslVerifyHost(false).build())
                .getProperty("sslmode")).isEqualTo("verify-ca");
        assertThat(pg.driverProperties(ConnectionConfig.builder().sslCa("/ca.pem").build()).getProperty("sslmode"))
                .as("a CA without a mode means verify-full").isEqualTo("verify-full");
        assertThatThrownBy(() -> pg.driverProperties(ConnectionConfig.builder().sslMode(SslMode.REQUIRE).sslVerifyHost(true).build()))
                .hasMessage("ssl.verifyHost=true needs ssl.mode verify-ca or verify-full (a host name is only checked"
                        + " on a verified certificate), got ssl.mode=require");
    }

    @Test
    void keyWithoutCertificateIsRejected() {
        assertThatThrownBy(() -> pg.driverProperties(ConnectionConfig.builder().sslKey("/k").build()))
                .hasMessage("ssl.key and ssl.keyPassword belong to a client certificate: set ssl.cert too");
    }

    @Test
    void freeOptionsWinOverMappedProperties() {
        ConnectionConfig c = ConnectionConfig.builder().sslMode(SslMode.REQUIRE).option("sslmode", "allow")
                .option("ApplicationName", "orders").build();
        assertThat(sorted(pg.driverProperties(c))).isEqualTo(Map.of("sslmode", "allow", "ApplicationName", "orders"));
    }
}
