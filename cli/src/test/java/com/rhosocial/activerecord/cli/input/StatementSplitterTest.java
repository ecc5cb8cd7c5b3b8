package com.rhosocial.activerecord.cli.input;

import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSplitterTest {

    private static List<String> sql(Dialect d, String script) {
        return StatementSplitter.forDialect(d).split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void keepsSemicolonsInsideLiteralsQuotedNamesAndComments() {
        assertThat(sql(Dialect.MYSQL, "SELECT 'a;b', \"c;d\", `e;f` /* ; */ FROM t; SELECT 2"))
                .containsExactly("SELECT 'a;b', \"c;d\", `e;f` /* ; */ FROM t", "SELECT 2");
    }

    @Test
    void mysqlBackslashEscapesAndHashCommentsButNotInPostgres() {
        assertThat(sql(Dialect.MYSQL, "SELECT 'it\\'s;'; # x; y\nSELECT 2"))
                .containsExactly("SELECT 'it\\'s;'", "SELECT 2");
        // In PostgreSQL a backslash is an ordinary character in a standard string.
        assertThat(sql(Dialect.POSTGRESQL, "SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void postgresDollarQuotesHideSemicolonsButParametersDoNot() {
        assertThat(sql(Dialect.POSTGRESQL, "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;"
                + " SELECT $1; SELECT $$a;b$$"))
                .containsExactly("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
                        "SELECT $1", "SELECT $$a;b$$");
    }

    @Test
    void sqlServerGoLinesSeparateBatchesAndBracketsQuote() {
        assertThat(sql(Dialect.SQLSERVER, "SELECT [a;b] FROM t\nGO\nSELECT 2\ngo\n"))
                .containsExactly("SELECT [a;b] FROM t", "SELECT 2");
    }

    @Test
    void commentOnlyStatementsAreDroppedAndLinesPointAtTheFirstToken() {
        List<SqlStatement> s = StatementSplitter.forDialect(Dialect.MYSQL)
                .split("-- header\n\n;\n/* only a comment */;\n\n  SELECT\n 1;");
        assertThat(s).containsExactly(new SqlStatement("SELECT\n 1", 6));
    }

    @Test
    void doubledQuotesStayInsideTheLiteral() {
        assertThat(sql(Dialect.SQLITE, "INSERT INTO t VALUES ('it''s; ok'); SELECT 1"))
                .containsExactly("INSERT INTO t VALUES ('it''s; ok')", "SELECT 1");
    }
}
