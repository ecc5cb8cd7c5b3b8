package com.rhosocial.activerecord.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rhosocial.activerecord.backend.BackendCapabilities.RowLockStyle;
import com.rhosocial.activerecord.backend.BackendCapabilities.UpsertStyle;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.oracle.OracleBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.backend.impl.sqlserver.SQLServerBackend;
import org.junit.jupiter.api.Test;

/** Version parsing and the per-backend version tables (the boundaries come from each vendor's release notes). */
class ServerVersionTest {

    @Test
    void parsesTheVersionTextsDriversReport() {
        assertThat(ServerVersion.parse("15.4 (Debian 15.4-1.pgdg120+1)")).extracting("major", "minor", "patch")
                .containsExactly(15, 4, 0);
        assertThat(ServerVersion.parse("3.50.3")).extracting("major", "minor", "patch").containsExactly(3, 50, 3);
        assertThat(ServerVersion.parse("8.0.36-0ubuntu0.22.04.1")).extracting("major", "minor", "patch")
                .containsExactly(8, 0, 36);
        ServerVersion maria = ServerVersion.parse("5.5.5-10.11.6-MariaDB-0+deb12u1");
        assertThat(maria).extracting("major", "minor", "patch").containsExactly(10, 11, 6);
        assertThat(maria.isMariaDb()).isTrue();
        assertThat(ServerVersion.parse("Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production"))
                .extracting("major", "minor").containsExactly(19, 0);
        assertThat(ServerVersion.parse("Oracle Database 11g Release 11.2.0.4.0 - 64bit Production"))
                .extracting("major", "minor").containsExactly(11, 2);
        assertThat(ServerVersion.parse("16.00.1000")).extracting("major", "minor").containsExactly(16, 0);
    }

    @Test
    void rejectsTextWithoutAVersionNamingIt() {
        assertThatThrownBy(() -> ServerVersion.parse("unknown")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'unknown'");
    }

    @Test
    void comparesNumerically() {
        assertThat(ServerVersion.of(10, 11, 0).atLeast(10, 5)).isTrue();
        assertThat(ServerVersion.of(10, 4, 99).atLeast(10, 5)).isFalse();
        assertThat(ServerVersion.of(3, 9, 0).atLeast(3, 35)).isFalse();
    }

    @Test
    void mariaDbGainsReturningAt105() {
        MariaDBBackend b = new MariaDBBackend();
        assertThat(b.capabilities(ServerVersion.of(10, 4, 30)).returning()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(10, 5, 0)).returning()).isTrue();
        assertThat(b.capabilities(ServerVersion.of(10, 1, 48)).windowFunctions()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(10, 2, 0)).commonTableExpressions()).isTrue();
        assertThat(b.capabilities(ServerVersion.of(10, 2, 0)).sequences()).isFalse();
    }

    @Test
    void mySql57LacksWindowFunctionsAndCtesButMySql8HasThem() {
        MySQLBackend b = new MySQLBackend();
        BackendCapabilities v57 = b.capabilities(ServerVersion.of(5, 7, 44));
        assertThat(v57.windowFunctions()).isFalse();
        assertThat(v57.recursiveCte()).isFalse();
        assertThat(v57.json()).isTrue();
        assertThat(v57.skipLocked()).isFalse();
        BackendCapabilities v8 = b.capabilities(ServerVersion.of(8, 0, 36));
        assertThat(v8.windowFunctions()).isTrue();
        assertThat(v8.skipLocked()).isTrue();
        assertThat(v8.returning()).isFalse();
    }

    @Test
    void mySqlUrlReachingMariaDbGetsMariaDbFlags() {
        BackendCapabilities c = new MySQLBackend().capabilities(ServerVersion.parse("5.5.5-10.11.6-MariaDB"));
        // MariaDB's flags, except RETURNING, which Connector/J cannot read through executeQuery
        assertThat(c.returning()).isFalse();
        assertThat(c.sequences()).isTrue();
        assertThat(c.offsetFetch()).isTrue();
    }

    @Test
    void sqliteGainsReturningAt335AndUpsertAt324() {
        SQLiteBackend b = new SQLiteBackend();
        assertThat(b.capabilities(ServerVersion.of(3, 34, 1)).returning()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(3, 35, 0)).returning()).isTrue();
        assertThat(b.capabilities(ServerVersion.of(3, 23, 1)).upsertStyle()).isEqualTo(UpsertStyle.NONE);
        assertThat(b.capabilities(ServerVersion.of(3, 24, 0)).upsertStyle()).isEqualTo(UpsertStyle.ON_CONFLICT);
        assertThat(b.capabilities(ServerVersion.of(3, 50, 3)).rowLocking()).isEqualTo(RowLockStyle.NONE);
    }

    @Test
    void sqlServerGainsOffsetFetchWith2012() {
        SQLServerBackend b = new SQLServerBackend();
        assertThat(b.capabilities(ServerVersion.of(10, 50, 0)).offsetFetch()).isFalse(); // 2008 R2
        assertThat(b.capabilities(ServerVersion.of(11, 0, 0)).offsetFetch()).isTrue();   // 2012
        assertThat(b.capabilities(ServerVersion.of(12, 0, 0)).json()).isFalse();         // 2014
        assertThat(b.capabilities(ServerVersion.of(16, 0, 0)).rowLocking()).isEqualTo(RowLockStyle.TABLE_HINT);
    }

    @Test
    void oracleGainsFetchFirstWith12cAndBooleanWith23() {
        OracleBackend b = new OracleBackend();
        assertThat(b.capabilities(ServerVersion.of(11, 2, 0)).offsetFetch()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(11, 2, 0)).identityColumns()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(12, 1, 0)).offsetFetch()).isTrue();
        assertThat(b.capabilities(ServerVersion.of(19, 0, 0)).booleanType()).isFalse();
        assertThat(b.capabilities(ServerVersion.of(23, 4, 0)).booleanType()).isTrue();
    }

    @Test
    void postgresBefore95HasNoOnConflict() {
        PostgreSQLBackend b = new PostgreSQLBackend();
        assertThat(b.capabilities(ServerVersion.of(9, 4, 26)).upsertStyle()).isEqualTo(UpsertStyle.NONE);
        assertThat(b.capabilities(ServerVersion.of(9, 5, 0)).upsertStyle()).isEqualTo(UpsertStyle.ON_CONFLICT);
    }

    @Test
    void currentVersionsKeepTheVersionFreeFlags() {
        assertThat(new PostgreSQLBackend().capabilities(ServerVersion.of(15, 4, 0)))
                .isEqualTo(new PostgreSQLBackend().capabilities());
        assertThat(new MariaDBBackend().capabilities(ServerVersion.of(10, 11, 6)))
                .isEqualTo(new MariaDBBackend().capabilities());
        assertThat(new SQLiteBackend().capabilities(ServerVersion.of(3, 50, 3)))
                .isEqualTo(new SQLiteBackend().capabilities());
    }

    @Test
    void withersChangeOnlyTheirFlag() {
        BackendCapabilities pg = new PostgreSQLBackend().capabilities();
        BackendCapabilities noReturning = pg.withReturning(false);
        assertThat(noReturning.returning()).isFalse();
        assertThat(noReturning.withReturning(true)).isEqualTo(pg);
    }
}
