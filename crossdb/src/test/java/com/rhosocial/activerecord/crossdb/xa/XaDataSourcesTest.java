package com.rhosocial.activerecord.crossdb.xa;

import com.microsoft.sqlserver.jdbc.SQLServerXADataSource;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import oracle.jdbc.xa.client.OracleXADataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.XAConnection;
import javax.sql.XADataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How each backend's XA data source is created from a datasource of {@code activerecord.yaml}. SQL Server and
 * Oracle have no server here: their data sources are built and inspected without connecting (the drivers connect
 * lazily), which is the code path {@link MssqlXaTest} and {@link OracleXaTest} then run against real servers in
 * containers. PostgreSQL and MariaDB are opened for real.
 */
class XaDataSourcesTest {

    @TempDir
    Path tmp;

    private static ActiveRecordConfig parse(String datasources) {
        return ActiveRecordConfig.parse("datasources:\n" + datasources, "xa-datasources-test.yaml");
    }

    @Test
    void sqlServerGetsItsXaDataSourceWithUrlCredentialsAndDriverOptions() throws SQLException {
        ActiveRecordConfig config = parse("""
                  mssql_ds:
                    url: jdbc:sqlserver://mssql.example:1433;databaseName=orders;encrypt=false
                    username: app
                    password: s3cret
                """);

        XADataSource xa = XaDataSources.create(config.require("mssql_ds"));

        assertThat(xa).isInstanceOf(SQLServerXADataSource.class);
        SQLServerXADataSource ms = (SQLServerXADataSource) xa;
        assertThat(ms.getURL()).startsWith("jdbc:sqlserver://mssql.example:1433;databaseName=orders;encrypt=false");
        assertThat(ms.getUser()).isEqualTo("app");
        assertThat(ms.getURL()).doesNotContain("s3cret");
        assertThat(XaDataSources.supportsXa(config.require("mssql_ds"))).isTrue();
    }

    @Test
    void oracleGetsItsXaDataSourceWithUrlAndCredentials() throws SQLException {
        ActiveRecordConfig config = parse("""
                  ora_ds:
                    url: jdbc:oracle:thin:@//oracle.example:1521/FREEPDB1
                    username: app
                    password: s3cret
                """);

        XADataSource xa = XaDataSources.create(config.require("ora_ds"));

        assertThat(xa).isInstanceOf(OracleXADataSource.class);
        OracleXADataSource ora = (OracleXADataSource) xa;
        assertThat(ora.getURL()).isEqualTo("jdbc:oracle:thin:@//oracle.example:1521/FREEPDB1");
        assertThat(ora.getUser()).isEqualTo("app");
    }

    @Test
    void postgresAndMariaDbXaDataSourcesOpenRealXaConnections() throws SQLException {
        TestDatabases.ensurePg(XaFixture.DB);
        TestDatabases.ensureMaria(XaFixture.DB);
        ActiveRecordConfig config = XaFixture.config(null);
        for (String name : List.of("pg_ds", "maria_ds", "mysql_ds")) {
            XAConnection xc = XaDataSources.create(config.require(name)).getXAConnection();
            try {
                assertThat(xc.getXAResource()).as(name).isNotNull();
                assertThat(TestDatabases.column(xc.getConnection(), "SELECT 1")).as(name).containsExactly("1");
            } finally {
                xc.close();
            }
        }
    }

    @Test
    void sqliteHasNoXaDataSourceAndSaysSo() {
        ActiveRecordConfig config = parse("  lite_ds:\n    url: jdbc:sqlite:" + tmp.resolve("x.db") + "\n");

        assertThat(XaDataSources.supportsXa(config.require("lite_ds"))).isFalse();
        assertThatThrownBy(() -> XaDataSources.create(config.require("lite_ds")))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("'lite_ds' (backend sqlite) cannot take part in an XA transaction")
                .hasMessageContaining("oracle, postgresql, sqlserver")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
    }

    @Test
    void aMissingDriverClassIsAConnectionErrorWithoutTheUrlsSecrets() {
        ActiveRecordConfig config = parse("""
                  mssql_ds:
                    url: jdbc:sqlserver://mssql.example:1433;databaseName=orders
                    username: app
                    password: s3cret
                """);
        XaDataSources.XaDriver original = XaDataSources.forBackend("sqlserver").orElseThrow();
        XaDataSources.register("sqlserver", new XaDataSources.XaDriver("no.such.XaDataSource",
                XaDataSources.PropertyStyle.NONE));
        try {
            assertThatThrownBy(() -> XaDataSources.create(config.require("mssql_ds")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("cannot configure XA data source no.such.XaDataSource")
                    .hasMessageNotContaining("s3cret")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
        } finally {
            XaDataSources.register("sqlserver", original);
        }
    }
}
