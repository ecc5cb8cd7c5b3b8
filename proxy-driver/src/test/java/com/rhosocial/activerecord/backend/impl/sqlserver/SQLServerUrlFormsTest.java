package com.rhosocial.activerecord.backend.impl.sqlserver;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;

import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Without a SQL Server, the real mssql-jdbc driver still validates the URL and every property value (an unknown
 * {@code encrypt} value or a malformed URL fails before any I/O): every TLS mode must fail only at the network,
 * against a closed local port.
 */
class SQLServerUrlFormsTest {

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @ParameterizedTest
    @EnumSource(SslMode.class)
    void driverAcceptsUrlAndPropertiesAndFailsOnlyAtTheNetwork(SslMode mode) throws Exception {
        ConnectionConfig.Builder b = ConnectionConfig.builder().host("127.0.0.1").port(closedPort()).database("db")
                .username("u").password("p").connectTimeout(Duration.ofSeconds(2)).sslMode(mode);
        if (mode == SslMode.VERIFY_FULL) {
            b.sslCa(tls("ca.pem")).sslCert(tls("client.pem")).sslKey(tls("client.key"));
        }
        SQLServerBackend mssql = new SQLServerBackend();
        ConnectionConfig c = b.build();
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> mssql.loadDriver().connect(mssql.buildUrl(c), mssql.driverProperties(c)));
        assertThat((Throwable) e).as(mssql.buildUrl(c)).isNotNull();
        // SQLState 08S01: communication link failure, i.e. the URL and properties were accepted
        assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("08S01");
        assertThat(e.getMessage()).contains("TCP/IP connection to the host 127.0.0.1");
    }
}
