package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Golden tests for paging, quoting and the parameter map; expected SQL written from each dialect's manual. */
class PagingAndParametersTest {
    private final SqlTranslator t = SqlTranslator.builder().build();

    @Test
    void mysqlCommaLimitBecomesLimitOffsetWithSwappedParameters() throws Exception {
        Translation tr = t.translate("SELECT id FROM users ORDER BY id LIMIT ?, ?", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(tr.sql()).isEqualTo("SELECT id FROM users ORDER BY id LIMIT ? OFFSET ?");
        assertThat(tr.parameterMap()).containsExactly(2, 1);
    }

    @Test
    void limitOffsetBecomesOffsetFetchOnSqlServer() throws Exception {
        SchemaInfo schema = name -> java.util.Optional.of(TableInfo.of("users", java.util.Map.of("id", false),
                java.util.List.of("id")));
        Translation tr = t.translate("SELECT id FROM users ORDER BY id LIMIT ? OFFSET ?", Dialect.POSTGRESQL,
                Dialect.SQLSERVER, schema);
        assertThat(tr.sql()).isEqualTo("SELECT id FROM users ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        assertThat(tr.parameterMap()).containsExactly(2, 1);
    }

    @Test
    void topWithParameterBecomesLimitAndKeepsParameterOrder() throws Exception {
        Translation tr = t.translate("SELECT TOP (?) name FROM users WHERE age > ? ORDER BY name",
                Dialect.SQLSERVER, Dialect.SQLITE);
        assertThat(tr.sql()).isEqualTo("SELECT name FROM users WHERE age > ? ORDER BY name LIMIT ?");
        assertThat(tr.parameterMap()).containsExactly(2, 1);
    }

    @Test
    void limitOnlyBecomesTopOnSqlServer() throws Exception {
        Translation tr = t.translate("SELECT name FROM users LIMIT 10", Dialect.MYSQL, Dialect.SQLSERVER);
        assertThat(tr.sql()).isEqualTo("SELECT TOP (10) name FROM users");
    }

    @Test
    void offsetWithoutLimitGetsTheTargetsAllRowsLimit() throws Exception {
        assertThat(t.translate("SELECT a FROM t ORDER BY a OFFSET 5", Dialect.POSTGRESQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT a FROM t ORDER BY a NULLS LAST LIMIT -1 OFFSET 5");
        assertThat(t.translate("SELECT a FROM t ORDER BY a OFFSET 5", Dialect.POSTGRESQL, Dialect.MARIADB).sql())
                .isEqualTo("SELECT a FROM t ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a "
                        + "LIMIT 18446744073709551615 OFFSET 5");
    }

    @Test
    void oracleRownumFilterBecomesLimit() throws Exception {
        Translation tr = t.translate("SELECT * FROM (SELECT id FROM emp ORDER BY id) WHERE ROWNUM <= ?",
                Dialect.ORACLE, Dialect.POSTGRESQL);
        // PostgreSQL needs a name for the derived table; the limit also goes inside, where MySQL would otherwise
        // drop the ORDER BY of a derived table. The one source parameter feeds both.
        assertThat(tr.sql()).isEqualTo("SELECT * FROM (SELECT id FROM emp ORDER BY id LIMIT ?) AS dt1 LIMIT ?");
        assertThat(tr.parameterMap()).containsExactly(1, 1);
    }

    @Test
    void backticksBecomeDoubleQuotesFoldedToLowerCaseOnPostgres() throws Exception {
        assertThat(t.translate("SELECT `Name` FROM `order`", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT \"name\" FROM \"order\"");
    }

    @Test
    void reservedWordUsedAsNameIsQuotedForTheTarget() throws Exception {
        assertThat(t.translate("SELECT id FROM user", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT id FROM \"user\"");
    }

    @Test
    void sameFamilyIsNotParsed() throws Exception {
        Translation tr = t.translate("SELECT broken syntax ((( ?", Dialect.MYSQL, Dialect.MARIADB);
        assertThat(tr.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(tr.parameterMap()).containsExactly(1);
    }

    @Test
    void multipleStatementsAreAllTranslated() throws Exception {
        Translation tr = t.translate("SELECT a FROM t LIMIT 1; SELECT b FROM u LIMIT 2", Dialect.MYSQL,
                Dialect.SQLSERVER);
        assertThat(tr.statements()).containsExactly("SELECT TOP (1) a FROM t", "SELECT TOP (2) b FROM u");
    }

    @Test
    void unparsableSqlIsPassedThroughAsUnsupported() throws Exception {
        Translation tr = t.translate("SELECT FROM WHERE ?", Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(tr.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(tr.sql()).isEqualTo("SELECT FROM WHERE ?");
        assertThat(tr.parameterMap()).containsExactly(1);
    }

    @Test
    void failPolicyRaises42000() {
        SqlTranslator strict = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> strict.translate("SELECT FROM WHERE", Dialect.MYSQL, Dialect.POSTGRESQL))
                .isInstanceOf(TranslationException.class)
                .hasFieldOrPropertyWithValue("SQLState", "42000");
    }

    @Test
    void cacheCountsHitsAndMisses() throws Exception {
        SqlTranslator c = SqlTranslator.builder().cacheSize(100).build();
        c.translate("SELECT 1", Dialect.MYSQL, Dialect.POSTGRESQL);
        c.translate("SELECT 1", Dialect.MYSQL, Dialect.POSTGRESQL);
        TranslationStats s = c.stats();
        assertThat(s.hits()).isEqualTo(1);
        assertThat(s.misses()).isEqualTo(1);
        assertThat(s.size()).isEqualTo(1);
    }
}
