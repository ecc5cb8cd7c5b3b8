package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for bugs found by the other modules' integration tests; expected SQL written by hand from each
 * target's manual.
 */
class IntegrationRegressionTest {
    private final SqlTranslator t = SqlTranslator.builder().build();

    // Oracle folds unquoted names to upper case, PostgreSQL to lower case: a quoted lower-case PostgreSQL name
    // means the table created unquoted, which Oracle stores as USERS. Every statement must be re-cased, not only
    // the ones rewritten for another reason.
    @Test
    void quotedLowerCaseNamesAreUpperCasedForOracleInEveryStatement() throws Exception {
        assertThat(t.translate("INSERT INTO \"users\" (\"name\") VALUES (?)", Dialect.POSTGRESQL, Dialect.ORACLE)
                .sql()).isEqualTo("INSERT INTO \"USERS\" (\"NAME\") VALUES (?)");
        assertThat(t.translate("SELECT COUNT(*) FROM \"users\"", Dialect.POSTGRESQL, Dialect.ORACLE).sql())
                .isEqualTo("SELECT COUNT(*) FROM \"USERS\"");
        assertThat(t.translate("UPDATE \"users\" SET \"name\" = ? WHERE \"id\" = ?", Dialect.POSTGRESQL,
                Dialect.ORACLE).sql()).isEqualTo("UPDATE \"USERS\" SET \"NAME\" = ? WHERE \"ID\" = ?");
        assertThat(t.translate("DELETE FROM \"users\" WHERE \"id\" = ?", Dialect.POSTGRESQL, Dialect.ORACLE)
                .sql()).isEqualTo("DELETE FROM \"USERS\" WHERE \"ID\" = ?");
        Translation join = t.translate("SELECT u.\"name\" FROM \"users\" u JOIN \"orders\" o ON o.\"user_id\" = u.\"id\"",
                Dialect.POSTGRESQL, Dialect.ORACLE);
        assertThat(join.sql()).isEqualTo(
                "SELECT u.\"NAME\" FROM \"USERS\" u JOIN \"ORDERS\" o ON o.\"USER_ID\" = u.\"ID\"");
        assertThat(join.outcome()).isEqualTo(Outcome.TRANSLATED);
    }

    @Test
    void unquotedNamesStayUnchangedForOracle() throws Exception {
        Translation tr = t.translate("SELECT COUNT(*) FROM users", Dialect.POSTGRESQL, Dialect.ORACLE);
        assertThat(tr.sql()).isEqualTo("SELECT COUNT(*) FROM users");
        assertThat(tr.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    // SQLite: "SQLite does not support SELECT ... FOR UPDATE"; a write transaction holds the database lock.
    @Test
    void forUpdateIsDroppedWithAWarningForSqlite() throws Exception {
        Translation tr = t.translate("SELECT * FROM users WHERE id = ? FOR UPDATE", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(tr.sql()).isEqualTo("SELECT * FROM users WHERE id = ?");
        assertThat(tr.warnings()).anySatisfy(w -> assertThat(w.rule()).isEqualTo("row-lock"));
    }

    // T-SQL table hints: UPDLOCK holds update locks to the end of the transaction; HOLDLOCK does it for shared ones.
    @Test
    void forUpdateBecomesUpdlockHintOnEveryTableForSqlServer() throws Exception {
        assertThat(t.translate("SELECT * FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = ? FOR UPDATE",
                Dialect.POSTGRESQL, Dialect.SQLSERVER).sql()).isEqualTo("SELECT * FROM users u WITH (UPDLOCK, ROWLOCK) "
                + "JOIN orders o WITH (UPDLOCK, ROWLOCK) ON o.user_id = u.id WHERE u.id = ?");
        assertThat(t.translate("SELECT * FROM users WHERE id = ? FOR SHARE", Dialect.POSTGRESQL, Dialect.SQLSERVER)
                .sql()).isEqualTo("SELECT * FROM users WITH (HOLDLOCK, ROWLOCK) WHERE id = ?");
        assertThat(t.translate("SELECT * FROM jobs WHERE done = 0 FOR UPDATE SKIP LOCKED", Dialect.POSTGRESQL,
                Dialect.SQLSERVER).sql()).isEqualTo("SELECT * FROM jobs WITH (UPDLOCK, ROWLOCK, READPAST) WHERE done = 0");
    }

    @Test
    void sharedLocksUseEachTargetsSpelling() throws Exception {
        assertThat(t.translate("SELECT * FROM users WHERE id = ? LOCK IN SHARE MODE", Dialect.MYSQL,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT * FROM users WHERE id = ? FOR SHARE");
        // MariaDB 10.11 has no FOR SHARE.
        assertThat(t.translate("SELECT * FROM users WHERE id = ? FOR SHARE", Dialect.POSTGRESQL, Dialect.MARIADB)
                .sql()).isEqualTo("SELECT * FROM users WHERE id = ? LOCK IN SHARE MODE");
        // Oracle has no shared row lock in SELECT: the exclusive one keeps the rows unchanged until commit.
        Translation ora = t.translate("SELECT * FROM users WHERE id = ? FOR SHARE", Dialect.POSTGRESQL, Dialect.ORACLE);
        assertThat(ora.sql()).isEqualTo("SELECT * FROM users WHERE id = ? FOR UPDATE");
        assertThat(ora.warnings()).isNotEmpty();
        assertThat(t.translate("SELECT * FROM users WHERE id = ? FOR UPDATE", Dialect.MYSQL, Dialect.POSTGRESQL)
                .sql()).isEqualTo("SELECT * FROM users WHERE id = ? FOR UPDATE");
    }

    // MySQL manual (INSERT): "INSERT INTO tbl_name () VALUES();" inserts a row of defaults; it has no DEFAULT VALUES.
    @Test
    void defaultValuesBecomesEmptyListsForMysqlAndStaysForSqlServer() throws Exception {
        assertThat(t.translate("INSERT INTO t DEFAULT VALUES", Dialect.POSTGRESQL, Dialect.MARIADB).sql())
                .isEqualTo("INSERT INTO t () VALUES ()");
        assertThat(t.translate("INSERT INTO t DEFAULT VALUES", Dialect.SQLITE, Dialect.MYSQL).sql())
                .isEqualTo("INSERT INTO t () VALUES ()");
        assertThat(t.translate("INSERT INTO t DEFAULT VALUES", Dialect.POSTGRESQL, Dialect.SQLSERVER).sql())
                .isEqualTo("INSERT INTO t DEFAULT VALUES");
        assertThat(t.translate("INSERT INTO t () VALUES ()", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("INSERT INTO t DEFAULT VALUES");
        assertThat(t.translate("INSERT INTO t VALUES ()", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("INSERT INTO t DEFAULT VALUES");
    }

    // Oracle has no DEFAULT VALUES; VALUES (DEFAULT) for one column gives every column its default.
    @Test
    void defaultValuesNamesOneColumnForOracleWhenTheSchemaIsKnown() throws Exception {
        SchemaInfo schema = name -> Optional.of(TableInfo.of("t", new LinkedHashMap<>(Map.of("id", false)),
                List.of("id")));
        assertThat(t.translate("INSERT INTO t DEFAULT VALUES", Dialect.POSTGRESQL, Dialect.ORACLE, schema).sql())
                .isEqualTo("INSERT INTO t (id) VALUES (DEFAULT)");
        assertThat(t.translate("INSERT INTO t DEFAULT VALUES", Dialect.POSTGRESQL, Dialect.ORACLE).outcome())
                .isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void defaultKeywordIsNeverQuotedAsAName() throws Exception {
        assertThat(t.translate("INSERT INTO t (a, b) VALUES (1, DEFAULT)", Dialect.POSTGRESQL, Dialect.MYSQL).sql())
                .isEqualTo("INSERT INTO t (a, b) VALUES (1, DEFAULT)");
        assertThat(t.translate("UPDATE t SET b = DEFAULT WHERE a = 1", Dialect.MYSQL, Dialect.SQLSERVER).sql())
                .isEqualTo("UPDATE t SET b = DEFAULT WHERE a = 1");
    }

    private static SchemaInfo usersAndOrders() {
        Map<String, Boolean> users = new LinkedHashMap<>();
        users.put("id", false);
        users.put("name", true);
        Map<String, Boolean> orders = new LinkedHashMap<>();
        orders.put("id", false);
        orders.put("name", false);
        orders.put("shipped_at", true);
        return name -> switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "users" -> Optional.of(TableInfo.of("users", users, List.of("id")));
            case "orders" -> Optional.of(TableInfo.of("orders", orders, List.of("id")));
            default -> Optional.empty();
        };
    }

    // PostgreSQL sorts NULLs last ascending, MariaDB and SQL Server first: only a column that can hold NULL needs
    // the CASE key (neither has NULLS FIRST/LAST).
    @Test
    void nullOrderingIsEmulatedOnlyForNullableColumns() throws Exception {
        SchemaInfo schema = usersAndOrders();
        assertThat(t.translate("SELECT \"id\", \"name\" FROM \"users\" ORDER BY \"id\"", Dialect.POSTGRESQL,
                Dialect.MARIADB, schema).sql()).isEqualTo("SELECT `id`, `name` FROM `users` ORDER BY `id`");
        assertThat(t.translate("SELECT u.id FROM users u JOIN orders o ON o.id = u.id ORDER BY o.name, u.name",
                Dialect.POSTGRESQL, Dialect.SQLSERVER, schema).sql()).isEqualTo("SELECT u.id FROM users u "
                + "JOIN orders o ON o.id = u.id ORDER BY o.name, CASE WHEN u.name IS NULL THEN 1 ELSE 0 END, u.name");
        assertThat(t.translate("SELECT o.id FROM orders AS o ORDER BY o.shipped_at DESC, o.id DESC",
                Dialect.POSTGRESQL, Dialect.MARIADB, schema).sql()).isEqualTo("SELECT o.id FROM orders AS o "
                + "ORDER BY CASE WHEN o.shipped_at IS NULL THEN 0 ELSE 1 END, o.shipped_at DESC, o.id DESC");
    }

    // With semantics=syntax nothing is added, but NULLS FIRST/LAST (a syntax error on MariaDB and SQL Server) is
    // dropped where the target's default gives the same order and emulated where it would not.
    @Test
    void explicitNullsOrderingIsDroppedOrEmulatedForTargetsWithoutIt() throws Exception {
        SqlTranslator syntax = SqlTranslator.builder().semantics(Semantics.SYNTAX).build();
        assertThat(syntax.translate("SELECT id FROM users ORDER BY name NULLS FIRST, id DESC NULLS LAST",
                Dialect.POSTGRESQL, Dialect.MARIADB).sql()).isEqualTo("SELECT id FROM users ORDER BY name, id DESC");
        assertThat(syntax.translate("SELECT id FROM users ORDER BY name NULLS LAST", Dialect.POSTGRESQL,
                Dialect.SQLSERVER).sql()).isEqualTo("SELECT id FROM users ORDER BY "
                + "CASE WHEN name IS NULL THEN 1 ELSE 0 END, name");
        assertThat(syntax.translate("SELECT id FROM users ORDER BY name", Dialect.POSTGRESQL, Dialect.MARIADB)
                .sql()).isEqualTo("SELECT id FROM users ORDER BY name");
        assertThat(t.translate("SELECT id FROM users ORDER BY name NULLS LAST", Dialect.POSTGRESQL, Dialect.MARIADB,
                usersAndOrders()).sql()).isEqualTo("SELECT id FROM users ORDER BY "
                + "CASE WHEN name IS NULL THEN 1 ELSE 0 END, name");
    }

    // Oracle ALTER TABLE t ADD (c T, ...): PostgreSQL, MySQL and SQLite take ADD [COLUMN] c T, SQLite one per ALTER.
    @Test
    void oracleBracketedAddBecomesOneAddColumnPerColumn() throws Exception {
        assertThat(t.translate("ALTER TABLE t ADD ( b INTEGER DEFAULT 7, c VARCHAR(5) )", Dialect.ORACLE,
                Dialect.POSTGRESQL).statements()).containsExactly("ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7",
                "ALTER TABLE t ADD COLUMN c VARCHAR(5)");
        assertThat(t.translate("ALTER TABLE t ADD ( b INTEGER )", Dialect.ORACLE, Dialect.SQLITE).sql())
                .isEqualTo("ALTER TABLE t ADD COLUMN b INTEGER");
    }

    // T-SQL spells CREATE OR REPLACE VIEW as CREATE OR ALTER VIEW (2016 SP1), which JSqlParser cannot parse.
    @Test
    void createOrAlterViewIsReadAsCreateOrReplace() throws Exception {
        assertThat(t.translate("CREATE OR ALTER VIEW v AS SELECT id FROM t", Dialect.SQLSERVER, Dialect.POSTGRESQL)
                .sql()).isEqualTo("CREATE OR REPLACE VIEW v AS SELECT id FROM t");
        assertThat(t.translate("CREATE OR ALTER VIEW v AS SELECT id FROM t", Dialect.SQLSERVER, Dialect.SQLITE)
                .statements()).containsExactly("DROP VIEW IF EXISTS v", "CREATE VIEW v AS SELECT id FROM t");
    }

    // PostgreSQL BOOL_OR / BOOL_AND / EVERY: MySQL and SQLite predicates are 1/0 values, so MAX/MIN give the same
    // answer and skip NULLs as the originals do; T-SQL MAX rejects BIT, hence the cast.
    @Test
    void booleanAggregatesBecomeMaxAndMin() throws Exception {
        assertThat(t.translate("SELECT bool_or(flag), every(n > 0) FROM t", Dialect.POSTGRESQL, Dialect.MARIADB)
                .sql()).isEqualTo("SELECT MAX(flag), MIN(n > 0) FROM t");
        assertThat(t.translate("SELECT bool_and(flag) FROM t", Dialect.POSTGRESQL, Dialect.SQLSERVER).sql())
                .isEqualTo("SELECT MIN(CAST(flag AS INT)) FROM t");
        assertThat(t.translate("SELECT bool_or(flag) FROM t", Dialect.POSTGRESQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT MAX(flag) FROM t");
    }

    // Oracle SQL Reference, REPLACE: "If replacement_string is omitted or null, then all occurrences of
    // search_string are removed"; PostgreSQL, MySQL and SQLite return NULL for a NULL replacement.
    @Test
    void oracleReplaceWithoutReplacementRemovesTheSearchString() throws Exception {
        assertThat(t.translate("SELECT REPLACE(sku, '-', NULL), REPLACE(sku, '-'), REPLACE(sku, '-', '') FROM p",
                Dialect.ORACLE, Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT REPLACE(sku, '-', ''), REPLACE(sku, '-', ''), REPLACE(sku, '-', '') FROM p");
        assertThat(t.translate("SELECT REPLACE(sku, 'S', name) FROM p", Dialect.ORACLE, Dialect.MARIADB).sql())
                .isEqualTo("SELECT REPLACE(sku, 'S', COALESCE(name, '')) FROM p");
        assertThat(t.translate("SELECT REPLACE(sku, 'S', 'x') FROM p", Dialect.ORACLE, Dialect.SQLITE).sql())
                .isEqualTo("SELECT REPLACE(sku, 'S', 'x') FROM p");
    }

    // Oracle and MySQL REGEXP_REPLACE replace every match; PostgreSQL's regexp_replace only the first without 'g'.
    @Test
    void regexpReplaceKeepsAllOrFirstMatch() throws Exception {
        assertThat(t.translate("SELECT REGEXP_REPLACE(s, '[0-9]', '#') FROM t", Dialect.MYSQL, Dialect.POSTGRESQL)
                .sql()).isEqualTo("SELECT REGEXP_REPLACE(s, '[0-9]', '#', 'g') FROM t");
        assertThat(t.translate("SELECT REGEXP_REPLACE(s, '[0-9]') FROM t", Dialect.ORACLE, Dialect.POSTGRESQL)
                .sql()).isEqualTo("SELECT REGEXP_REPLACE(s, '[0-9]', '', 'g') FROM t");
        assertThat(t.translate("SELECT regexp_replace(s, '[0-9]', '#') FROM t", Dialect.POSTGRESQL, Dialect.ORACLE)
                .sql()).isEqualTo("SELECT REGEXP_REPLACE(s, '[0-9]', '#', 1, 1) FROM t");
        assertThat(t.translate("SELECT regexp_replace(s, '[0-9]', '#', 'g') FROM t", Dialect.POSTGRESQL,
                Dialect.MARIADB).sql()).isEqualTo("SELECT REGEXP_REPLACE(s, CONCAT('(?-i)', '[0-9]'), '#') FROM t");
        // MariaDB cannot replace only the first match; SQLite has no REGEXP_REPLACE.
        assertThat(t.translate("SELECT regexp_replace(s, '[0-9]', '#') FROM t", Dialect.POSTGRESQL, Dialect.MARIADB)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(t.translate("SELECT REGEXP_REPLACE(s, 'a', 'b') FROM t", Dialect.MYSQL, Dialect.SQLITE)
                .outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    // MySQL FIND_IN_SET(str, list): 1-based position in a comma-separated list, 0 when absent, NULL for NULL.
    @Test
    void findInSetBecomesAnArrayPositionOnPostgresql() throws Exception {
        assertThat(t.translate("SELECT FIND_IN_SET(c, 'a,b') FROM t", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT CASE WHEN c IS NULL OR 'a,b' IS NULL THEN NULL ELSE COALESCE(ARRAY_POSITION("
                        + "STRING_TO_ARRAY(LOWER('a,b'), ','), LOWER(CAST(c AS TEXT))), 0) END FROM t");
        assertThat(t.translate("SELECT FIND_IN_SET(c, 'a,b') FROM t", Dialect.MYSQL, Dialect.SQLSERVER).outcome())
                .isEqualTo(Outcome.UNSUPPORTED);
    }
}
