package com.rhosocial.activerecord.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.oracle.OracleBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.backend.impl.sqlserver.SQLServerBackend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import com.rhosocial.activerecord.dialect.Translation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Backend#targetProfile(ServerVersion)}: a built-in backend on a documented server version translates with the
 * plain dialect; older versions of Oracle and SQL Server (no server here) get their paging, and the SQL runs on H2's
 * compatibility modes standing in for them.
 */
class TargetProfileVersionTest {

    private final SqlTranslator translator = SqlTranslator.builder().build();

    @Test
    void builtInBackendsAtTheirDocumentedVersionsGetThePlainDialect() {
        for (Backend b : List.of(new MySQLBackend(), new MariaDBBackend(), new PostgreSQLBackend(), new OracleBackend(),
                new SQLServerBackend(), new SQLiteBackend())) {
            assertThat(b.targetProfile().isPlain()).as(b.name()).isTrue();
            assertThat(b.targetProfile().dialect()).isEqualTo(b.dialect());
        }
        assertThat(new MariaDBBackend().targetProfile(ServerVersion.parse("5.5.5-10.11.6-MariaDB")).isPlain()).isTrue();
        assertThat(new PostgreSQLBackend().targetProfile(ServerVersion.parse("15.4 (Debian 15.4-1)")).isPlain()).isTrue();
        assertThat(new SQLServerBackend().targetProfile(ServerVersion.parse("16.00.1000")).isPlain()).isTrue();
        assertThat(new OracleBackend().targetProfile(ServerVersion.parse(
                "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production")).isPlain()).isTrue();
    }

    @Test
    void versionTablesLowerExactlyTheFlagsAnOlderServerLacks() {
        assertThat(new MariaDBBackend().targetProfile(ServerVersion.of(10, 4, 0)).features())
                .containsEntry(Feature.RETURNING, false).containsEntry(Feature.SKIP_LOCKED, false);
        assertThat(new MariaDBBackend().targetProfile(ServerVersion.of(10, 1, 0)).features())
                .containsEntry(Feature.WINDOW_FUNCTIONS, false).containsEntry(Feature.CTE, false);
        assertThat(new MySQLBackend().targetProfile(ServerVersion.of(5, 7, 40)).features())
                .containsEntry(Feature.WINDOW_FUNCTIONS, false).containsEntry(Feature.RECURSIVE_CTE, false);
        assertThat(new SQLiteBackend().targetProfile(ServerVersion.of(3, 34, 1)).features())
                .containsEntry(Feature.RETURNING, false).doesNotContainKey(Feature.WINDOW_FUNCTIONS);
        assertThat(new PostgreSQLBackend().targetProfile(ServerVersion.of(9, 4, 26)).features())
                .containsEntry(Feature.UPSERT, false);
        assertThat(new OracleBackend().targetProfile(ServerVersion.of(11, 2, 0)).features())
                .containsEntry(Feature.OFFSET_FETCH, false);
        assertThat(new OracleBackend().targetProfile(ServerVersion.of(23, 4, 0)).features())
                .containsEntry(Feature.BOOLEAN_TYPE, true);
        assertThat(new SQLServerBackend().targetProfile(ServerVersion.of(10, 50, 0)).features())
                .containsEntry(Feature.OFFSET_FETCH, false);
    }

    @Test
    void mysql57WithoutWindowFunctionsRefusesThemInsteadOfFailingOnTheServer() throws Exception {
        TargetProfile mysql57 = new MySQLBackend().targetProfile(ServerVersion.of(5, 7, 40));
        Translation t = translator.translate("SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM t", Dialect.POSTGRESQL,
                mysql57);
        assertThat(t.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(t.warnings().toString()).contains("window functions");
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void sqlServer2008PagesWithTopOnH2MsSqlMode() throws Exception {
        String sql = "SELECT name FROM items ORDER BY id LIMIT 2";
        Translation old = translator.translate(sql, Dialect.MYSQL,
                new SQLServerBackend().targetProfile(ServerVersion.of(10, 50, 0)));
        Translation current = translator.translate(sql, Dialect.MYSQL,
                new SQLServerBackend().targetProfile(ServerVersion.of(16, 0, 0)));
        assertThat(old.sql()).contains("TOP");
        assertThat(translator.translate(sql + " OFFSET 1", Dialect.MYSQL,
                new SQLServerBackend().targetProfile(ServerVersion.of(10, 50, 0))).outcome()).isEqualTo(Outcome.UNSUPPORTED);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_be_mssql2008;MODE=MSSQLServer");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))");
            st.execute("INSERT INTO items VALUES (3, 'c'), (1, 'a'), (2, 'b')");
            assertThat(rows(c, old.sql())).containsExactly("a", "b");
            assertThat(rows(c, current.sql())).containsExactly("a", "b");
        }
    }

    @Test
    void oracle11gPagesWithRownumOnH2OracleMode() throws Exception {
        String sql = "SELECT name FROM items WHERE id > 1 LIMIT 1";
        Translation old = translator.translate(sql, Dialect.MYSQL,
                new OracleBackend().targetProfile(ServerVersion.of(11, 2, 0)));
        Translation current = translator.translate(sql, Dialect.MYSQL, new OracleBackend().targetProfile());
        assertThat(old.sql()).contains("ROWNUM <= 1").doesNotContain("FETCH");
        assertThat(current.sql()).contains("FETCH");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_be_oracle11;MODE=Oracle");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))");
            st.execute("INSERT INTO items VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            assertThat(rows(c, old.sql())).hasSize(1).doesNotContain("a");
            assertThat(rows(c, current.sql())).hasSize(1).doesNotContain("a");
        }
    }
}
