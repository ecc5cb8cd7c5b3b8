package com.example.h2backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The backend found through ServiceLoader, its URL building, and the driver and translator working through it. */
class H2BackendTest {

    @Test
    void isFoundByNameAliasUrlAndClassThroughServiceLoader() {
        Backend byName = Backends.forName("h2");
        assertThat(byName).isInstanceOf(H2Backend.class);
        assertThat(Backends.forName("H2Database")).isSameAs(byName);
        assertThat(Backends.forUrl("jdbc:h2:mem:x")).isSameAs(byName);
        assertThat(Backends.forClass(H2Backend.class)).isSameAs(byName);
        assertThat(Backends.names()).contains("h2", "postgresql", "sqlite");
    }

    @Test
    void buildsAnInMemoryUrlWithoutHostAndATcpUrlWithOne() {
        H2Backend b = new H2Backend();
        assertThat(b.buildUrl(ConnectionConfig.builder().database("ar_be_x").build()))
                .isEqualTo("jdbc:h2:mem:ar_be_x;DB_CLOSE_DELAY=-1");
        assertThat(b.buildUrl(ConnectionConfig.builder().host("db.example").database("ar_be_x").build()))
                .isEqualTo("jdbc:h2:tcp://db.example:9092/ar_be_x");
        assertThatThrownBy(() -> b.buildUrl(ConnectionConfig.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database=null");
    }

    @Test
    void connectsAndReadsTheEmbeddedVersion() throws Exception {
        H2Backend b = new H2Backend();
        try (Connection c = b.connect(ConnectionConfig.builder().database("ar_be_version").username("sa").build())) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.major()).isEqualTo(2);
            BackendCapabilities caps = b.forServer(c.getMetaData());
            assertThat(caps.windowFunctions()).isTrue();
            assertThat(b.capabilities(ServerVersion.of(1, 4, 197)).windowFunctions()).isFalse();
        }
    }

    @Test
    void driverRunsMySqlSqlOnH2() throws Exception {
        String url = "jdbc:activerecord:h2:mem:ar_be_driver;DB_CLOSE_DELAY=-1?sourceDialect=mysql";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE `people` (`id` INT AUTO_INCREMENT PRIMARY KEY, `name` VARCHAR(40),"
                        + " `nick` VARCHAR(40))");
                st.execute("INSERT INTO `people` (`name`, `nick`) VALUES ('Ada', NULL), ('Bob', 'bobby'),"
                        + " ('Cy', NULL)");
            }
            // MySQL's LIMIT offset, count (parameters in that order), IFNULL and backticks, all on H2.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT `name`, IFNULL(`nick`, 'none') AS n FROM `people` ORDER BY `id` LIMIT ?, ?")) {
                ps.setInt(1, 1);
                ps.setInt(2, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("Bob");
                    assertThat(rs.getString(2)).isEqualTo("bobby");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void backendsFunctionRenamesApplyToTranslatedSql() throws Exception {
        String url = "jdbc:activerecord:h2:mem:ar_be_renames;DB_CLOSE_DELAY=-1?sourceDialect=mysql";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CONNECTION_ID(), VERSION(), 'VERSION()'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isPositive();
            assertThat(rs.getString(2)).startsWith("2.");
            assertThat(rs.getString(3)).isEqualTo("VERSION()");
        }
    }

    @Test
    void translatorWritesSqlForTheBackendsDialect() throws Exception {
        Backend h2 = Backends.forName("h2");
        SqlTranslator t = SqlTranslator.builder().build();
        Translation tr = t.translate("SELECT CONCAT(`a`, 'x') FROM `t` LIMIT 5", Dialect.MYSQL, h2.dialect());
        assertThat(tr.sql()).isEqualTo("SELECT (\"A\" || 'x') FROM \"T\" LIMIT 5");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_be_translator", "sa", "");
             Statement st = c.createStatement()) {
            // MySQL's case-insensitive `t` becomes H2's folded T: an unquoted table matches it.
            st.execute("CREATE TABLE t (a VARCHAR(10))");
            st.execute("INSERT INTO t VALUES ('q')");
            try (ResultSet rs = st.executeQuery(tr.sql())) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("qx");
            }
        }
    }
}
