package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.parse.JsqlWords;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A single-pass recogniser for the plain statements ORMs send most (primary-key selects, simple joins, inserts,
 * updates and deletes with {@code ?} parameters), which writes the text the full pipeline's renderer would print
 * for them, without JSqlParser. Parsing is most of a cold translation's cost; these shapes need only what a few
 * rules do to them, reproduced here: names reserved in the target quoted and table names folded (Identifiers), paging
 * written as LIMIT/OFFSET (PagingRules), the source's NULL order made explicit (NullOrdering), LIKE's case rule
 * (Predicates), FOR UPDATE kept where the target writes it alike (RowLocks).
 *
 * <p>It accepts only a small grammar, between MySQL/MariaDB, PostgreSQL and SQLite, without a schema (with one,
 * rules consult column types and nullability): any other token (string literal, comment, function other than
 * COUNT, operator other than a comparison, keyword outside its place, a word JSqlParser's lexer does not read as a
 * plain name, ...) makes it give up, and the caller runs the full pipeline. {@code FastPathEquivalenceTest} runs the
 * differential and benchmark corpora (and respellings of them) through both paths and requires identical output for
 * every statement accepted here, so a rule that starts to rewrite one of these shapes shows up there.
 */
final class FastPath {

    /** The renderer's text (parameters as {@code ?N}, source quoting) and the number of source parameters. */
    record Rendered(String sql, int parameterCount) {
    }

    private static final int WORD = 1;
    private static final int QUOTED = 2;
    private static final int PARAM = 3;
    private static final int NUMBER = 4;
    private static final int LPAREN = 5;
    private static final int RPAREN = 6;
    private static final int COMMA = 7;
    private static final int DOT = 8;
    private static final int STAR = 9;
    private static final int OP = 10;
    private static final int EOF = 11;

    /** Kinds of names, for the Identifiers rule. */
    private static final int TABLE = 1;
    private static final int COLUMN = 2;
    private static final int ALIAS = 3;
    /** INSERT's column list and the qualifier of {@code t.*}, which the renderer prints as written. */
    private static final int AS_WRITTEN = 4;
    /** INSERT's table, printed as written too. */
    private static final int INSERT_TABLE = 5;
    /** The column part of {@code t.c}. */
    private static final int QUALIFIED_COLUMN = 6;

    /** Words this grammar places itself; never accepted as names. */
    private static final Set<String> STRUCTURAL = Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "IN",
            "IS", "NULL", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "JOIN", "INNER", "LEFT", "OUTER", "ON",
            "ORDER", "BY", "ASC", "DESC", "LIMIT", "OFFSET", "COUNT", "LIKE", "FOR");

    /**
     * Non-reserved JSqlParser keywords common as column names, which it reads as plain names. Any other word that
     * JSqlParser's lexer does not read as a plain identifier (a keyword, a type name such as NUMBER) may parse as
     * something else, or not at all, so it sends the statement to the full pipeline.
     */
    private static final Set<String> COMMON_NAMES = Set.of("NAME", "VALUE", "TYPE", "DATA", "KEY", "LEVEL", "SIZE", "COMMENTS",
            "POSITION");
    /** Deepest parenthesis nesting of a condition accepted here. */
    private static final int MAX_DEPTH = 8;

    private FastPath() {
    }

    static boolean lexesAsName(String upper) {
        return wordClass(upper) == PLAIN;
    }

    private static final int PLAIN = JsqlWords.PLAIN;
    /** A type name such as NUMBER or TEXT: JSqlParser takes it as the column part of {@code t.number}. */
    private static final int TYPE_WORD = JsqlWords.TYPE_WORD;

    private static int wordClass(String upper) {
        return COMMON_NAMES.contains(upper) ? PLAIN : JsqlWords.classOf(upper);
    }

    private static boolean supported(Dialect d) {
        return d == Dialect.MYSQL || d == Dialect.MARIADB || d == Dialect.POSTGRESQL || d == Dialect.SQLITE;
    }

    /**
     * The renderer's text for {@code sql}, or null when the statement is outside the grammar. Records on
     * {@code ctx} what the full pipeline would (a rewrite of the NULL ordering or paging marks it changed).
     */
    static Rendered render(String sql, DialectSpec from, DialectSpec to, RenderContext ctx) {
        if (!supported(from.dialect()) || !supported(to.dialect()) || sql.length() > 4000) {
            return null;
        }
        FastPath.Parser p = new FastPath.Parser(sql, from, to, ctx);
        try {
            if (!p.lex()) {
                return null;
            }
            String out = p.statement();
            return out == null ? null : new Rendered(out, p.params);
        } catch (RuntimeException e) {
            // a gap in this recogniser must never fail a translation the full pipeline can make
            return null;
        }
    }

    /** Tokens of one statement and the recursive-descent printer over them. */
    private static final class Parser {
        private final String s;
        private final DialectSpec from;
        private final DialectSpec to;
        private final RenderContext ctx;
        private final boolean lowerTables;
        private final boolean mysqlQuotes;
        private int[] type = new int[64];
        private int[] start = new int[64];
        private int[] end = new int[64];
        private int n;
        private int pos;
        private int params;
        private final StringBuilder out;
        /** Unquoted, upper-cased select-item aliases (ORDER BY may name one). */
        private Set<String> aliases;
        private boolean changed;
        private int depth;

        Parser(String s, DialectSpec from, DialectSpec to, RenderContext ctx) {
            this.s = s;
            this.from = from;
            this.to = to;
            this.ctx = ctx;
            this.lowerTables = to.caseSensitiveTableNames() && !from.family().equals(to.family());
            this.mysqlQuotes = from.family().equals("MYSQL");
            this.out = new StringBuilder(s.length() + 32);
        }

        private void add(int t, int b, int e) {
            if (n == type.length) {
                type = java.util.Arrays.copyOf(type, n * 2);
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
            }
            type[n] = t;
            start[n] = b;
            end[n] = e;
            n++;
        }

        boolean lex() {
            int len = s.length();
            int i = 0;
            while (i < len) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else if (isLetter(c) || c == '_') {
                    int b = i;
                    while (i < len && isPart(s.charAt(i))) {
                        i++;
                    }
                    if (i < len && (s.charAt(i) > 127 || s.charAt(i) == '$')) {
                        return false;
                    }
                    add(WORD, b, i);
                } else if (c >= '0' && c <= '9') {
                    int b = i;
                    while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                        i++;
                    }
                    if (i - b > 9 || (c == '0' && i - b > 1) || (i < len && (isPart(s.charAt(i)) || s.charAt(i) == '.'))) {
                        return false;
                    }
                    add(NUMBER, b, i);
                } else if (c == '?') {
                    if (i + 1 < len && (isPart(s.charAt(i + 1)) || s.charAt(i + 1) == '?')) {
                        return false;
                    }
                    add(PARAM, i, i + 1);
                    i++;
                } else if ((c == '`' && mysqlQuotes) || (c == '"' && !mysqlQuotes)) {
                    int b = i;
                    i++;
                    while (i < len && isPart(s.charAt(i))) {
                        i++;
                    }
                    if (i == b + 1 || i >= len || s.charAt(i) != c) {
                        return false;
                    }
                    i++;
                    add(QUOTED, b, i);
                } else if (c == '(') {
                    add(LPAREN, i, ++i);
                } else if (c == ')') {
                    add(RPAREN, i, ++i);
                } else if (c == ',') {
                    add(COMMA, i, ++i);
                } else if (c == '.') {
                    add(DOT, i, ++i);
                } else if (c == '*') {
                    add(STAR, i, ++i);
                } else if (c == '=') {
                    add(OP, i, ++i);
                } else if (c == '<' || c == '>' || c == '!') {
                    int b = i;
                    i++;
                    if (i < len && (s.charAt(i) == '=' || (c == '<' && s.charAt(i) == '>'))) {
                        i++;
                    } else if (c == '!') {
                        return false;
                    }
                    if (i < len && "<>=!".indexOf(s.charAt(i)) >= 0) {
                        return false;
                    }
                    add(OP, b, i);
                } else {
                    return false;
                }
            }
            // three end tokens, so that lookahead of two never runs past the array
            add(EOF, len, len);
            add(EOF, len, len);
            add(EOF, len, len);
            return true;
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isPart(char c) {
            return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
        }

        // ------------------------------------------------------------------ token helpers

        private boolean is(int t) {
            return type[pos] == t;
        }

        private boolean isWord(String kw) {
            return type[pos] == WORD && end[pos] - start[pos] == kw.length()
                    && s.regionMatches(true, start[pos], kw, 0, kw.length());
        }

        private boolean accept(String kw) {
            if (isWord(kw)) {
                pos++;
                return true;
            }
            return false;
        }

        private String text(int i) {
            return s.substring(start[i], end[i]);
        }

        /**
         * A name token at the cursor: a plain word JSqlParser reads as a name, or a source-quoted name (printed as
         * written; the post-pass re-quotes it). Plain names get what the Identifiers rule gives them: table names,
         * table aliases and qualifiers in lower case on targets with case-sensitive table names, and double quotes
         * (re-quoted by the post-pass) when reserved in the target.
         */
        private boolean name(int kind) {
            if (type[pos] == QUOTED) {
                if ((kind == TABLE || kind == INSERT_TABLE) && isCatalog(s.substring(start[pos] + 1, end[pos] - 1))) {
                    return false;
                }
                out.append(s, start[pos], end[pos]);
                pos++;
                return true;
            }
            if (type[pos] != WORD) {
                return false;
            }
            String w = text(pos);
            String upper = w.toUpperCase(Locale.ROOT);
            int wordClass = wordClass(upper);
            if (STRUCTURAL.contains(upper) || !(wordClass == PLAIN || (kind == QUALIFIED_COLUMN && wordClass == TYPE_WORD))
                    || w.equalsIgnoreCase(String.valueOf(to.rowIdentifier()))
                    || w.equalsIgnoreCase(String.valueOf(from.rowIdentifier()))
                    || ((kind == TABLE || kind == INSERT_TABLE) && isCatalog(w))) {
                return false;
            }
            if (kind == TABLE && lowerTables) {
                w = w.toLowerCase(Locale.ROOT);
            }
            if (kind != AS_WRITTEN && kind != INSERT_TABLE && to.isReserved(w)) {
                out.append('"').append(w).append('"');
            } else {
                out.append(w);
            }
            pos++;
            return true;
        }

        /** Catalog views and DUAL, which rules replace or drop. */
        private static boolean isCatalog(String name) {
            String l = name.toLowerCase(Locale.ROOT);
            return l.equals("dual") || l.startsWith("sqlite_") || l.startsWith("pg_") || l.startsWith("information_schema")
                    || l.startsWith("sys") || l.startsWith("user_tab") || l.startsWith("all_tab") || l.startsWith("dba_")
                    || l.startsWith("user_ind") || l.startsWith("user_view") || l.startsWith("user_seq")
                    || l.startsWith("user_cons");
        }

        private boolean isNameAhead() {
            return type[pos] == QUOTED || (type[pos] == WORD && !STRUCTURAL.contains(text(pos).toUpperCase(Locale.ROOT)));
        }

        private void param() {
            params++;
            out.append('?').append(params);
            pos++;
        }

        // ------------------------------------------------------------------ grammar

        String statement() {
            boolean ok;
            if (accept("SELECT")) {
                ok = select();
            } else if (accept("INSERT")) {
                ok = insert();
            } else if (accept("UPDATE")) {
                ok = update();
            } else if (accept("DELETE")) {
                ok = delete();
            } else {
                return null;
            }
            if (!ok || !is(EOF)) {
                return null;
            }
            if (changed) {
                ctx.changed();
            }
            return out.toString();
        }

        private boolean select() {
            out.append("SELECT ");
            if (!selectItem()) {
                return false;
            }
            if (!moreItems(this::selectItem)) {
                return false;
            }
            if (!accept("FROM")) {
                return false;
            }
            out.append(" FROM ");
            if (!table(true)) {
                return false;
            }
            while (true) {
                if (accept("JOIN")) {
                    out.append(" JOIN ");
                } else if (isWord("INNER")) {
                    pos++;
                    if (!accept("JOIN")) {
                        return false;
                    }
                    out.append(" INNER JOIN ");
                } else if (isWord("LEFT")) {
                    pos++;
                    boolean outer = accept("OUTER");
                    if (!accept("JOIN")) {
                        return false;
                    }
                    out.append(outer ? " LEFT OUTER JOIN " : " LEFT JOIN ");
                } else {
                    break;
                }
                if (!table(true) || !accept("ON")) {
                    return false;
                }
                out.append(" ON ");
                if (!condition()) {
                    return false;
                }
            }
            if (accept("WHERE")) {
                out.append(" WHERE ");
                if (!condition()) {
                    return false;
                }
            }
            if (accept("ORDER")) {
                if (!accept("BY")) {
                    return false;
                }
                out.append(" ORDER BY ");
                if (!orderItem()) {
                    return false;
                }
                if (!moreItems(this::orderItem)) {
                    return false;
                }
            }
            if (accept("LIMIT")) {
                String first = pagingValue();
                if (first == null) {
                    return false;
                }
                String rows = first;
                String offset = null;
                if (is(COMMA)) {
                    // MySQL LIMIT offset, count
                    pos++;
                    offset = first;
                    rows = pagingValue();
                } else if (accept("OFFSET")) {
                    offset = pagingValue();
                }
                if (rows == null || (offset == null && (is(COMMA) || isWord("OFFSET")))) {
                    return false;
                }
                // PagingRules hands every LIMIT to the target's spec (LIMIT n OFFSET m on these targets), which
                // marks the statement changed.
                out.append(" LIMIT ").append(rows);
                if (offset != null) {
                    out.append(" OFFSET ").append(offset);
                }
                changed = true;
            }
            if (accept("FOR")) {
                // FOR UPDATE where the target writes it the same way (RowLocks leaves it to JSqlParser then)
                if (!accept("UPDATE") || !"FOR UPDATE".equalsIgnoreCase(to.rowLockClause(false))) {
                    return false;
                }
                out.append(" FOR UPDATE");
            }
            return true;
        }

        /** A LIMIT/OFFSET value (parameter or integer) as the renderer prints it, or null. */
        private String pagingValue() {
            if (is(PARAM)) {
                params++;
                pos++;
                return "?" + params;
            }
            if (is(NUMBER)) {
                return text(pos++);
            }
            return null;
        }

        private boolean selectItem() {
            if (is(STAR)) {
                pos++;
                out.append('*');
                return true;
            }
            if (isNameAhead() && type[pos + 1] == DOT && type[pos + 2] == STAR) {
                // t.*: the renderer prints the qualifier as written (no Identifiers rule on it)
                if (!name(AS_WRITTEN)) {
                    return false;
                }
                pos += 2;
                out.append(".*");
                return true;
            }
            if (!operand()) {
                return false;
            }
            boolean as = accept("AS");
            if (as || isNameAhead()) {
                int at = pos;
                out.append(as ? " AS " : " ");
                if (!name(ALIAS)) {
                    return false;
                }
                if (aliases == null) {
                    aliases = new HashSet<>();
                }
                aliases.add(unquoted(at));
            }
            return true;
        }

        private String unquoted(int i) {
            return (type[i] == QUOTED ? s.substring(start[i] + 1, end[i] - 1) : text(i)).toUpperCase(Locale.ROOT);
        }

        /** A column qualifier: a table name or alias. */
        private boolean qualifier() {
            return name(TABLE);
        }

        private boolean table(boolean aliasAllowed) {
            if (!name(TABLE)) {
                return false;
            }
            if (is(DOT)) {
                return false;
            }
            boolean as = accept("AS");
            if (as || isNameAhead()) {
                if (!aliasAllowed) {
                    return false;
                }
                out.append(as || to.aliasNeedsAs() ? " AS " : " ");
                return name(TABLE);
            }
            return true;
        }

        /** Column reference, parameter, integer, or COUNT(*) / COUNT(column). */
        private boolean operand() {
            if (is(PARAM)) {
                param();
                return true;
            }
            if (is(NUMBER)) {
                out.append(s, start[pos], end[pos]);
                pos++;
                return true;
            }
            if (isWord("COUNT") && type[pos + 1] == LPAREN) {
                out.append(s, start[pos], end[pos]).append('(');
                pos += 2;
                if (is(STAR)) {
                    pos++;
                    out.append('*');
                } else if (!column()) {
                    return false;
                }
                if (!closeParen()) {
                    return false;
                }
                return true;
            }
            return column();
        }

        private boolean column() {
            if (!isNameAhead()) {
                return false;
            }
            if (type[pos + 1] == DOT) {
                if (!qualifier()) {
                    return false;
                }
                pos++;
                out.append('.');
                if (!isNameAhead()) {
                    return false;
                }
                if (!name(QUALIFIED_COLUMN)) {
                    return false;
                }
                return !is(DOT) && !is(LPAREN);
            }
            if (type[pos + 1] == LPAREN) {
                return false;
            }
            return name(COLUMN);
        }

        private boolean condition() {
            if (!conjunction()) {
                return false;
            }
            while (accept("OR")) {
                out.append(" OR ");
                if (!conjunction()) {
                    return false;
                }
            }
            return true;
        }

        private boolean conjunction() {
            if (!predicate()) {
                return false;
            }
            while (accept("AND")) {
                out.append(" AND ");
                if (!predicate()) {
                    return false;
                }
            }
            return true;
        }

        private boolean predicate() {
            if (is(LPAREN)) {
                // deep nesting is for the full pipeline, which bounds it (Parsing.MAX_DEPTH)
                if (++depth > MAX_DEPTH) {
                    return false;
                }
                pos++;
                out.append('(');
                if (!condition() || !is(RPAREN)) {
                    return false;
                }
                pos++;
                out.append(')');
                depth--;
                return true;
            }
            int operandStart = out.length();
            if (!operand()) {
                return false;
            }
            if (is(OP)) {
                out.append(' ').append(s, start[pos], end[pos]).append(' ');
                pos++;
                return operand();
            }
            if (accept("IS")) {
                boolean not = accept("NOT");
                if (!accept("NULL")) {
                    return false;
                }
                out.append(not ? " IS NOT NULL" : " IS NULL");
                return true;
            }
            boolean not = accept("NOT");
            if (accept("LIKE")) {
                return like(operandStart, not);
            }
            if (!accept("IN") || !is(LPAREN)) {
                return false;
            }
            pos++;
            out.append(not ? " NOT IN (" : " IN (");
            if (!operand()) {
                return false;
            }
            if (!moreItems(this::operand)) {
                return false;
            }
            if (!closeParen()) {
                return false;
            }
            return true;
        }

        /**
         * {@code a [NOT] LIKE b} with a column or parameter as pattern (so its case matters), as Predicates.like
         * writes it: a case-insensitive source LIKE becomes ILIKE or LOWER() LIKE LOWER() on a case-sensitive
         * target, a case-sensitive one becomes LIKE BINARY on MySQL; otherwise it stays.
         */
        private boolean like(int leftStart, boolean not) {
            String left = out.substring(leftStart);
            out.setLength(leftStart);
            int rightStart = out.length();
            if (!operand()) {
                return false;
            }
            String right = out.substring(rightStart);
            out.setLength(leftStart);
            String keyword = "LIKE";
            boolean lower = false;
            if (ctx.preserve()) {
                boolean wantCi = from.caseInsensitiveLike();
                boolean targetCi = to.caseInsensitiveLike();
                if (wantCi && !targetCi) {
                    if (to.supportsIlike()) {
                        keyword = "ILIKE";
                    } else {
                        lower = true;
                    }
                    changed = true;
                } else if (!wantCi && targetCi && to.family().equals("MYSQL")) {
                    keyword = "LIKE BINARY";
                    changed = true;
                }
            }
            String not1 = not ? " NOT" : "";
            if (lower) {
                out.append("LOWER(").append(left).append(')').append(not1).append(" LIKE LOWER(").append(right).append(')');
            } else if (keyword.equals("LIKE")) {
                out.append(left).append(not ? " NOT LIKE " : " LIKE ").append(right);
            } else {
                out.append(left).append(not1).append(' ').append(keyword).append(' ').append(right);
            }
            return true;
        }

        /**
         * One ORDER BY key: a column, ASC/DESC. Where the source sorts NULLs differently from the target, the
         * source's order is made explicit as NullOrdering does for a key that may be NULL (without a schema, any
         * column): NULLS FIRST/LAST, or a leading CASE key on targets without that clause.
         */
        private boolean orderItem() {
            int keyStart = out.length();
            if (!isNameAhead()) {
                return false;
            }
            if (type[pos + 1] != DOT && aliases != null && aliases.contains(unquoted(pos))) {
                // an alias of a select item: NullOrdering resolves it to the item; leave that to the full pipeline
                return false;
            }
            if (!column()) {
                return false;
            }
            String key = out.substring(keyStart);
            boolean asc = true;
            String direction = "";
            if (accept("ASC")) {
                direction = " ASC";
            } else if (accept("DESC")) {
                asc = false;
                direction = " DESC";
            }
            if (isWord("NULLS")) {
                return false;
            }
            if (!ctx.preserve() || from.nullsSortLowByDefault() == to.nullsSortLowByDefault()) {
                out.append(direction);
                return true;
            }
            boolean nullsFirst = asc == from.nullsSortLowByDefault();
            changed = true;
            if (to.supportsNullsOrdering()) {
                out.append(direction).append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
            } else {
                out.setLength(keyStart);
                out.append("CASE WHEN ").append(key).append(" IS NULL THEN ").append(nullsFirst ? '0' : '1')
                        .append(" ELSE ").append(nullsFirst ? '1' : '0').append(" END, ").append(key).append(direction);
            }
            return true;
        }

        private boolean insert() {
            if (!accept("INTO")) {
                return false;
            }
            out.append("INSERT INTO ");
            if (!name(INSERT_TABLE) || is(DOT) || !(is(LPAREN) || isWord("VALUES"))) {
                return false;
            }
            if (is(LPAREN)) {
                pos++;
                out.append(" (");
                if (!name(AS_WRITTEN)) {
                    return false;
                }
                if (!moreItems(() -> name(AS_WRITTEN))) {
                    return false;
                }
                if (!closeParen()) {
                    return false;
                }
            }
            if (!accept("VALUES")) {
                return false;
            }
            out.append(" VALUES ");
            if (!row()) {
                return false;
            }
            if (!moreItems(this::row)) {
                return false;
            }
            return true;
        }

        /** {@code (, item)*}: the items after a list's first one, each written after a comma. */
        private boolean moreItems(java.util.function.BooleanSupplier item) {
            while (is(COMMA)) {
                pos++;
                out.append(", ");
                if (!item.getAsBoolean()) {
                    return false;
                }
            }
            return true;
        }

        /** The closing parenthesis of a list, written as read. */
        private boolean closeParen() {
            if (!is(RPAREN)) {
                return false;
            }
            pos++;
            out.append(')');
            return true;
        }

        private boolean row() {
            if (!is(LPAREN)) {
                return false;
            }
            pos++;
            out.append('(');
            if (!value()) {
                return false;
            }
            if (!moreItems(this::value)) {
                return false;
            }
            if (!closeParen()) {
                return false;
            }
            return true;
        }

        private boolean value() {
            if (is(PARAM)) {
                param();
                return true;
            }
            if (is(NUMBER)) {
                out.append(s, start[pos], end[pos]);
                pos++;
                return true;
            }
            return false;
        }

        private boolean update() {
            out.append("UPDATE ");
            if (!table(false) || !accept("SET")) {
                return false;
            }
            out.append(" SET ");
            if (!assignment()) {
                return false;
            }
            if (!moreItems(this::assignment)) {
                return false;
            }
            return where();
        }

        private boolean assignment() {
            if (type[pos + 1] != OP || !name(COLUMN) || !is(OP) || end[pos] - start[pos] != 1 || s.charAt(start[pos]) != '=') {
                return false;
            }
            pos++;
            out.append(" = ");
            return value();
        }

        private boolean delete() {
            if (!accept("FROM")) {
                return false;
            }
            out.append("DELETE FROM ");
            return table(false) && where();
        }

        private boolean where() {
            if (accept("WHERE")) {
                out.append(" WHERE ");
                return condition();
            }
            return true;
        }
    }
}
