package com.rhosocial.activerecord.dialect.internal.parse;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.IntervalQualifier;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.expression.WindowElement;
import net.sf.jsqlparser.expression.WindowOffset;
import net.sf.jsqlparser.expression.WindowRange;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.insert.InsertDuplicateAction;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Distinct;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.ForMode;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.upsert.UpsertType;

/**
 * A recursive-descent parser for the statements applications send most (selects with joins, subqueries, grouping,
 * windows, set operations and CTEs; inserts with upserts, REPLACE, updates and deletes with a join, FROM or USING),
 * which builds exactly the JSqlParser AST that
 * {@code CCJSqlParser.Statements()} builds for them, in a few microseconds instead of the generated parser's tens.
 * Everything after parsing (rules, renderers, post-pass) is shared, so no translation logic lives here.
 *
 * <p>It reads the pre-passed text ({@code ?N} parameters, MySQL strings single-quoted) and gives up, returning null
 * so that the caller runs JSqlParser, on any token or shape outside its grammar: comments, words JSqlParser's lexer
 * reads as keywords where a name is expected, functions JSqlParser parses into a special node, operators it does not
 * know, literals with escapes. {@code HandParserEquivalenceTest} requires its AST to equal JSqlParser's, field by
 * field, for every corpus statement it accepts.
 */
public final class HandParser {

    private HandParser() {
    }

    /** The statement as JSqlParser would parse it, or null when it is outside this grammar. Never throws. */
    public static Statements parse(String sql, DialectSpec from) {
        if (sql.length() > 20_000) {
            return null;
        }
        try {
            Lexer lx = new Lexer(sql, from);
            if (!lx.lex()) {
                return null;
            }
            return new Parser(lx).statements();
        } catch (RuntimeException | StackOverflowError e) {
            // Refuse (this grammar's own give-up) or a gap in it: JSqlParser decides
            return null;
        }
    }

    /** Thrown (without a stack trace) where the grammar gives up. */
    static final class Refuse extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refuse INSTANCE = new Refuse();

        private Refuse() {
            super("outside the hand parser's grammar", null, false, false);
        }
    }

    // token kinds
    static final int WORD = 1;
    static final int QNAME = 2;
    static final int STR = 3;
    static final int INT = 4;
    static final int DEC = 5;
    static final int PARAM = 6;
    static final int LP = 7;
    static final int RP = 8;
    static final int COMMA = 9;
    static final int DOT = 10;
    static final int STAR = 11;
    static final int SEMI = 12;
    static final int EQ = 13;
    static final int NE = 14;
    static final int NE2 = 15;
    static final int LT = 16;
    static final int GT = 17;
    static final int LE = 18;
    static final int GE = 19;
    static final int PLUS = 20;
    static final int MINUS = 21;
    static final int SLASH = 22;
    static final int PERCENT = 23;
    static final int CONCAT = 24;
    static final int EOF = 25;
    static final int COLONS = 26;
    static final int ARROW = 27;
    static final int ARROW2 = 28;
    /** PostgreSQL's regular-expression matches ~, ~*, !~, !~*. */
    static final int MATCH = 29;
    static final int IMATCH = 30;
    static final int NOT_MATCH = 31;
    static final int NOT_IMATCH = 32;

    /** Splits the text into tokens; false for any character or spelling outside the grammar. */
    static final class Lexer {
        final String s;
        private final boolean backticks;
        private final boolean brackets;
        int[] kind = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int n;

        Lexer(String s, DialectSpec from) {
            this.s = s;
            this.backticks = "MYSQL".equals(from.family());
            this.brackets = from.squareBracketQuotes();
        }

        private void add(int k, int b, int e) {
            if (n == kind.length) {
                kind = java.util.Arrays.copyOf(kind, n * 2);
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
            }
            kind[n] = k;
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
                    if (i < len) {
                        char d = s.charAt(i);
                        // $ in names, non-ASCII, prefixed literals (N'..', E'..', X'..') and quoted-name suffixes
                        if (d > 127 || d == '$' || d == '\'' || d == '"' || d == '`' || d == '#' || d == '@') {
                            return false;
                        }
                    }
                    add(WORD, b, i);
                } else if (c >= '0' && c <= '9') {
                    int b = i;
                    while (i < len && isDigit(s.charAt(i))) {
                        i++;
                    }
                    int k = INT;
                    if (i < len && s.charAt(i) == '.') {
                        i++;
                        int f = i;
                        while (i < len && isDigit(s.charAt(i))) {
                            i++;
                        }
                        if (i == f) {
                            return false;
                        }
                        k = DEC;
                    }
                    if (i - b > 18 || (c == '0' && k == INT && i - b > 1)
                            || (i < len && (isPart(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) > 127
                            || s.charAt(i) == '\''))) {
                        return false;
                    }
                    add(k, b, i);
                } else if (c == '?') {
                    int b = i;
                    i++;
                    while (i < len && isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i == b + 1 || i - b > 6 || s.charAt(b + 1) == '0'
                            || (i < len && (isPart(s.charAt(i)) || s.charAt(i) == '?' || s.charAt(i) > 127))) {
                        return false;
                    }
                    add(PARAM, b, i);
                } else if (c == '\'') {
                    int b = i;
                    i++;
                    while (true) {
                        if (i >= len) {
                            return false;
                        }
                        char d = s.charAt(i);
                        if (d == '\\' || d > 127) {
                            return false;
                        }
                        if (d == '\'') {
                            if (i + 1 < len && s.charAt(i + 1) == '\'') {
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        i++;
                    }
                    i++;
                    add(STR, b, i);
                } else if ((c == '`' && backticks) || (c == '"' && !backticks) || (c == '[' && brackets)) {
                    char close = c == '[' ? ']' : c;
                    int b = i;
                    i++;
                    while (i < len && isPart(s.charAt(i))) {
                        i++;
                    }
                    if (i == b + 1 || i >= len || s.charAt(i) != close) {
                        return false;
                    }
                    i++;
                    if (i < len && (isPart(s.charAt(i)) || s.charAt(i) == c || s.charAt(i) > 127)) {
                        return false;
                    }
                    add(QNAME, b, i);
                } else {
                    int k;
                    int w = 1;
                    char d = i + 1 < len ? s.charAt(i + 1) : 0;
                    switch (c) {
                        case '(' -> k = LP;
                        case ')' -> k = RP;
                        case ',' -> k = COMMA;
                        case '.' -> k = DOT;
                        case '*' -> k = STAR;
                        case ';' -> k = SEMI;
                        case '=' -> k = EQ;
                        case '+' -> k = PLUS;
                        case '%' -> k = PERCENT;
                        case ':' -> {
                            if (d != ':') {
                                return false;
                            }
                            k = COLONS;
                            w = 2;
                        }
                        case '-' -> {
                            if (d == '-') {
                                return false;
                            }
                            if (d == '>') {
                                // JSON -> and ->>
                                boolean two = i + 2 < len && s.charAt(i + 2) == '>';
                                k = two ? ARROW2 : ARROW;
                                w = two ? 3 : 2;
                            } else {
                                k = MINUS;
                            }
                        }
                        case '/' -> {
                            if (d == '*' || d == '/') {
                                return false;
                            }
                            k = SLASH;
                        }
                        case '<' -> {
                            if (d == '>') {
                                k = NE;
                                w = 2;
                            } else if (d == '=') {
                                k = LE;
                                w = 2;
                            } else {
                                k = LT;
                            }
                        }
                        case '>' -> {
                            if (d == '=') {
                                k = GE;
                                w = 2;
                            } else {
                                k = GT;
                            }
                        }
                        case '!' -> {
                            if (d == '~') {
                                boolean star = i + 2 < len && s.charAt(i + 2) == '*';
                                k = star ? NOT_IMATCH : NOT_MATCH;
                                w = star ? 3 : 2;
                            } else if (d != '=') {
                                return false;
                            } else {
                                k = NE2;
                                w = 2;
                            }
                        }
                        case '~' -> {
                            k = d == '*' ? IMATCH : MATCH;
                            w = d == '*' ? 2 : 1;
                        }
                        case '|' -> {
                            if (d != '|' || backticks) {
                                return false;
                            }
                            k = CONCAT;
                            w = 2;
                        }
                        default -> {
                            return false;
                        }
                    }
                    i += w;
                    // operator runs such as <=>, >>, =>, ||| and *= are other operators: JSqlParser decides
                    if (i < len && (k >= EQ || k == COLONS) && "<>=!|&^~@:*".indexOf(s.charAt(i)) >= 0
                            && !(k == STAR && s.charAt(i) == ')')) {
                        return false;
                    }
                    add(k, i - w, i);
                }
            }
            add(EOF, len, len);
            return true;
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        static boolean isPart(char c) {
            return isLetter(c) || isDigit(c) || c == '_';
        }
    }

    /** How JSqlParser's lexer reads a word. */
    static final int PLAIN = JsqlWords.PLAIN;
    static final int TYPE_WORD = JsqlWords.TYPE_WORD;
    static final int KEYWORD = JsqlWords.KEYWORD;

    /**
     * Keywords JSqlParser also accepts as plain names in every place this grammar takes a name (checked by the
     * equivalence test on the corpus).
     */
    private static final Set<String> NAME_KEYWORDS = Set.of("NAME", "VALUE", "TYPE", "DATA", "KEY", "LEVEL", "SIZE",
            "COMMENTS", "POSITION", "ACTION");
    /** Keyword-lexed function names JSqlParser parses into a plain {@code Function}. */
    private static final Set<String> FUNCTION_KEYWORDS = Set.of("COUNT", "MIN", "MAX", "COALESCE", "LEFT", "RIGHT",
            "IF", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "DATE", "TIMESTAMP", "REPLACE", "RANDOM", "ANY",
            "GROUP_CONCAT");
    /** Keywords JSqlParser accepts as an alias after AS (not without it). */
    private static final Set<String> ALIAS_KEYWORDS = Set.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND",
            "DOMAIN");
    /** Types whose {@code (p[, s])} JSqlParser prints into the type's name. */
    private static final Set<String> SIZED_TYPES = Set.of("DECIMAL", "NUMERIC", "CHAR", "VARCHAR");
    /** Keywords JSqlParser reads, without parentheses, as a {@code TimeKeyExpression}. */
    private static final Set<String> TIME_KEYS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME");
    /** Units of {@code INTERVAL n UNIT} that JSqlParser keeps as a qualifier only (WEEK also sets a type). */
    private static final Set<String> INTERVAL_UNITS = Set.of("SECOND", "MINUTE", "HOUR", "DAY", "MONTH", "YEAR");
    static int wordClass(String upper) {
        return JsqlWords.classOf(upper);
    }

    /** The recursive descent over one statement's tokens. */
    static final class Parser {
        // at most Parsing.MAX_DEPTH parentheses: every one nests at least one level here
        private static final int MAX_DEPTH = 40;
        private final String s;
        private final int[] kind;
        private final int[] start;
        private final int[] end;
        /** Per token: 0 not yet known, 1 a plain name for JSqlParser, 2 not (names are checked repeatedly). */
        private final byte[] nameable;
        private int pos;
        private int depth;
        /** Inside ON DUPLICATE KEY UPDATE, where {@code VALUES(col)} is a function. */
        private boolean valuesFunction;

        Parser(Lexer lx) {
            this.s = lx.s;
            this.kind = lx.kind;
            this.start = lx.start;
            this.end = lx.end;
            this.nameable = new byte[lx.n];
        }

        // ---- token helpers

        private static Refuse refuse() {
            return Refuse.INSTANCE;
        }

        private boolean at(int k) {
            return kind[pos] == k;
        }

        private boolean accept(int k) {
            if (kind[pos] == k) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(int k) {
            if (kind[pos] != k) {
                throw refuse();
            }
            pos++;
        }

        private String text(int i) {
            return s.substring(start[i], end[i]);
        }

        private boolean isWord(int i, String upper) {
            return kind[i] == WORD && end[i] - start[i] == upper.length()
                    && s.regionMatches(true, start[i], upper, 0, upper.length());
        }

        private boolean atWord(String upper) {
            return isWord(pos, upper);
        }

        private boolean acceptWord(String upper) {
            if (isWord(pos, upper)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expectWord(String upper) {
            if (!acceptWord(upper)) {
                throw refuse();
            }
        }

        private int classOf(int i) {
            return wordClass(text(i).toUpperCase(Locale.ROOT));
        }

        /** A word or quoted name JSqlParser takes as a plain name here. */
        private boolean isName(int i) {
            if (kind[i] == QNAME) {
                return true;
            }
            if (kind[i] != WORD) {
                return false;
            }
            if (nameable[i] == 0) {
                String upper = text(i).toUpperCase(Locale.ROOT);
                nameable[i] = (byte) (wordClass(upper) == PLAIN || NAME_KEYWORDS.contains(upper) ? 1 : 2);
            }
            return nameable[i] == 1;
        }

        private String name() {
            if (!isName(pos)) {
                throw refuse();
            }
            return text(pos++);
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw refuse();
            }
        }

        // ---- statements

        Statements statements() {
            Statement st;
            if (atWord("SELECT") || atWord("WITH") || at(LP)) {
                st = select();
            } else if (atWord("INSERT")) {
                st = insert();
            } else if (atWord("UPDATE")) {
                st = update();
            } else if (atWord("DELETE")) {
                st = delete();
            } else if (atWord("REPLACE") && isWord(pos + 1, "INTO")) {
                st = replace();
            } else {
                throw refuse();
            }
            accept(SEMI);
            expect(EOF);
            Statements out = new Statements();
            out.add(st);
            return out;
        }

        /** A full query: WITH, set operations, trailing ORDER BY / LIMIT of a set operation. */
        private Select select() {
            enter();
            List<WithItem<?>> with = null;
            if (acceptWord("WITH")) {
                with = new ArrayList<>();
                boolean recursive = acceptWord("RECURSIVE");
                do {
                    with.add(withItem(recursive && with.isEmpty()));
                } while (accept(COMMA));
            }
            Select first = selectTerm();
            Select result = first;
            if (atWord("UNION") || atWord("EXCEPT") || atWord("INTERSECT")) {
                if (first instanceof PlainSelect ps && hasTail(ps)) {
                    throw refuse();
                }
                List<Select> selects = new ArrayList<>();
                List<SetOperation> ops = new ArrayList<>();
                selects.add(first);
                while (true) {
                    SetOperation op;
                    if (acceptWord("UNION")) {
                        // JSqlParser keeps the modifier as written, null without one
                        op = new UnionOp(atWord("ALL") ? text(pos++) : null);
                    } else if (acceptWord("EXCEPT")) {
                        op = new ExceptOp(null);
                    } else if (acceptWord("INTERSECT")) {
                        op = new IntersectOp(null);
                    } else {
                        break;
                    }
                    if (atWord("ALL") || atWord("DISTINCT")) {
                        throw refuse();
                    }
                    ops.add(op);
                    Select next = selectTerm();
                    if (next instanceof PlainSelect ps && hasTail(ps)) {
                        throw refuse();
                    }
                    selects.add(next);
                }
                SetOperationList list = new SetOperationList();
                list.setSelects(selects);
                list.setOperations(ops);
                if (atWord("ORDER")) {
                    list.setOrderByElements(orderBy());
                }
                if (atWord("LIMIT")) {
                    list.setLimit(limit());
                }
                if (atWord("OFFSET")) {
                    Offset o = new Offset();
                    pos++;
                    o.setOffset(rowCount());
                    list.setOffset(o);
                }
                result = list;
            } else if (first instanceof PlainSelect ps) {
                tail(ps);
            } else {
                throw refuse();
            }
            if (with != null) {
                result.setWithItemsList(with);
            }
            depth--;
            return result;
        }

        private static boolean hasTail(PlainSelect ps) {
            return ps.getOrderByElements() != null || ps.getLimit() != null || ps.getOffset() != null
                    || ps.getForMode() != null || ps.getFetch() != null;
        }

        private WithItem<?> withItem(boolean recursive) {
            WithItem<ParenthesedSelect> w = new WithItem<>();
            w.setAlias(new Alias(name(), false));
            if (accept(LP)) {
                List<SelectItem<?>> cols = new ArrayList<>();
                do {
                    cols.add(new SelectItem<>(new Column(name())));
                } while (accept(COMMA));
                expect(RP);
                w.setWithItemList(cols);
            }
            expectWord("AS");
            w.setSelect(parenthesedSelect());
            if (recursive) {
                w.setRecursive(true);
            }
            return w;
        }

        private ParenthesedSelect parenthesedSelect() {
            expect(LP);
            if (!atWord("SELECT") && !atWord("WITH")) {
                throw refuse();
            }
            ParenthesedSelect p = new ParenthesedSelect();
            p.setSelect(select());
            expect(RP);
            return p;
        }

        /** A SELECT body, or a parenthesised query as a member of a set operation. */
        private Select selectTerm() {
            if (at(LP)) {
                return parenthesedSelect();
            }
            return plainSelect();
        }

        private PlainSelect plainSelect() {
            expectWord("SELECT");
            PlainSelect ps = new PlainSelect();
            if (acceptWord("DISTINCT")) {
                Distinct distinct = new Distinct();
                if (atWord("ON") && kind[pos + 1] == LP) {
                    // PostgreSQL's DISTINCT ON (expressions)
                    pos += 2;
                    List<SelectItem<?>> on = new ArrayList<>();
                    do {
                        on.add(new SelectItem<>(expression()));
                    } while (accept(COMMA));
                    expect(RP);
                    distinct.setOnSelectItems(on);
                }
                ps.setDistinct(distinct);
            } else if (atWord("ALL")) {
                throw refuse();
            }
            List<SelectItem<?>> items = new ArrayList<>();
            do {
                items.add(selectItem());
            } while (accept(COMMA));
            ps.setSelectItems(items);
            if (acceptWord("FROM")) {
                ps.setFromItem(fromItem());
                List<Join> joins = null;
                while (true) {
                    Join j = join();
                    if (j == null) {
                        break;
                    }
                    if (joins == null) {
                        joins = new ArrayList<>();
                    }
                    joins.add(j);
                }
                if (joins != null) {
                    ps.setJoins(joins);
                }
            }
            if (acceptWord("WHERE")) {
                ps.setWhere(expression());
            }
            if (atWord("GROUP")) {
                pos++;
                expectWord("BY");
                GroupByElement g = new GroupByElement();
                ExpressionList<Expression> list = new ExpressionList<>();
                do {
                    list.add(expression());
                } while (accept(COMMA));
                g.setGroupByExpressions(list);
                if (atWord("WITH") && isWord(pos + 1, "ROLLUP")) {
                    pos += 2;
                    g.setMysqlWithRollup(true);
                }
                ps.setGroupByElement(g);
            }
            if (acceptWord("HAVING")) {
                ps.setHaving(expression());
            }
            return ps;
        }

        /** ORDER BY, LIMIT, OFFSET and FOR UPDATE of a plain select. */
        private void tail(PlainSelect ps) {
            if (atWord("ORDER")) {
                ps.setOrderByElements(orderBy());
            }
            if (atWord("LIMIT")) {
                ps.setLimit(limit());
            }
            if (atWord("OFFSET")) {
                if (ps.getLimit() != null && ps.getLimit().getOffset() != null) {
                    throw refuse();
                }
                pos++;
                Offset o = new Offset();
                o.setOffset(rowCount());
                if (atWord("ROW") || atWord("ROWS")) {
                    o.setOffsetParam(text(pos++).toUpperCase(Locale.ROOT));
                }
                ps.setOffset(o);
            }
            if (atWord("FETCH")) {
                // FETCH FIRST|NEXT n ROW|ROWS ONLY (WITH TIES and PERCENT are left to JSqlParser)
                if (ps.getLimit() != null) {
                    throw refuse();
                }
                pos++;
                Fetch f = new Fetch();
                if (acceptWord("FIRST")) {
                    f.setFetchParamFirst(true);
                } else {
                    expectWord("NEXT");
                }
                f.setExpression(rowCount());
                if (!atWord("ROW") && !atWord("ROWS")) {
                    throw refuse();
                }
                f.addFetchParameter(text(pos++).toUpperCase(Locale.ROOT));
                expectWord("ONLY");
                f.addFetchParameter("ONLY");
                ps.setFetch(f);
            }
            if (atWord("FOR")) {
                pos++;
                expectWord("UPDATE");
                ps.setForMode(ForMode.UPDATE);
                if (acceptWord("NOWAIT")) {
                    ps.setNoWait(true);
                } else if (atWord("SKIP") && isWord(pos + 1, "LOCKED")) {
                    pos += 2;
                    ps.setSkipLocked(true);
                }
            }
        }

        private List<OrderByElement> orderBy() {
            expectWord("ORDER");
            expectWord("BY");
            List<OrderByElement> list = new ArrayList<>();
            do {
                OrderByElement e = new OrderByElement();
                e.setExpression(expression());
                if (acceptWord("ASC")) {
                    e.setAscDescPresent(true);
                } else if (acceptWord("DESC")) {
                    e.setAsc(false);
                    e.setAscDescPresent(true);
                }
                if (acceptWord("NULLS")) {
                    if (acceptWord("FIRST")) {
                        e.setNullOrdering(OrderByElement.NullOrdering.NULLS_FIRST);
                    } else {
                        expectWord("LAST");
                        e.setNullOrdering(OrderByElement.NullOrdering.NULLS_LAST);
                    }
                }
                list.add(e);
            } while (accept(COMMA));
            return list;
        }

        private Limit limit() {
            expectWord("LIMIT");
            Limit l = new Limit();
            Expression first = rowCount();
            if (accept(COMMA)) {
                l.setOffset(first);
                l.setRowCount(rowCount());
            } else {
                l.setRowCount(first);
            }
            return l;
        }

        private Expression rowCount() {
            if (at(INT)) {
                return new LongValue(text(pos++));
            }
            if (at(PARAM)) {
                return param();
            }
            throw refuse();
        }

        private SelectItem<?> selectItem() {
            if (accept(STAR)) {
                return new SelectItem<>(new AllColumns());
            }
            if (isName(pos) && kind[pos + 1] == DOT && kind[pos + 2] == STAR) {
                Table t = new Table(text(pos));
                pos += 3;
                AllTableColumns all = new AllTableColumns(t);
                all.setExceptKeyword(null);
                return new SelectItem<>(all);
            }
            Expression e = expression();
            SelectItem<Expression> item = new SelectItem<>(e);
            Alias a = alias();
            if (a != null) {
                item.setAlias(a);
            }
            return item;
        }

        private Alias alias() {
            if (acceptWord("AS")) {
                if (kind[pos] == WORD && ALIAS_KEYWORDS.contains(text(pos).toUpperCase(Locale.ROOT))) {
                    return new Alias(text(pos++), true);
                }
                return new Alias(name(), true);
            }
            if (isName(pos)) {
                return new Alias(text(pos++), false);
            }
            return null;
        }

        private FromItem fromItem() {
            if (at(LP)) {
                ParenthesedSelect p = parenthesedSelect();
                Alias a = alias();
                if (a == null) {
                    throw refuse();
                }
                p.setAlias(a);
                return p;
            }
            Table t = table();
            Alias a = alias();
            if (a != null) {
                t.setAlias(a);
            }
            return t;
        }

        private Table table() {
            String first = name();
            if (accept(DOT)) {
                String second = name();
                if (at(DOT)) {
                    throw refuse();
                }
                return new Table(first, second);
            }
            return new Table(first);
        }

        private Join join() {
            Join j = new Join();
            if (accept(COMMA)) {
                j.setSimple(true);
                j.setFromItem(fromItem());
                return j;
            }
            boolean on = true;
            if (acceptWord("JOIN")) {
                // plain
            } else if (acceptWord("INNER")) {
                j.setInner(true);
                expectWord("JOIN");
            } else if (acceptWord("LEFT")) {
                j.setLeft(true);
                if (acceptWord("OUTER")) {
                    j.setOuter(true);
                }
                expectWord("JOIN");
            } else if (acceptWord("RIGHT")) {
                j.setRight(true);
                if (acceptWord("OUTER")) {
                    j.setOuter(true);
                }
                expectWord("JOIN");
            } else if (acceptWord("STRAIGHT_JOIN")) {
                j.setStraight(true);
            } else if (acceptWord("CROSS")) {
                j.setCross(true);
                expectWord("JOIN");
                on = false;
            } else {
                return null;
            }
            j.setFromItem(fromItem());
            if (on) {
                expectWord("ON");
                j.addOnExpression(expression());
            }
            return j;
        }

        private Insert insert() {
            expectWord("INSERT");
            Insert ins = new Insert();
            if (acceptWord("IGNORE")) {
                ins.setModifierIgnore(true);
            }
            expectWord("INTO");
            ins.setTable(table());
            if (accept(LP)) {
                ExpressionList<Column> cols = new ExpressionList<>();
                do {
                    cols.add(new Column(columnPart()));
                } while (accept(COMMA));
                expect(RP);
                ins.setColumns(cols);
            }
            if (acceptWord("VALUES")) {
                ins.setSelect(values());
            } else if (atWord("SELECT")) {
                PlainSelect ps = plainSelect();
                tail(ps);
                if (atWord("UNION") || atWord("EXCEPT") || atWord("INTERSECT")) {
                    throw refuse();
                }
                ins.setSelect(ps);
            } else {
                throw refuse();
            }
            if (atWord("ON")) {
                pos++;
                if (acceptWord("DUPLICATE")) {
                    expectWord("KEY");
                    expectWord("UPDATE");
                    InsertDuplicateAction action = new InsertDuplicateAction(ConflictActionType.DO_UPDATE);
                    valuesFunction = true;
                    action.setUpdateSets(updateSets());
                    valuesFunction = false;
                    ins.setDuplicateAction(action);
                } else {
                    expectWord("CONFLICT");
                    if (accept(LP)) {
                        InsertConflictTarget target = new InsertConflictTarget();
                        do {
                            Index.ColumnParams c = new Index.ColumnParams(name());
                            c.setExpressionParenthesized(true);
                            target.getIndexElements().add(c);
                        } while (accept(COMMA));
                        expect(RP);
                        ins.setConflictTarget(target);
                    }
                    expectWord("DO");
                    if (acceptWord("NOTHING")) {
                        ins.setConflictAction(new InsertConflictAction(ConflictActionType.DO_NOTHING));
                    } else {
                        expectWord("UPDATE");
                        expectWord("SET");
                        InsertConflictAction action = new InsertConflictAction(ConflictActionType.DO_UPDATE);
                        action.setUpdateSets(updateSets());
                        if (atWord("WHERE")) {
                            throw refuse();
                        }
                        ins.setConflictAction(action);
                    }
                }
            }
            ins.setReturningClause(returning());
            return ins;
        }

        /** MySQL's {@code REPLACE INTO t (cols) VALUES (...)}, which JSqlParser reads as an Upsert. */
        private Upsert replace() {
            pos += 2;
            Upsert u = new Upsert();
            u.setUpsertType(UpsertType.REPLACE);
            u.setUsingInto(true);
            u.setTable(table());
            expect(LP);
            ParenthesedExpressionList<Column> cols = new ParenthesedExpressionList<>();
            do {
                cols.add(new Column(columnPart()));
            } while (accept(COMMA));
            expect(RP);
            u.setColumns(cols);
            expectWord("VALUES");
            u.setSelect(values());
            return u;
        }

        /** {@code VALUES (...), ...} after the keyword, as JSqlParser nests one row or several. */
        private Values values() {
            List<ParenthesedExpressionList<Expression>> rows = new ArrayList<>();
            do {
                expect(LP);
                ParenthesedExpressionList<Expression> row = new ParenthesedExpressionList<>();
                do {
                    row.add(expression());
                } while (accept(COMMA));
                expect(RP);
                rows.add(row);
            } while (accept(COMMA));
            Values v = new Values();
            if (rows.size() == 1) {
                v.setExpressions((ExpressionList) rows.get(0));
            } else {
                ExpressionList<Expression> all = new ExpressionList<>();
                all.addAll(rows);
                v.setExpressions(all);
            }
            return v;
        }

        /** {@code col = expr, ...} of an upsert. */
        private List<UpdateSet> updateSets() {
            List<UpdateSet> sets = new ArrayList<>();
            do {
                Column c = column();
                expect(EQ);
                sets.add(new UpdateSet(c, expression()));
            } while (accept(COMMA));
            return sets;
        }

        private Update update() {
            expectWord("UPDATE");
            Update u = new Update();
            Table t = table();
            if (isName(pos)) {
                t.setAlias(new Alias(text(pos++), false));
            }
            u.setTable(t);
            if (!atWord("SET")) {
                // MySQL's UPDATE t JOIN u ON ... SET
                List<Join> joins = new ArrayList<>();
                Join j;
                while (!at(COMMA) && (j = join()) != null) {
                    joins.add(j);
                }
                if (joins.isEmpty()) {
                    throw refuse();
                }
                u.setStartJoins(joins);
            }
            expectWord("SET");
            u.setUpdateSets(updateSets());
            if (acceptWord("FROM")) {
                // PostgreSQL's UPDATE t SET ... FROM u (one item)
                u.setFromItem(fromItem());
                if (at(COMMA) || atWord("JOIN") || atWord("INNER") || atWord("LEFT") || atWord("RIGHT")
                        || atWord("CROSS")) {
                    throw refuse();
                }
            }
            if (acceptWord("WHERE")) {
                u.setWhere(expression());
            }
            u.setReturningClause(returning());
            return u;
        }

        private Delete delete() {
            expectWord("DELETE");
            Delete d = new Delete();
            List<Table> targets = new ArrayList<>();
            if (!atWord("FROM")) {
                // MySQL's DELETE t FROM t JOIN u ON ...
                targets.add(table());
                if (at(COMMA)) {
                    throw refuse();
                }
            }
            expectWord("FROM");
            Table t = table();
            if (isName(pos)) {
                t.setAlias(new Alias(text(pos++), false));
            }
            d.setTable(t);
            d.setHasFrom(true);
            d.setTables(targets);
            List<FromItem> using = new ArrayList<>();
            if (acceptWord("USING")) {
                if (!targets.isEmpty()) {
                    throw refuse();
                }
                do {
                    using.add(fromItem());
                } while (accept(COMMA));
            }
            d.setUsingFromItemList(using);
            if (!targets.isEmpty()) {
                List<Join> joins = new ArrayList<>();
                Join j;
                while (!at(COMMA) && (j = join()) != null) {
                    joins.add(j);
                }
                if (joins.isEmpty()) {
                    throw refuse();
                }
                d.setJoins(joins);
            } else if (atWord("JOIN") || atWord("INNER") || atWord("LEFT") || atWord("RIGHT") || atWord("CROSS")
                    || at(COMMA)) {
                throw refuse();
            }
            if (acceptWord("WHERE")) {
                d.setWhere(expression());
            }
            if (atWord("LIMIT")) {
                d.setLimit(limit());
                if (d.getLimit().getOffset() != null) {
                    throw refuse();
                }
            }
            d.setReturningClause(returning());
            return d;
        }

        /** {@code RETURNING items}, or null without one. */
        private ReturningClause returning() {
            if (!acceptWord("RETURNING")) {
                return null;
            }
            List<SelectItem<?>> items = new ArrayList<>();
            do {
                items.add(selectItem());
            } while (accept(COMMA));
            return new ReturningClause(ReturningClause.Keyword.RETURNING, items);
        }

        private Column column() {
            String first = name();
            if (accept(DOT)) {
                String second = columnPart();
                if (at(DOT)) {
                    throw refuse();
                }
                return new Column(new Table(first), second);
            }
            return new Column(first);
        }

        /** The column part of {@code t.c}, where JSqlParser takes type names (number, date) as names too. */
        private String columnPart() {
            if (kind[pos] == WORD && (classOf(pos) == TYPE_WORD
                    || INTERVAL_UNITS.contains(text(pos).toUpperCase(Locale.ROOT)))) {
                return text(pos++);
            }
            return name();
        }

        // ---- expressions

        Expression expression() {
            enter();
            Expression left = and();
            while (acceptWord("OR")) {
                left = new OrExpression(left, and());
            }
            depth--;
            return left;
        }

        private Expression and() {
            Expression left = condition();
            while (acceptWord("AND")) {
                left = new AndExpression(left, condition());
            }
            return left;
        }

        private Expression condition() {
            if (acceptWord("NOT")) {
                if (atWord("NOT")) {
                    throw refuse();
                }
                return new NotExpression(condition());
            }
            if (acceptWord("EXISTS")) {
                ExistsExpression e = new ExistsExpression();
                e.setRightExpression(parenthesedSelect());
                return e;
            }
            Expression left = additive();
            Expression out = predicate(left);
            if (isComparison(kind[pos]) || (kind[pos] >= MATCH && kind[pos] <= NOT_IMATCH) || atWord("LIKE") || atWord("ILIKE") || atWord("REGEXP") || atWord("IN")
                    || atWord("BETWEEN") || atWord("IS") || atWord("NOT")) {
                throw refuse();
            }
            return out;
        }

        private static boolean isComparison(int k) {
            return k >= EQ && k <= GE;
        }

        private Expression predicate(Expression left) {
            int k = kind[pos];
            if (k >= MATCH && k <= NOT_IMATCH) {
                pos++;
                RegExpMatchOperator m = new RegExpMatchOperator(switch (k) {
                    case MATCH -> RegExpMatchOperatorType.MATCH_CASESENSITIVE;
                    case IMATCH -> RegExpMatchOperatorType.MATCH_CASEINSENSITIVE;
                    case NOT_MATCH -> RegExpMatchOperatorType.NOT_MATCH_CASESENSITIVE;
                    default -> RegExpMatchOperatorType.NOT_MATCH_CASEINSENSITIVE;
                });
                m.setLeftExpression(left);
                m.setRightExpression(additive());
                return m;
            }
            if (isComparison(k)) {
                pos++;
                Expression right = additive();
                return switch (k) {
                    case EQ -> new EqualsTo(left, right);
                    case NE -> new NotEqualsTo(left, right);
                    case NE2 -> {
                        NotEqualsTo ne = new NotEqualsTo("!=");
                        ne.setLeftExpression(left);
                        ne.setRightExpression(right);
                        yield ne;
                    }
                    case LT -> new MinorThan(left, right);
                    case GT -> new GreaterThan(left, right);
                    case LE -> new MinorThanEquals(left, right);
                    default -> new GreaterThanEquals(left, right);
                };
            }
            boolean not = false;
            if (atWord("NOT")) {
                not = true;
                pos++;
            }
            LikeExpression.KeyWord keyWord = acceptWord("LIKE") ? LikeExpression.KeyWord.LIKE
                    : acceptWord("ILIKE") ? LikeExpression.KeyWord.ILIKE
                    : acceptWord("REGEXP") ? LikeExpression.KeyWord.REGEXP : null;
            if (keyWord != null) {
                LikeExpression like = new LikeExpression();
                like.setLikeKeyWord(keyWord);
                like.setNot(not);
                like.setLeftExpression(left);
                like.setRightExpression(additive());
                if (acceptWord("ESCAPE")) {
                    if (!at(STR)) {
                        throw refuse();
                    }
                    like.setEscape(new StringValue(text(pos++)));
                }
                return like;
            }
            if (acceptWord("IN")) {
                InExpression in = new InExpression();
                in.setLeftExpression(left);
                in.setNot(not);
                if (!at(LP)) {
                    throw refuse();
                }
                if (isWord(pos + 1, "SELECT") || isWord(pos + 1, "WITH")) {
                    in.setRightExpression(parenthesedSelect());
                } else {
                    pos++;
                    ParenthesedExpressionList<Expression> list = new ParenthesedExpressionList<>();
                    do {
                        list.add(additiveOrCondition());
                    } while (accept(COMMA));
                    expect(RP);
                    in.setRightExpression(list);
                }
                return in;
            }
            if (acceptWord("BETWEEN")) {
                Between b = new Between();
                b.setLeftExpression(left);
                b.setNot(not);
                b.setBetweenExpressionStart(additive());
                expectWord("AND");
                b.setBetweenExpressionEnd(additive());
                return b;
            }
            if (not) {
                throw refuse();
            }
            if (acceptWord("IS")) {
                boolean isNot = acceptWord("NOT");
                if (acceptWord("DISTINCT")) {
                    expectWord("FROM");
                    IsDistinctExpression distinct = new IsDistinctExpression();
                    distinct.setNot(isNot);
                    distinct.setLeftExpression(left);
                    distinct.setRightExpression(additive());
                    return distinct;
                }
                IsNullExpression isNull = new IsNullExpression();
                isNull.setLeftExpression(left);
                isNull.setNot(isNot);
                expectWord("NULL");
                return isNull;
            }
            return left;
        }

        /** An IN-list element: a plain value (conditions there are left to JSqlParser). */
        private Expression additiveOrCondition() {
            Expression e = additive();
            if (!at(COMMA) && !at(RP)) {
                throw refuse();
            }
            return e;
        }

        private Expression additive() {
            Expression left = multiplicative();
            while (true) {
                int k = kind[pos];
                if (k == PLUS) {
                    pos++;
                    left = new Addition().withLeftExpression(left).withRightExpression(multiplicative());
                } else if (k == MINUS) {
                    pos++;
                    left = new Subtraction().withLeftExpression(left).withRightExpression(multiplicative());
                } else if (k == CONCAT) {
                    pos++;
                    left = new Concat(left, multiplicative());
                } else {
                    return left;
                }
            }
        }

        private Expression multiplicative() {
            Expression left = unary();
            while (true) {
                int k = kind[pos];
                if (k == STAR) {
                    pos++;
                    left = new Multiplication().withLeftExpression(left).withRightExpression(unary());
                } else if (k == SLASH) {
                    pos++;
                    left = new Division().withLeftExpression(left).withRightExpression(unary());
                } else if (k == PERCENT) {
                    pos++;
                    left = new Modulo().withLeftExpression(left).withRightExpression(unary());
                } else {
                    return left;
                }
            }
        }

        private Expression unary() {
            if (accept(MINUS)) {
                if (at(MINUS) || at(PLUS)) {
                    throw refuse();
                }
                return new SignedExpression('-', postfix());
            }
            return postfix();
        }

        /** A primary with PostgreSQL's {@code ::type} casts (one-word types). */
        private Expression postfix() {
            Expression e = primary();
            if (kind[pos] == ARROW || kind[pos] == ARROW2) {
                // one x->'k' / x->>'k' with a text key; chains (which JSqlParser nests in the key) and a cast
                // after it are left to JSqlParser
                JsonExpression j = new JsonExpression(e);
                String op = kind[pos] == ARROW ? "->" : "->>";
                pos++;
                if (!at(STR)) {
                    throw refuse();
                }
                j.addIdent(new StringValue(text(pos++)), op);
                if (at(COLONS) || kind[pos] == ARROW || kind[pos] == ARROW2) {
                    throw refuse();
                }
                return j;
            }
            while (accept(COLONS)) {
                if (kind[pos] != WORD || kind[pos + 1] == LP || kind[pos + 1] == DOT) {
                    throw refuse();
                }
                CastExpression c = new CastExpression();
                // JSqlParser's :: cast has no keyword (the constructor's default is CAST)
                c.keyword = null;
                c.setLeftExpression(e);
                c.setColDataType(new ColDataType(text(pos++)));
                e = c;
            }
            if (kind[pos] == ARROW || kind[pos] == ARROW2) {
                throw refuse();
            }
            return e;
        }

        private JdbcParameter param() {
            int idx = Integer.parseInt(s, start[pos] + 1, end[pos], 10);
            pos++;
            // not the (Integer, boolean, String) constructor, which compiles a regular expression on every call
            JdbcParameter p = new JdbcParameter();
            p.setIndex(idx);
            p.setUseFixedIndex(true);
            return p;
        }

        private Expression primary() {
            switch (kind[pos]) {
                case PARAM:
                    return param();
                case INT:
                    return new LongValue(text(pos++));
                case DEC:
                    return new DoubleValue(text(pos++));
                case STR:
                    return new StringValue(text(pos++));
                case LP:
                    if (isWord(pos + 1, "SELECT") || isWord(pos + 1, "WITH")) {
                        return parenthesedSelect();
                    }
                    pos++;
                    Expression inner = expression();
                    expect(RP);
                    ParenthesedExpressionList<Expression> p = new ParenthesedExpressionList<>();
                    p.add(inner);
                    return p;
                case QNAME:
                    return columnOrFunction();
                case WORD:
                    if (atWord("NULL")) {
                        pos++;
                        return new NullValue();
                    }
                    if (atWord("TRUE") || atWord("FALSE")) {
                        return new BooleanValue(text(pos++));
                    }
                    if (atWord("CASE")) {
                        return caseExpression();
                    }
                    if (atWord("CAST") && kind[pos + 1] == LP) {
                        return cast();
                    }
                    if (atWord("EXTRACT") && kind[pos + 1] == LP && kind[pos + 2] == WORD && isWord(pos + 3, "FROM")) {
                        ExtractExpression x = new ExtractExpression();
                        x.setName(text(pos + 2));
                        pos += 4;
                        enter();
                        x.setExpression(expression());
                        expect(RP);
                        depth--;
                        return x;
                    }
                    if (valuesFunction && atWord("VALUES") && kind[pos + 1] == LP) {
                        Function f = new Function();
                        List<String> nameParts = new ArrayList<>(1);
                        nameParts.add(text(pos));
                        f.setName(nameParts);
                        pos += 2;
                        ExpressionList<Expression> args = new ExpressionList<>();
                        args.add(column());
                        expect(RP);
                        f.setParameters(args);
                        return f;
                    }
                    if (atWord("INTERVAL")) {
                        return interval();
                    }
                    if (kind[pos + 1] != LP && kind[pos + 1] != DOT
                            && INTERVAL_UNITS.contains(text(pos).toUpperCase(Locale.ROOT))) {
                        // a bare YEAR, MONTH, DAY ... is a date unit for JSqlParser (TIMESTAMPADD(MINUTE, ...))
                        return new DateUnitExpression(text(pos++));
                    }
                    if (TIME_KEYS.contains(text(pos).toUpperCase(Locale.ROOT)) && kind[pos + 1] != LP
                            && kind[pos + 1] != DOT) {
                        return new TimeKeyExpression(text(pos++));
                    }
                    return columnOrFunction();
                default:
                    throw refuse();
            }
        }

        /**
         * {@code INTERVAL 'text'} and {@code INTERVAL n UNIT} / {@code INTERVAL ? UNIT} with one unit; JSqlParser
         * wraps a parameter's interval in a second, keyword-less IntervalExpression.
         */
        private Expression interval() {
            pos++;
            int k = kind[pos];
            if (k == STR) {
                if (kind[pos + 1] == WORD && (isUnit(pos + 1) || isWord(pos + 1, "TO"))) {
                    throw refuse();
                }
                IntervalExpression i = new IntervalExpression(true);
                i.setParameter(text(pos++));
                return i;
            }
            if ((k != INT && k != PARAM) || !isUnit(pos + 1) || (kind[pos + 2] == WORD
                    && (isUnit(pos + 2) || isWord(pos + 2, "TO")))) {
                throw refuse();
            }
            IntervalExpression outer = new IntervalExpression(true);
            if (k == INT) {
                outer.setParameter(text(pos++));
                outer.setIntervalQualifier(new IntervalQualifier(text(pos++), null, null, null));
            } else {
                IntervalExpression inner = new IntervalExpression(false);
                inner.setExpression(param());
                inner.setIntervalQualifier(new IntervalQualifier(text(pos++), null, null, null));
                outer.setExpression(inner);
            }
            return outer;
        }

        private boolean isUnit(int i) {
            return kind[i] == WORD && INTERVAL_UNITS.contains(text(i).toUpperCase(Locale.ROOT));
        }

        private Expression caseExpression() {
            enter();
            expectWord("CASE");
            CaseExpression c = new CaseExpression();
            if (!atWord("WHEN")) {
                c.setSwitchExpression(expression());
            }
            List<WhenClause> whens = new ArrayList<>();
            while (acceptWord("WHEN")) {
                Expression when = expression();
                expectWord("THEN");
                whens.add(new WhenClause(when, expression()));
            }
            if (whens.isEmpty()) {
                throw refuse();
            }
            c.setWhenClauses(whens);
            if (acceptWord("ELSE")) {
                c.setElseExpression(expression());
            }
            expectWord("END");
            depth--;
            return c;
        }

        /** {@code CAST(x AS type)}, {@code type(p)} or {@code type(p, s)} with a one-word type. */
        private Expression cast() {
            CastExpression c = new CastExpression(text(pos));
            pos += 2;
            enter();
            c.setLeftExpression(expression());
            expectWord("AS");
            if (kind[pos] != WORD || isWord(pos, "AS")) {
                throw refuse();
            }
            String type = text(pos++);
            ColDataType dataType;
            if (accept(LP)) {
                // JSqlParser keeps the size in the type's name for these (others, such as VARCHAR2, differ)
                if (!at(INT) || !SIZED_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
                    throw refuse();
                }
                int precision = Integer.parseInt(text(pos++));
                int scale = -1;
                if (accept(COMMA)) {
                    if (!at(INT)) {
                        throw refuse();
                    }
                    scale = Integer.parseInt(text(pos++));
                }
                expect(RP);
                dataType = new ColDataType(type, precision, scale);
            } else {
                dataType = new ColDataType(type);
            }
            expect(RP);
            c.setColDataType(dataType);
            depth--;
            return c;
        }

        /** {@code TRIM(x)}; the forms with LEADING/TRAILING/BOTH or FROM are left to JSqlParser. */
        private Expression trim() {
            pos += 2;
            TrimFunction t = new TrimFunction();
            t.setExpression(expression());
            expect(RP);
            return t;
        }

        private Expression columnOrFunction() {
            if (kind[pos] == WORD && kind[pos + 1] == LP) {
                return function();
            }
            return column();
        }

        private Expression function() {
            String fname = text(pos);
            String upper = fname.toUpperCase(Locale.ROOT);
            if (wordClass(upper) != PLAIN && !FUNCTION_KEYWORDS.contains(upper) && !upper.equals("TRIM")) {
                throw refuse();
            }
            if (upper.equals("TRIM")) {
                return trim();
            }
            if (upper.equals("ANY") && (isWord(pos + 2, "SELECT") || isWord(pos + 2, "WITH") || kind[pos + 2] == LP)) {
                throw refuse();
            }
            pos += 2;
            enter();
            Function f = new Function();
            List<String> nameParts = new ArrayList<>(1);
            nameParts.add(fname);
            f.setName(nameParts);
            if (accept(RP)) {
                depth--;
                return atWord("OVER") ? window(f, null) : f;
            }
            ExpressionList<Expression> args = new ExpressionList<>();
            if (upper.equals("COUNT") && at(STAR) && kind[pos + 1] == RP) {
                pos++;
                args.add(new AllColumns());
            } else {
                if (acceptWord("DISTINCT")) {
                    f.setDistinct(true);
                } else if (atWord("ALL")) {
                    throw refuse();
                }
                do {
                    args.add(expression());
                } while (accept(COMMA));
                // aggregate ORDER BY (string_agg, GROUP_CONCAT) and GROUP_CONCAT's SEPARATOR
                if (atWord("ORDER")) {
                    f.setOrderByElements(orderBy());
                }
                if (atWord("SEPARATOR")) {
                    if (kind[pos + 1] != STR) {
                        throw refuse();
                    }
                    f.addKeywordArgument(text(pos), new StringValue(text(pos + 1)));
                    pos += 2;
                }
            }
            expect(RP);
            if (atWord("FILTER") && kind[pos + 1] == LP && isWord(pos + 2, "WHERE")) {
                // agg(...) FILTER (WHERE ...), without OVER
                if (f.getOrderByElements() != null || f.getKeywordArguments() != null || args.size() > 2) {
                    throw refuse();
                }
                pos += 3;
                Expression filter = expression();
                expect(RP);
                if (atWord("OVER")) {
                    throw refuse();
                }
                AnalyticExpression a = analytic(f, args);
                a.setType(AnalyticType.FILTER_ONLY);
                a.setFilterExpression(filter);
                a.setWindowDefinition(new WindowDefinition());
                depth--;
                return a;
            }
            if (atWord("OVER")) {
                if (f.getOrderByElements() != null || f.getKeywordArguments() != null) {
                    throw refuse();
                }
                depth--;
                return window(f, args);
            }
            f.setParameters(args);
            depth--;
            return f;
        }

        /** {@code f(...) OVER ([PARTITION BY ...] [ORDER BY ...])}, without a frame. */
        private Expression window(Function f, ExpressionList<Expression> args) {
            expectWord("OVER");
            expect(LP);
            if (args != null && args.size() > 2) {
                throw refuse();
            }
            AnalyticExpression a = analytic(f, args);
            a.setType(AnalyticType.OVER);
            WindowDefinition w = new WindowDefinition();
            if (acceptWord("PARTITION")) {
                expectWord("BY");
                ExpressionList<Expression> list = new ExpressionList<>();
                do {
                    list.add(expression());
                } while (accept(COMMA));
                w.setPartitionExpressionList(list);
            }
            if (atWord("ORDER")) {
                w.setOrderByElements(orderBy());
                if ((atWord("ROWS") || atWord("RANGE")) && isWord(pos + 1, "BETWEEN")) {
                    WindowElement frame = new WindowElement();
                    frame.setType(atWord("ROWS") ? WindowElement.Type.ROWS : WindowElement.Type.RANGE);
                    pos += 2;
                    WindowRange range = new WindowRange();
                    range.setStart(frameBound());
                    expectWord("AND");
                    range.setEnd(frameBound());
                    frame.setRange(range);
                    w.setWindowElement(frame);
                }
            }
            expect(RP);
            a.setWindowDefinition(w);
            return a;
        }

        /** UNBOUNDED PRECEDING / FOLLOWING or CURRENT ROW (numeric offsets are left to JSqlParser). */
        private WindowOffset frameBound() {
            WindowOffset o = new WindowOffset();
            if (acceptWord("UNBOUNDED")) {
                if (acceptWord("PRECEDING")) {
                    o.setType(WindowOffset.Type.PRECEDING);
                } else {
                    expectWord("FOLLOWING");
                    o.setType(WindowOffset.Type.FOLLOWING);
                }
            } else {
                expectWord("CURRENT");
                expectWord("ROW");
                o.setType(WindowOffset.Type.CURRENT);
            }
            return o;
        }

        private static AnalyticExpression analytic(Function f, ExpressionList<Expression> args) {
            if (args != null && args.size() > 2) {
                throw refuse();
            }
            AnalyticExpression a = new AnalyticExpression();
            a.setName(f.getName());
            if (args != null) {
                a.setExpression(args.get(0));
                if (args.size() == 2) {
                    a.setOffset(args.get(1));
                }
            }
            a.setDistinct(f.isDistinct());
            return a;
        }
    }
}
