package com.rhosocial.activerecord.cli.input;

import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementReaderTest {

    @Test
    void mysql57GeneralLogKeepsQueryAndExecuteAndJoinsContinuationLines() {
        String log = String.join("\n",
                "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:",
                "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock",
                "Time                 Id Command    Argument",
                "2024-05-01T10:15:30.123456Z\t   17 Connect\troot@localhost on shop using Socket",
                "2024-05-01T10:15:30.200000Z\t   17 Query\tSELECT a,",
                "  b FROM t",
                "2024-05-01T10:15:30.300000Z\t   17 Prepare\tSELECT * FROM u WHERE id = ?",
                "2024-05-01T10:15:30.400000Z\t   17 Execute\tSELECT * FROM u WHERE id = 5",
                "2024-05-01T10:15:31.000000Z\t   17 Quit\t");
        assertThat(InputFormat.detect("x.log", log)).isEqualTo(InputFormat.MYSQL_LOG);
        List<SqlStatement> s = StatementReader.read(log, InputFormat.MYSQL_LOG, Dialect.MYSQL);
        assertThat(s).containsExactly(new SqlStatement("SELECT a,\n  b FROM t", 5),
                new SqlStatement("SELECT * FROM u WHERE id = 5", 8));
    }

    @Test
    void csvWithoutQueryColumnIsRejectedNamingTheHeader() {
        assertThatThrownBy(() -> StatementReader.read("a,b\n1,2\n", InputFormat.PG_CSV, Dialect.POSTGRESQL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'query' column (header: a,b)");
    }

    @Test
    void csvQuotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        String csv = "query,calls\n\"SELECT 'a,b', \"\"x\"\"\nFROM t\",4\n";
        assertThat(InputFormat.detect("export.txt", csv)).isEqualTo(InputFormat.PG_CSV);
        assertThat(StatementReader.read(csv, InputFormat.PG_CSV, Dialect.POSTGRESQL))
                .containsExactly(new SqlStatement("SELECT 'a,b', \"x\"\nFROM t", 2, 4));
    }

    @Test
    void plainScriptIsDetectedAsSql() {
        assertThat(InputFormat.detect("a.sql", "SELECT 1;\nSELECT 2;")).isEqualTo(InputFormat.SQL);
    }
}
