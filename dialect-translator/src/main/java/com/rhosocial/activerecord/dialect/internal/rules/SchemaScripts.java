package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements of schema scripts and connection set-up that the parser reads poorly or not at all, recognised on
 * the text like {@link Transactions}: session settings ({@code SET NAMES}, {@code SET autocommit},
 * {@code SET NOCOUNT}, {@code SET client_encoding}, ...), {@code COMMENT ON}, {@code DROP TABLE ... CASCADE
 * [CONSTRAINTS] [PURGE]}, {@code TRUNCATE} with its identity behaviour, MySQL {@code RENAME TABLE}, T-SQL
 * {@code [NON]CLUSTERED} indexes, {@code DROP INDEX ... ON t}, partial and expression indexes on targets without
 * them. Returns null for anything else, which then goes through the parser.
 */
public final class SchemaScripts {
    private static final String NAME_NC = "(?:(?:[A-Za-z_][\\w$]*\\.)?[A-Za-z_][\\w$]*|\"[^\"]+\"|`[^`]+`|\\[[^\\]]+\\])";
    private static final String NAME = "(" + NAME_NC + ")";
    private static final Pattern SESSION = Pattern.compile(
            "(?is)\\s*SET\\s+(?:SESSION\\s+|LOCAL\\s+|GLOBAL\\s+)?(NAMES|CHARACTER\\s+SET|CHARSET|AUTOCOMMIT|NOCOUNT|XACT_ABORT"
                    + "|ANSI_NULLS|ANSI_PADDING|ANSI_WARNINGS|QUOTED_IDENTIFIER|ARITHABORT|CONCAT_NULL_YIELDS_NULL"
                    + "|CLIENT_ENCODING|STATEMENT_TIMEOUT|LOCK_TIMEOUT|APPLICATION_NAME|SQL_SAFE_UPDATES|FOREIGN_KEY_CHECKS"
                    + "|UNIQUE_CHECKS|TIME_ZONE|TIMEZONE|DATEFORMAT|LANGUAGE)\\b[^;]*;?\\s*");
    private static final Pattern ISOLATION = Pattern.compile(
            "(?is)\\s*SET\\s+(SESSION\\s+(?:CHARACTERISTICS\\s+AS\\s+)?)?TRANSACTION\\s+ISOLATION\\s+LEVEL\\s+"
                    + "(READ\\s+UNCOMMITTED|READ\\s+COMMITTED|REPEATABLE\\s+READ|SNAPSHOT|SERIALIZABLE)\\s*;?\\s*");
    private static final Pattern COMMENT_ON = Pattern.compile(
            "(?is)\\s*COMMENT\\s+ON\\s+(TABLE|COLUMN|VIEW)\\s+" + NAME + "\\s+IS\\s+('(?:[^']|'')*'|NULL)\\s*;?\\s*");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "(?is)\\s*DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?" + NAME + "((?:\\s*,\\s*" + NAME_NC + ")*)"
                    + "\\s+(CASCADE(?:\\s+CONSTRAINTS)?(?:\\s+PURGE)?|PURGE|RESTRICT)\\s*;?\\s*");
    private static final Pattern TRUNCATE = Pattern.compile(
            "(?is)\\s*TRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?" + NAME
                    + "(?:\\s+(RESTART|CONTINUE)\\s+IDENTITY)?(?:\\s+(CASCADE|RESTRICT))?(?:\\s+(?:DROP|REUSE)\\s+STORAGE)?\\s*;?\\s*");
    private static final Pattern RENAME_TABLE = Pattern.compile(
            "(?is)\\s*RENAME\\s+TABLE\\s+" + NAME + "\\s+TO\\s+" + NAME + "\\s*;?\\s*");
    private static final Pattern CLUSTERED = Pattern.compile(
            "(?is)(\\s*CREATE\\s+(?:UNIQUE\\s+)?)(?:NON)?CLUSTERED\\s+(INDEX\\b[^;]*;?\\s*)");
    private static final Pattern DROP_INDEX_ON = Pattern.compile(
            "(?is)\\s*DROP\\s+INDEX\\s+(IF\\s+EXISTS\\s+)?" + NAME + "\\s+ON\\s+" + NAME + "\\s*;?\\s*");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s+ON\\s+" + NAME
                    + "\\s*(\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\))(\\s+WHERE\\s+[^;]*?)?\\s*;?\\s*");

    private static final Pattern DROP_INDEX = Pattern.compile(
            "(?is)\\s*DROP\\s+INDEX\\s+(IF\\s+EXISTS\\s+)?" + NAME + "\\s*;?\\s*");
    private static final Pattern ALTER_ADD_CONSTRAINT = Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+" + NAME + "\\s+ADD\\s+(?:CONSTRAINT\\s+(\\w+)\\s+)?(PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY|CHECK)"
                    + "\\s*(?:KEY\\s+|INDEX\\s+)?(\\([^;]*)\\s*;?\\s*");
    private static final Pattern ALTER_COLUMN_TYPE = Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+" + NAME + "\\s+ALTER\\s+COLUMN\\s+" + NAME
                    + "\\s+(SET\\s+|DROP\\s+)?(?:TYPE\\s+|SET\\s+DATA\\s+TYPE\\s+)?\\w+(?:\\s*\\([^)]*\\))?(\\s+(?:NOT\\s+)?NULL)?\\s*;?\\s*");
    private static final Pattern ADD_INDEX = Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+" + NAME + "\\s+ADD\\s+(UNIQUE\\s+)?(?:INDEX|KEY)\\s+" + NAME
                    + "\\s*(\\([^;]*\\))\\s*;?\\s*");
    private static final Pattern POSITION = Pattern.compile(
            "(?is)(\\s*ALTER\\s+TABLE\\s+[^;]*\\bADD\\b[^;]*?)\\s+(?:AFTER\\s+" + NAME_NC + "|FIRST)\\s*;?\\s*");

    private static final Pattern INSERT_ALL = Pattern.compile("(?is)\\s*INSERT\\s+ALL\\s+");
    private static final Pattern INTO_BRANCH = Pattern.compile(
            "(?is)\\s*INTO\\s+" + NAME + "\\s*(\\([^()]*\\))?\\s*VALUES\\s*\\(");
    private static final Pattern DUAL_TAIL = Pattern.compile("(?is)\\s*SELECT\\s+(\\*|1|NULL)\\s+FROM\\s+DUAL\\s*;?\\s*");

    private SchemaScripts() {
    }

    /** The target's statements for {@code sql}, or null when it is none of these statements. */
    public static List<String> rewrite(String sql, RenderContext ctx) {
        if (sql.length() > 2000 || !startsWithScriptKeyword(sql)) {
            // Queries and DML (the hot path) never match: one look at the first letter.
            return null;
        }
        DialectSpec from = ctx.from();
        DialectSpec to = ctx.to();
        Matcher m = ISOLATION.matcher(sql);
        if (m.matches()) {
            String level = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            String out = to.isolationStatement(level, m.group(1) != null);
            if (out == null) {
                ctx.warn("isolation", level, to.dialect() + " runs every transaction at least as strictly as " + level
                        + "; nothing is run");
                ctx.emulated("isolation", level);
                return List.of(to.noOpStatement());
            }
            ctx.changed();
            return List.of(out);
        }
        m = SESSION.matcher(sql);
        if (m.matches()) {
            // Connection set-up for the source server; the target's driver has set up its own connection.
            ctx.warn("session", m.group(1), "session setting " + m.group(1).toUpperCase(Locale.ROOT)
                    + " has no " + to.dialect() + " equivalent here; nothing is run");
            ctx.emulated("session", m.group(1));
            return List.of(to.noOpStatement());
        }
        m = COMMENT_ON.matcher(sql);
        if (m.matches()) {
            return commentOn(m, ctx);
        }
        m = DROP_TABLE.matcher(sql);
        if (m.matches()) {
            StringBuilder tables = new StringBuilder(ident(m.group(2), to));
            for (String more : m.group(3).split(",")) {
                if (!more.isBlank()) {
                    tables.append(", ").append(ident(more.trim(), to));
                }
            }
            String cascade = to.dropTableCascade();
            boolean ifExists = m.group(1) != null && to.supportsDropIfExists();
            ctx.changed();
            return List.of("DROP TABLE " + (ifExists ? "IF EXISTS " : "") + tables + cascade);
        }
        m = TRUNCATE.matcher(sql);
        if (m.matches()) {
            String table = ident(m.group(1), to);
            boolean restart = m.group(2) == null ? from.truncateRestartsIdentity()
                    : m.group(2).equalsIgnoreCase("RESTART");
            if (!to.supportsTruncate()) {
                ctx.emulated("truncate", m.group(1));
                String reset = restart ? to.identityReset(unquote(m.group(1))) : null;
                return reset == null ? List.of("DELETE FROM " + table) : List.of("DELETE FROM " + table, reset);
            }
            String clause = to.truncateRestartIdentity();
            String out = "TRUNCATE TABLE " + table;
            if (restart && clause != null) {
                out += " " + clause;
            } else if (restart != to.truncateRestartsIdentity() && clause == null) {
                ctx.warn("truncate", m.group(1), "TRUNCATE on " + to.dialect() + (restart ? " keeps" : " restarts")
                        + " the identity counter, unlike the source");
            }
            if (m.group(3) != null && m.group(3).equalsIgnoreCase("CASCADE") && to.truncateCascades()) {
                out += " CASCADE";
            }
            ctx.changed();
            return List.of(out);
        }
        m = RENAME_TABLE.matcher(sql);
        if (m.matches() && !to.hasRenameTableStatement()) {
            ctx.changed();
            return List.of(to.renameTable(ident(m.group(1), to), ident(m.group(2), to)));
        }
        m = CLUSTERED.matcher(sql);
        if (m.matches() && !to.hasClusteredIndexes()) {
            // Physical row order only; the index (and its uniqueness) stays.
            ctx.changed();
            String rest = m.group(1) + m.group(2);
            List<String> again = rewrite(rest, ctx);
            return again != null ? again : null;
        }
        m = DROP_INDEX_ON.matcher(sql);
        if (m.matches() && !to.dropIndexNamesTable()) {
            ctx.changed();
            return List.of("DROP INDEX " + (m.group(1) != null ? "IF EXISTS " : "") + ident(m.group(2), to));
        }
        m = DROP_INDEX.matcher(sql);
        if (m.matches() && to.dropIndexNamesTable() && to.dynamicDropIndex()) {
            return dropIndexByName(m.group(1) != null, unquote(m.group(2)), ctx);
        }
        m = ALTER_ADD_CONSTRAINT.matcher(sql);
        if (m.matches() && !to.supportsAlterConstraints()) {
            return addConstraintWithoutAlter(m, ctx);
        }
        m = ALTER_COLUMN_TYPE.matcher(sql);
        if (m.matches() && to.modifyColumn("c", "T", false) == null && m.group(3) == null) {
            // SQLite keeps any value in any column (type affinity): a new declared type changes nothing stored.
            ctx.warn("alter", m.group(2), "column type change of " + m.group(2) + " left out: " + to.dialect()
                    + " does not enforce declared types" + (m.group(4) != null && m.group(4).toUpperCase(Locale.ROOT).contains("NOT")
                    ? " (NOT NULL is not added)" : ""));
            ctx.emulated("alter", m.group(2));
            return List.of(to.noOpStatement());
        }
        m = CREATE_INDEX.matcher(sql);
        if (m.matches() && (m.group(6) != null && !to.supportsPartialIndexes()
                || !to.supportsExpressionIndexes() && m.group(5).matches("(?s)\\(.*\\w\\s*\\(.*"))) {
            return indexWithoutParts(m, ctx);
        }
        return null;
    }

    /**
     * Text fixes that let the parser and the rules see a statement the target can run: MySQL column positions
     * ({@code AFTER c}, {@code FIRST}) on targets without them, {@code ADD COLUMN IF NOT EXISTS} where unknown,
     * MySQL {@code ALTER TABLE t ADD [UNIQUE] INDEX|KEY n (cols)} as {@code CREATE [UNIQUE] INDEX n ON t (cols)}.
     */
    public static String normalize(String sql, RenderContext ctx) {
        if (sql.regionMatches(true, skipBlanks(sql), "INSERT", 0, 6)) {
            return insertAll(sql, ctx);
        }
        if (sql.regionMatches(true, skipBlanks(sql), "CREATE", 0, 6) && !ctx.to().hasClusteredIndexes()) {
            Matcher c = CLUSTERED.matcher(sql);
            if (c.matches()) {
                ctx.changed();
                return c.group(1) + c.group(2);
            }
        }
        if (sql.length() > 2000 || !sql.regionMatches(true, skipBlanks(sql), "ALTER", 0, 5)) {
            return sql;
        }
        DialectSpec to = ctx.to();
        if (to.supportsColumnPositions()) {
            return sql;
        }
        Matcher m = ADD_INDEX.matcher(sql);
        if (m.matches()) {
            ctx.changed();
            return "CREATE " + (m.group(2) != null ? "UNIQUE " : "") + "INDEX " + m.group(3) + " ON " + m.group(1) + " " + m.group(4);
        }
        m = POSITION.matcher(sql);
        if (m.matches()) {
            ctx.changed();
            sql = m.group(1);
        }
        if (!to.supportsAddColumnIfNotExists()) {
            String s2 = sql.replaceFirst("(?i)(\\bADD\\s+(?:COLUMN\\s+)?)IF\\s+NOT\\s+EXISTS\\s+", "$1");
            if (!s2.equals(sql)) {
                ctx.warn("alter", "EXISTS", "ADD COLUMN IF NOT EXISTS written without IF NOT EXISTS: " + to.dialect() + " has no such check");
                ctx.changed();
                sql = s2;
            }
        }
        return sql;
    }

    /**
     * Oracle's {@code INSERT ALL INTO t (cols) VALUES (...) INTO t (cols) VALUES (...) SELECT * FROM DUAL} (its
     * multi-row insert before 23c, as ORMs and tools batch it) into one {@code INSERT ... VALUES (...), (...)}
     * when every branch names the same table and columns; other shapes are left to the parser.
     */
    private static String insertAll(String sql, RenderContext ctx) {
        Matcher m = INSERT_ALL.matcher(sql);
        if (!m.lookingAt()) {
            return sql;
        }
        int i = m.end();
        String head = null;
        List<String> rows = new java.util.ArrayList<>();
        while (true) {
            Matcher into = INTO_BRANCH.matcher(sql);
            into.region(i, sql.length());
            if (!into.lookingAt()) {
                break;
            }
            String h = (into.group(1) + " " + (into.group(2) == null ? "" : into.group(2).replaceAll("\\s+", ""))).trim();
            if (head != null && !head.equalsIgnoreCase(h)) {
                return sql;
            }
            head = h;
            int open = into.end() - 1;
            int close = closing(sql, open);
            if (close < 0) {
                return sql;
            }
            rows.add(sql.substring(open, close + 1));
            i = close + 1;
        }
        if (head == null || !DUAL_TAIL.matcher(sql.substring(i)).matches()) {
            return sql;
        }
        ctx.changed();
        return "INSERT INTO " + head + " VALUES " + String.join(", ", rows);
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping string literals; -1 when none. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'') {
                k = s.indexOf('\'', k + 1);
                while (k > 0 && k + 1 < s.length() && s.charAt(k + 1) == '\'') {
                    k = s.indexOf('\'', k + 2);
                }
                if (k < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWithScriptKeyword(String sql) {
        int i = skipBlanks(sql);
        if (i >= sql.length()) {
            return false;
        }
        char c = Character.toUpperCase(sql.charAt(i));
        return c == 'S' && !sql.regionMatches(true, i, "SELECT", 0, 6) || c == 'C' || c == 'D' && !sql.regionMatches(true, i, "DELETE", 0, 6)
                || c == 'T' || c == 'R' || c == 'A';
    }

    private static int skipBlanks(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A name of the source text (possibly quoted with {@code ""}, backticks or brackets, possibly dotted) in the
     * target's form: bare where it can be, quoted the target's way where it must be.
     */
    static String ident(String raw, DialectSpec to) {
        StringBuilder b = new StringBuilder();
        for (String part : raw.trim().split("\\.(?=(?:[^\"`\\]]|[\"`\\[][^\"`\\]]*[\"`\\]])*$)")) {
            String p = unquote(part.trim());
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(p.matches("[A-Za-z_][A-Za-z0-9_$]*") && !to.isReserved(p) ? p : to.quote(p));
        }
        return b.toString();
    }

    static String unquote(String name) {
        if (name.length() > 1 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /**
     * MariaDB's DROP INDEX needs the table, which PostgreSQL, Oracle and SQLite scripts do not name (their index
     * names are unique in the schema): the table is looked up in the catalog and the statement run dynamically.
     */
    private static List<String> dropIndexByName(boolean ifExists, String name, RenderContext ctx) {
        String lit = "'" + name.replace("'", "''") + "'";
        ctx.emulated("index", name);
        String drop = "CONCAT('DROP INDEX `" + name.replace("`", "``") + "` ON `', table_name, '`')";
        return List.of(
                "SET @activerecord_ddl = COALESCE((SELECT " + drop + " FROM information_schema.statistics"
                        + " WHERE table_schema = DATABASE() AND index_name = " + lit + " LIMIT 1), "
                        + (ifExists ? "'DO 0'" : "CONCAT('DROP INDEX `" + name.replace("`", "``") + "` ON `no table has this index`')") + ")",
                "PREPARE activerecord_ddl FROM @activerecord_ddl",
                "EXECUTE activerecord_ddl",
                "DEALLOCATE PREPARE activerecord_ddl");
    }

    /**
     * SQLite cannot add a constraint to an existing table. A primary key or unique constraint is the same rule as
     * a unique index (NULLs aside, which a primary key forbids anyway); a foreign key cannot be added at all and
     * is left out with a warning, as SQLite does not enforce foreign keys unless the connection enables them.
     */
    private static List<String> addConstraintWithoutAlter(Matcher m, RenderContext ctx) {
        String table = ident(m.group(1), ctx.to());
        String name = m.group(2);
        String kind = m.group(3).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (kind.equals("UNIQUE") || kind.equals("PRIMARY KEY")) {
            ctx.emulated("alter", name);
            return List.of("CREATE UNIQUE INDEX " + (name != null ? name : unquote(table) + "_" + "uk") + " ON " + table + " " + m.group(4));
        }
        if (kind.equals("FOREIGN KEY")) {
            ctx.warn("alter", name, "foreign key " + name + " left out: " + ctx.to().dialect() + " cannot add one to an existing table");
            ctx.emulated("alter", name);
            return List.of(ctx.to().noOpStatement());
        }
        ctx.unsupported("alter", name, ctx.to().dialect() + " cannot add a " + kind + " constraint to an existing table");
        return List.of();
    }

    private static List<String> commentOn(Matcher m, RenderContext ctx) {
        DialectSpec to = ctx.to();
        String kind = m.group(1).toUpperCase(Locale.ROOT);
        if (to.supportsCommentOn()) {
            return null;
        }
        if (to.supportsTableCommentOption() && kind.equals("TABLE")) {
            ctx.changed();
            return List.of("ALTER TABLE " + ident(m.group(2), to) + " COMMENT = " + (m.group(3).equalsIgnoreCase("NULL") ? "''" : m.group(3)));
        }
        // A column comment needs the whole column definition again (MySQL) or has no place (SQLite, T-SQL):
        // documentation only, the data and its behaviour are the same without it.
        ctx.warn("comment", m.group(2), "COMMENT ON " + kind + " dropped: " + to.dialect() + " cannot store it this way");
        ctx.emulated("comment", m.group(2));
        return List.of(to.noOpStatement());
    }

    /**
     * MariaDB has neither partial nor expression indexes (and T-SQL no expression indexes). A non-unique one only speeds up queries, so the partial
     * index becomes a full one and the expression index is left out; a unique one would change which rows are
     * accepted, so it is refused.
     */
    private static List<String> indexWithoutParts(Matcher m, RenderContext ctx) {
        String name = m.group(3);
        if (m.group(1) != null) {
            ctx.unsupported("index", name, "unique " + (m.group(6) != null ? "partial" : "expression")
                    + " index " + name + " has no " + ctx.to().dialect() + " equivalent");
            return List.of();
        }
        if (m.group(5).matches("(?s)\\(.*\\w\\s*\\(.*") && !ctx.to().supportsExpressionIndexes()) {
            ctx.warn("index", name, "expression index " + name + " left out: " + ctx.to().dialect() + " cannot index an expression");
            ctx.emulated("index", name);
            return List.of(ctx.to().noOpStatement());
        }
        ctx.warn("index", name, "partial index " + name + " created over all rows");
        ctx.emulated("index", name);
        return List.of("CREATE INDEX " + (m.group(2) != null ? "IF NOT EXISTS " : "") + name + " ON " + m.group(4) + " " + m.group(5));
    }
}
