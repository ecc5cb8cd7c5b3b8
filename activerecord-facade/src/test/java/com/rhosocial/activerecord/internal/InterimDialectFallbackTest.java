package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterimDialectFallbackTest {

    @Test
    void quotesBecomeBackticksForMariaDbButStringLiteralsStay() {
        String sql = "SELECT \"users\".* FROM \"users\" WHERE (name = 'say \"hi\" ''now''') AND \"age\" > ?";
        assertThat(InterimDialectFallback.applies(sql, Dialect.MARIADB)).isTrue();
        assertThat(InterimDialectFallback.rewrite(sql, Dialect.MARIADB))
                .isEqualTo("SELECT `users`.* FROM `users` WHERE (name = 'say \"hi\" ''now''') AND `age` > ?");
    }

    @Test
    void insertWithoutColumnsForMySql() {
        assertThat(InterimDialectFallback.rewrite("INSERT INTO \"t\" DEFAULT VALUES", Dialect.MYSQL))
                .isEqualTo("INSERT INTO `t` () VALUES ()");
    }

    @Test
    void forUpdateIsDroppedForSqliteOnly() {
        String sql = "SELECT \"t\".* FROM \"t\" WHERE \"id\" = ? LIMIT ? FOR UPDATE";
        assertThat(InterimDialectFallback.rewrite(sql, Dialect.SQLITE)).isEqualTo("SELECT \"t\".* FROM \"t\" WHERE \"id\" = ? LIMIT ?");
        assertThat(InterimDialectFallback.applies(sql, Dialect.POSTGRESQL)).isFalse();
        assertThat(InterimDialectFallback.applies("SELECT 1", Dialect.SQLITE)).isFalse();
    }
}
