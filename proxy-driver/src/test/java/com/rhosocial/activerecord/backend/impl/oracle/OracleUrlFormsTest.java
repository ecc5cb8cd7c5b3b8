package com.rhosocial.activerecord.backend.impl.oracle;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;

import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Without an Oracle server, the real ojdbc driver still tells a URL it cannot parse from one it parsed and then could
 * not reach (ORA-12541, no listener): every URL form we build, TLS properties included, must fail only at the
 * network, against a closed local port.
 */
class OracleUrlFormsTest {

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "sid", "tcps-service", "tcps-sid"})
    void driverParsesTheUrlAndFailsOnlyAtTheNetwork(String form) throws Exception {
        ConnectionConfig.Builder b = ConnectionConfig.builder().host("127.0.0.1").port(closedPort())
                .database(form.endsWith("sid") ? "FREE" : "FREEPDB1").username("u").password("p")
                .connectTimeout(Duration.ofSeconds(2));
        if (form.endsWith("sid")) {
            b.option(OracleBackend.SID_OPTION, "true");
        }
        if (form.startsWith("tcps")) {
            b.sslMode(SslMode.VERIFY_FULL).sslCa(tls("ca.pem"));
        }
        OracleBackend ora = new OracleBackend();
        ConnectionConfig c = b.build();
        SQLException e = catchThrowableOfType(SQLException.class,
                () -> ora.loadDriver().connect(ora.buildUrl(c), ora.driverProperties(c)));
        assertThat((Throwable) e).as(ora.buildUrl(c)).isNotNull();
        assertThat(e.getErrorCode()).as(e.getMessage()).isNotEqualTo(17067);
        // ORA-12541 "Cannot connect. No listener at host ... port ...": the address was parsed and dialled
        assertThat(e.getMessage()).startsWith("ORA-12541").contains("port " + c.port());
    }

    @org.junit.jupiter.api.Test
    void aBrokenUrlFailsDifferentlySoTheCheckAboveMeansSomething() throws Exception {
        OracleBackend ora = new OracleBackend();
        SQLException e = catchThrowableOfType(SQLException.class, () -> ora.loadDriver().connect(
                "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=127.0.0.1)(PORT=" + closedPort(),
                new java.util.Properties()));
        assertThat((Throwable) e).isNotNull();
        assertThat(e.getMessage()).doesNotStartWith("ORA-12541");
    }
}
