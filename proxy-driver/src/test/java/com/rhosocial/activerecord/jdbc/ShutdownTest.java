package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ActiveRecordDriver#shutdown()} closes every pool; the driver starts new pools afterwards. */
class ShutdownTest {

    @Test
    void shutdownClosesPoolsAndLaterConnectionsStartNewOnes() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.mariadb("ar_driver_shutdown")) + "?maximumPoolSize=1&poolName=ar-shutdown";
        Connection held = DriverManager.getConnection(url, "root", "");
        assertThat(ActiveRecordDriver.pools()).anySatisfy(p -> assertThat(p.name()).isEqualTo("ar-shutdown"));
        ActiveRecordDriver.shutdown();
        assertThat(ActiveRecordDriver.pools()).isEmpty();
        assertThatThrownBy(() -> held.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        held.close();
        try (Connection fresh = DriverManager.getConnection(url, "root", "")) {
            assertThat(fresh.isValid(1)).isTrue();
        }
        assertThat(ActiveRecordDriver.pools()).anySatisfy(p -> assertThat(p.total()).isEqualTo(1));
    }

    @Test
    void dataSourcesOutliveAShutdownOfThePools() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(com.rhosocial.activerecord.backend.ConnectionConfig.builder()
                .url(TestDatabases.mariadb("ar_driver_shutdown")).username("root").password("").maximumPoolSize(1).build(),
                com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend.class);
        try (Connection c = ds.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        ActiveRecordDriver.shutdown();
        try (Connection c = ds.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        ActiveRecordDriver.shutdown();
    }
}
