package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InterimDialectFallbackTest {

    private static Translation as(String sql, Outcome outcome) {
        return new Translation(sql, List.of(sql), new int[0], outcome, List.of());
    }

    @Test
    void unchangedDoubleQuotesBecomeBackticksForMariaDbButStringLiteralsStay() {
        String sql = "SELECT \"users\".* FROM \"users\" WHERE (name = 'say \"hi\" ''now''') AND \"age\" > ?";
        assertThat(InterimDialectFallback.patch(sql, as(sql, Outcome.UNCHANGED), Dialect.MARIADB, caps(Dialect.MARIADB)))
                .isEqualTo("SELECT `users`.* FROM `users` WHERE (name = 'say \"hi\" ''now''') AND `age` > ?");
    }

    @Test
    void translatedTextIsLeftAloneWhenNoRuleApplies() {
        String sql = "SELECT `users`.* FROM `users` WHERE `age` > ?";
        assertThat(InterimDialectFallback.patch("x", as(sql, Outcome.TRANSLATED), Dialect.MARIADB, caps(Dialect.MARIADB))).isNull();
        assertThat(InterimDialectFallback.patch("x", as("SELECT 1", Outcome.UNCHANGED), Dialect.SQLITE, caps(Dialect.SQLITE))).isNull();
    }

    @Test
    void insertWithoutColumnsForMySql() {
        assertThat(InterimDialectFallback.patch("x", as("INSERT INTO `t` DEFAULT VALUES", Outcome.TRANSLATED), Dialect.MYSQL, caps(Dialect.MYSQL)))
                .isEqualTo("INSERT INTO `t` () VALUES ()");
    }

    @Test
    void forUpdateIsDroppedForSqliteOnly() {
        String sql = "SELECT \"t\".* FROM \"t\" WHERE \"id\" = ? LIMIT ? FOR UPDATE";
        assertThat(InterimDialectFallback.patch(sql, as(sql, Outcome.TRANSLATED), Dialect.SQLITE, caps(Dialect.SQLITE)))
                .isEqualTo("SELECT \"t\".* FROM \"t\" WHERE \"id\" = ? LIMIT ?");
        assertThat(InterimDialectFallback.patch(sql, as(sql, Outcome.TRANSLATED), Dialect.ORACLE, caps(Dialect.ORACLE))).isNull();
    }

    /** The built-in backend's flags for a dialect: the patch decides by capability, not by name. */
    private static com.rhosocial.activerecord.backend.BackendCapabilities caps(Dialect d) {
        return com.rhosocial.activerecord.backend.Backends.all().stream().filter(b -> b.dialect() == d).findFirst()
                .orElseThrow().capabilities();
    }
}
