package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Golden tests for sequences, session settings and schema-script statements (Flyway / Liquibase / Hibernate
 * schema export shapes). Expected SQL written by hand from each target's manual; the same statements run on the
 * real servers in the differential corpus (cases tagged {@code sequences}, {@code ddl}, {@code session}).
 */
class SchemaScriptsAndSequencesTest {
    private final SqlTranslator t = SqlTranslator.builder().build();

    private String sql(String source, Dialect from, Dialect to) throws Exception {
        return String.join("; ", t.translate(source, from, to).statements());
    }

    @Test
    void createSequenceIsWrittenWithTheTargetsOptionsAndWithoutStorageOptions() throws Exception {
        assertThat(sql("CREATE SEQUENCE s START 100 INCREMENT 5 CACHE 20 NO CYCLE", Dialect.POSTGRESQL, Dialect.MARIADB))
                .isEqualTo("CREATE SEQUENCE s START WITH 100 INCREMENT BY 5 NOCYCLE");
        assertThat(sql("CREATE SEQUENCE s AS BIGINT START WITH 1 INCREMENT BY 50", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .isEqualTo("CREATE SEQUENCE s START WITH 1 INCREMENT BY 50");
        assertThat(sql("create sequence s start with 1 increment by 50 nocache noorder", Dialect.ORACLE, Dialect.MARIADB))
                .isEqualTo("CREATE SEQUENCE s START WITH 1 INCREMENT BY 50");
    }

    @Test
    void nextValueInEverySpellingBecomesTheTargetsSpelling() throws Exception {
        String[][] sources = {
                {"SELECT nextval('s')", "POSTGRESQL"},
                {"SELECT nextval('s'::regclass)", "POSTGRESQL"},
                {"SELECT s.NEXTVAL FROM DUAL", "ORACLE"},
                {"SELECT NEXT VALUE FOR s", "SQLSERVER"},
                {"SELECT NEXTVAL(s)", "MARIADB"},
        };
        for (String[] s : sources) {
            Dialect from = Dialect.valueOf(s[1]);
            if (from != Dialect.POSTGRESQL) {
                assertThat(sql(s[0], from, Dialect.POSTGRESQL)).isEqualTo("SELECT nextval('s')");
            }
            if (from != Dialect.MARIADB) {
                assertThat(sql(s[0], from, Dialect.MARIADB)).isEqualTo("SELECT NEXTVAL(s)");
            }
        }
    }

    @Test
    void currentValueIsCurrvalOrLastval() throws Exception {
        assertThat(sql("SELECT s.CURRVAL FROM DUAL", Dialect.ORACLE, Dialect.POSTGRESQL)).isEqualTo("SELECT currval('s')");
        assertThat(sql("SELECT currval('s')", Dialect.POSTGRESQL, Dialect.MARIADB)).isEqualTo("SELECT LASTVAL(s)");
    }

    @Test
    void sqliteEmulatesASequenceWithOneRowPerSequence() throws Exception {
        Translation create = t.translate("CREATE SEQUENCE s START WITH 10 INCREMENT BY 5", Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(create.outcome()).isEqualTo(Outcome.EMULATED);
        assertThat(create.statements()).containsExactly(
                "CREATE TABLE IF NOT EXISTS activerecord_sequences (name VARCHAR(128) PRIMARY KEY, value INTEGER NOT NULL, increment INTEGER NOT NULL)",
                "INSERT INTO activerecord_sequences (name, value, increment) VALUES ('s', 5, 5)");
        Translation next = t.translate("INSERT INTO items (id, name) VALUES (nextval('s'), ?)", Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(next.statements()).containsExactly(
                "UPDATE activerecord_sequences SET value = value + increment WHERE name = 's'",
                "INSERT INTO items (id, name) VALUES ((SELECT value FROM activerecord_sequences WHERE name = 's'), ?)");
        assertThat(next.parameterMap()).containsExactly(1);
    }

    @Test
    void aSequenceDefaultOrTwoValuesInOneStatementAreRefusedOnSqlite() throws Exception {
        assertThat(t.translate("CREATE TABLE x (id INTEGER DEFAULT nextval('s'))", Dialect.POSTGRESQL, Dialect.SQLITE)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(t.translate("INSERT INTO x VALUES (nextval('s')), (nextval('s'))", Dialect.POSTGRESQL, Dialect.SQLITE)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
        // One reference, but one value per row: the emulation would repeat a value.
        assertThat(t.translate("INSERT INTO x (id, v) SELECT nextval('s'), v FROM y", Dialect.POSTGRESQL, Dialect.SQLITE)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(t.translate("UPDATE x SET id = nextval('s')", Dialect.POSTGRESQL, Dialect.SQLITE)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void sessionSettingsWithoutEquivalentRunANoOpWithAWarning() throws Exception {
        Translation names = t.translate("SET NAMES utf8mb4", Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(names.statements()).containsExactly("SET client_encoding = 'UTF8'");
        assertThat(names.outcome()).isEqualTo(Outcome.EMULATED);
        assertThat(names.warnings()).isNotEmpty();
        assertThat(sql("SET NOCOUNT ON", Dialect.SQLSERVER, Dialect.MARIADB)).isEqualTo("DO 0");
    }

    @Test
    void isolationLevelsMapToTheWeakestLevelAtLeastAsStrict() throws Exception {
        assertThat(sql("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", Dialect.MYSQL, Dialect.POSTGRESQL))
                .isEqualTo("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
        assertThat(sql("SET TRANSACTION ISOLATION LEVEL SNAPSHOT", Dialect.SQLSERVER, Dialect.MARIADB))
                .isEqualTo("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        assertThat(sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", Dialect.POSTGRESQL, Dialect.ORACLE))
                .isEqualTo("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
    }

    @Test
    void truncateKeepsTheSourcesIdentityBehaviour() throws Exception {
        // MySQL and SQL Server restart the counter, PostgreSQL only when told to.
        assertThat(sql("TRUNCATE TABLE t", Dialect.SQLSERVER, Dialect.POSTGRESQL)).isEqualTo("TRUNCATE TABLE t RESTART IDENTITY");
        assertThat(sql("TRUNCATE TABLE t RESTART IDENTITY", Dialect.POSTGRESQL, Dialect.SQLITE))
                .isEqualTo("DELETE FROM t; DELETE FROM sqlite_sequence WHERE name = 't'");
    }

    @Test
    void dropTableCascadeIsWrittenPerTarget() throws Exception {
        assertThat(sql("DROP TABLE t CASCADE CONSTRAINTS", Dialect.ORACLE, Dialect.POSTGRESQL)).isEqualTo("DROP TABLE t CASCADE");
        assertThat(sql("DROP TABLE IF EXISTS t CASCADE", Dialect.POSTGRESQL, Dialect.SQLITE)).isEqualTo("DROP TABLE IF EXISTS t");
    }

    @Test
    void commentsOnTablesAndColumns() throws Exception {
        assertThat(sql("COMMENT ON TABLE t IS 'people'", Dialect.POSTGRESQL, Dialect.MARIADB))
                .isEqualTo("ALTER TABLE t COMMENT = 'people'");
        Translation col = t.translate("COMMENT ON COLUMN t.c IS 'x'", Dialect.ORACLE, Dialect.SQLITE);
        assertThat(col.outcome()).isEqualTo(Outcome.EMULATED);
        assertThat(col.warnings()).isNotEmpty();
    }

    @Test
    void indexStatementsOfOtherDialects() throws Exception {
        assertThat(sql("CREATE UNIQUE NONCLUSTERED INDEX ux ON t (code)", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .isEqualTo("CREATE UNIQUE INDEX ux ON t (code)");
        assertThat(sql("DROP INDEX ix ON t", Dialect.MYSQL, Dialect.POSTGRESQL)).isEqualTo("DROP INDEX ix");
        assertThat(sql("ALTER TABLE t ADD INDEX ix (a, b)", Dialect.MYSQL, Dialect.SQLITE)).isEqualTo("CREATE INDEX ix ON t (a, b)");
        // MariaDB's DROP INDEX needs the table: found in the catalog, run dynamically.
        assertThat(t.translate("DROP INDEX ix", Dialect.POSTGRESQL, Dialect.MARIADB).statements()).hasSize(4);
        assertThat(sql("CREATE INDEX ix ON t (n) WHERE active", Dialect.POSTGRESQL, Dialect.MARIADB)).isEqualTo("CREATE INDEX ix ON t (n)");
        assertThat(t.translate("CREATE UNIQUE INDEX ux ON t (lower(e))", Dialect.POSTGRESQL, Dialect.MARIADB).outcome())
                .isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void sqliteGetsUniqueIndexesForAddedKeys() throws Exception {
        assertThat(sql("ALTER TABLE t ADD CONSTRAINT uk_t UNIQUE (code)", Dialect.POSTGRESQL, Dialect.SQLITE))
                .isEqualTo("CREATE UNIQUE INDEX uk_t ON t (code)");
    }

    @Test
    void oracleInsertAllIntoOneTableBecomesAMultiRowInsert() throws Exception {
        Translation tr = t.translate("INSERT ALL INTO t (a, b) VALUES (?, ?) INTO t (a, b) VALUES (?, 'x') SELECT * FROM dual",
                Dialect.ORACLE, Dialect.POSTGRESQL);
        assertThat(tr.sql()).isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, 'x')");
        assertThat(tr.parameterMap()).containsExactly(1, 2, 3);
    }

    @Test
    void forUpdateOfNamesTablesInPostgresAndNothingInMariaDb() throws Exception {
        String src = "SELECT o.id FROM orders o WHERE o.id = ? FOR UPDATE OF o.status NOWAIT";
        assertThat(sql(src, Dialect.ORACLE, Dialect.POSTGRESQL)).isEqualTo("SELECT o.id FROM orders o WHERE o.id = ? FOR UPDATE OF o NOWAIT");
        assertThat(sql(src, Dialect.ORACLE, Dialect.MARIADB)).isEqualTo("SELECT o.id FROM orders o WHERE o.id = ? FOR UPDATE NOWAIT");
    }

    @Test
    void sqliteIntegerPrimaryKeyIsAnIdentityElsewhere() throws Exception {
        assertThat(sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)", Dialect.SQLITE, Dialect.POSTGRESQL))
                .contains("GENERATED BY DEFAULT AS IDENTITY");
        assertThat(sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)", Dialect.SQLITE, Dialect.MARIADB))
                .contains("AUTO_INCREMENT");
    }

    @Test
    void maxLengthTypesAreLargeObjects() throws Exception {
        assertThat(sql("CREATE TABLE t (a NVARCHAR(MAX), b VARBINARY(MAX))", Dialect.SQLSERVER, Dialect.MARIADB))
                .isEqualTo("CREATE TABLE t (a LONGTEXT, b LONGBLOB)");
    }

    @Test
    void namesInScriptStatementsAreQuotedTheTargetsWay() throws Exception {
        assertThat(sql("TRUNCATE TABLE `order`", Dialect.MYSQL, Dialect.POSTGRESQL)).isEqualTo("TRUNCATE TABLE \"order\" RESTART IDENTITY");
        assertThat(sql("DROP TABLE IF EXISTS \"tmp_x\" CASCADE", Dialect.POSTGRESQL, Dialect.MARIADB)).isEqualTo("DROP TABLE IF EXISTS tmp_x");
        assertThat(sql("RENAME TABLE `a` TO `b`", Dialect.MYSQL, Dialect.SQLITE)).isEqualTo("ALTER TABLE a RENAME TO b");
    }
}
