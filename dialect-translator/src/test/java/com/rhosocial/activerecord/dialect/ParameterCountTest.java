package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A {@code ?} is a placeholder only outside literals, and where a literal ends depends on the dialect: MySQL reads
 * {@code \'} inside a string as an escaped quote, PostgreSQL (standard strings) and SQLite read the backslash as a
 * plain character. The driver rebinds through these counts, so they must follow the text's own dialect.
 */
class ParameterCountTest {

    @Test
    void aBackslashEscapedQuoteKeepsAMySqlLiteralOpenOverItsQuestionMark() {
        String sql = "SELECT id FROM t WHERE note = 'it\\'s ?' AND id = ?";
        assertThat(Translation.countParameters(sql, Dialect.MYSQL)).isEqualTo(1);
        assertThat(Translation.countParameters(sql, Dialect.MARIADB)).isEqualTo(1);
    }

    @Test
    void aBackslashEndsNothingInPostgresOrSqliteLiterals() {
        String sql = "SELECT 'a\\', ? FROM t";
        assertThat(Translation.countParameters(sql, Dialect.POSTGRESQL)).isEqualTo(1);
        assertThat(Translation.countParameters(sql, Dialect.SQLITE)).isEqualTo(1);
        // MySQL reads the same text as one unterminated literal: no placeholder at all
        assertThat(Translation.countParameters(sql, Dialect.MYSQL)).isZero();
    }

    @Test
    void placeholdersInCommentsAndQuotedNamesAreNotCounted() {
        String sql = "SELECT \"a?\", `b?` FROM t /* ? */ WHERE x = ? -- ?\n AND y = ?";
        assertThat(Translation.countParameters(sql, Dialect.POSTGRESQL)).isEqualTo(2);
    }

    @Test
    void aSameFamilyPassThroughMapsOnlyTheRealPlaceholders() throws Exception {
        SqlTranslator tr = SqlTranslator.builder().build();
        Translation t = tr.translate("SELECT id FROM t WHERE note = 'it\\'s' AND id = ?", Dialect.MYSQL,
                Dialect.MARIADB);
        assertThat(t.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(t.parameterMap()).containsExactly(1);
    }
}
