package com.rhosocial.activerecord.backend.impl.sqlite;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File and memory URLs; what makes no sense for an embedded database is rejected. */
class SQLiteBackendTest {

    private final SQLiteBackend sqlite = new SQLiteBackend();

    @Test
    void buildsFileAndMemoryUrls() {
        assertThat(sqlite.buildUrl(ConnectionConfig.builder().database("target/app.db").build()))
                .isEqualTo("jdbc:sqlite:target/app.db");
        assertThat(sqlite.buildUrl(ConnectionConfig.builder().database(":memory:").build()))
                .isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void rejectsHostPortAndAMissingDatabase() {
        assertThatThrownBy(() -> sqlite.buildUrl(ConnectionConfig.builder().host("x").database("a.db").build()))
                .hasMessageStartingWith("SQLite is embedded: host/port make no sense");
        assertThatThrownBy(() -> sqlite.buildUrl(ConnectionConfig.builder().build()))
                .hasMessage("backend sqlite needs 'database': a file path or :memory:");
    }

    @Test
    void requestingTlsIsAClearError() {
        assertThatThrownBy(() -> sqlite.driverProperties(ConnectionConfig.builder().database("a.db")
                .sslMode(SslMode.REQUIRE).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SQLite is an embedded database without a network connection: TLS settings make no sense;"
                        + " remove ssl (or set ssl.mode: disable)");
        assertThatThrownBy(() -> sqlite.driverProperties(ConnectionConfig.builder().database("a.db")
                .sslCa("/ca.pem").build())).hasMessageContaining("TLS settings make no sense");
        assertThat(sqlite.driverProperties(ConnectionConfig.builder().database("a.db").sslMode(SslMode.DISABLE).build()))
                .isEmpty();
    }

    @Test
    void charsetMapsToTheEncodingPragmaAndNetworkTimeoutsAreIgnored() {
        assertThat(sqlite.driverProperties(ConnectionConfig.builder().database("a.db").charset("utf-16le")
                .connectTimeout(Duration.ofSeconds(1)).build()).getProperty("encoding")).isEqualTo("'UTF-16le'");
        assertThatThrownBy(() -> sqlite.driverProperties(ConnectionConfig.builder().database("a.db")
                .charset("latin1").build())).hasMessageContaining("UTF-8 or UTF-16 only");
        assertThatThrownBy(() -> sqlite.driverProperties(ConnectionConfig.builder().database("a.db")
                .timeZone("UTC").build())).hasMessageContaining("SQLite has no session time zone");
    }
}
