package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;

/**
 * The canonical function vocabulary and its default (ANSI / PostgreSQL-like) readers and writers, which every
 * dialect starts from. A canonical name states one meaning: {@code CONCAT_NULL} is NULL when any argument is
 * NULL, {@code CONCAT_SKIP} treats NULL as an empty string, {@code INSTR(s, sub)} has the string first, and so on.
 */
final class CommonFunctions {

    private CommonFunctions() {
    }

    static void registerReaders(Map<String, FunctionReader> r) {
        r.put("COALESCE", as("COALESCE"));
        r.put("NULLIF", as("NULLIF"));
        r.put("UPPER", as("UPPER"));
        r.put("LOWER", as("LOWER"));
        r.put("TRIM", as("TRIM"));
        r.put("LTRIM", as("LTRIM"));
        r.put("RTRIM", as("RTRIM"));
        r.put("REPLACE", as("REPLACE"));
        r.put("ABS", as("ABS"));
        r.put("ROUND", as("ROUND"));
        r.put("FLOOR", as("FLOOR"));
        r.put("CEIL", as("CEIL"));
        r.put("CEILING", as("CEIL"));
        r.put("POWER", as("POWER"));
        r.put("SQRT", as("SQRT"));
        r.put("EXP", as("EXP"));
        r.put("LN", as("LN"));
        r.put("SIGN", as("SIGN"));
        r.put("MOD", as("MOD"));
        r.put("LOG10", as("LOG10"));
        r.put("CHAR_LENGTH", as("LENGTH"));
        r.put("CHARACTER_LENGTH", as("LENGTH"));
        r.put("OCTET_LENGTH", as("OCTET_LENGTH"));
        r.put("LENGTH", as("LENGTH"));
        r.put("ASCII", as("ASCII"));
        r.put("GREATEST", as("GREATEST_NULL"));
        r.put("LEAST", as("LEAST_NULL"));
        r.put("LPAD", as("LPAD"));
        r.put("RPAD", as("RPAD"));
        r.put("REVERSE", as("REVERSE"));
        r.put("LEFT", as("LEFT"));
        r.put("RIGHT", as("RIGHT"));
        r.put("REPEAT", as("REPEAT"));
        r.put("SUBSTR", as("SUBSTR"));
        r.put("SUBSTRING", as("SUBSTR"));
        r.put("CONCAT", as("CONCAT_SKIP"));
        r.put("CONCAT_WS", as("CONCAT_WS"));
        r.put("NOW", as("NOW"));
        r.put("PI", as("PI"));
        r.put("BTRIM", as("TRIM"));
        r.put("REPLACE", (n, a) -> a.size() == 2
                ? new Call("REPLACE", java.util.List.of(a.get(0), a.get(1), new net.sf.jsqlparser.expression.StringValue("")))
                : new Call("REPLACE", a));
        r.put("INITCAP", as("INITCAP"));
        r.put("MD5", FunctionReader.arity(1, as("MD5")));
        r.put("TRANSLATE", as("TRANSLATE"));
        r.put("CBRT", as("CBRT"));
        r.put("SPACE", (n, a) -> new Call("REPEAT", java.util.List.of(new net.sf.jsqlparser.expression.StringValue(" "), a.get(0))));
    }

    /**
     * Oracle MONTHS_BETWEEN(a, b): whole months when the days of month are equal or both are month ends,
     * otherwise months plus the day (and time) difference over a 31-day month, as Oracle documents it. Built
     * from the canonical EXTRACT and LAST_DAY so each target spells the parts its own way; the divisors are
     * doubles because MySQL/MariaDB divide decimals to 4 places only.
     */
    private static void monthsBetween(Call c, Out o) {
        Expression a = c.arg(0);
        Expression b = c.arg(1);
        o.text("((");
        part(o, "YEAR", a).text(" - ");
        part(o, "YEAR", b).text(") * 12 + ");
        part(o, "MONTH", a).text(" - ");
        part(o, "MONTH", b).text(" + CASE WHEN ");
        part(o, "DAY", a).text(" = ");
        part(o, "DAY", b).text(" OR ");
        part(o, "DAY", a).text(" = ");
        part(o, "DAY", new CallNode(new Call("LAST_DAY", List.of(a)))).text(" AND ");
        part(o, "DAY", b).text(" = ");
        part(o, "DAY", new CallNode(new Call("LAST_DAY", List.of(b)))).text(" THEN 0 ELSE (");
        part(o, "DAY", a).text(" - ");
        part(o, "DAY", b).text(" + (");
        part(o, "HOUR", a).text(" - ");
        part(o, "HOUR", b).text(") / 24e0 + (");
        part(o, "MINUTE", a).text(" - ");
        part(o, "MINUTE", b).text(") / 1440e0 + (");
        part(o, "SECOND", a).text(" - ");
        part(o, "SECOND", b).text(") / 86400e0) / 31e0 END)");
    }

    /**
     * MySQL INSERT(s, pos, len, new): s unchanged when pos is outside it, otherwise the part before pos, new, and
     * the rest after len characters (none when len is negative or runs past the end); NULL when any argument is.
     */
    private static void strInsert(Call c, Out o) {
        Expression s = c.arg(0);
        Expression pos = c.arg(1);
        Expression len = c.arg(2);
        net.sf.jsqlparser.expression.LongValue one = new net.sf.jsqlparser.expression.LongValue(1);
        Expression before = new CallNode(new Call("SUBSTR", List.of(s, one,
                new net.sf.jsqlparser.expression.operators.arithmetic.Subtraction().withLeftExpression(pos)
                        .withRightExpression(one))));
        Expression after = new CallNode(new Call("SUBSTR", List.of(s,
                new net.sf.jsqlparser.expression.operators.arithmetic.Addition().withLeftExpression(pos)
                        .withRightExpression(len))));
        o.text("CASE WHEN ").expr(len).text(" IS NULL OR ").expr(c.arg(3)).text(" IS NULL THEN NULL WHEN ").expr(pos)
                .text(" < 1 OR ").expr(pos).text(" > ").expr(new CallNode(new Call("LENGTH", List.of(s))))
                .text(" THEN ").expr(s).text(" ELSE ").expr(new CallNode(new Call("CONCAT_NULL", List.of(before, c.arg(3),
                        new CallNode(new Call("IF", List.of(
                                new net.sf.jsqlparser.expression.operators.relational.MinorThan(len,
                                        new net.sf.jsqlparser.expression.LongValue(0)),
                                new net.sf.jsqlparser.expression.StringValue(""), after)))))))
                .text(" END");
    }

    private static Out part(Out o, String unit, Expression e) {
        return o.expr(new CallNode(new Call("EXTRACT", List.of(e), unit)));
    }

    static void registerWriters(Map<String, FunctionWriter> w) {
        JsonFunctions.writePostgres(w);
        WeekNumbers.registerWriters(w);
        // MySQL TO_DAYS / FROM_DAYS: day numbers from year 0, anchored at 2000-01-01 = 730485 (date - date is days)
        w.put("TO_DAYS", (c, o) -> o.text("(").expr(new CallNode(new Call("DATE_ONLY", c.args())))
                .text(" - DATE '2000-01-01' + 730485)"));
        w.put("FROM_DAYS", template("(DATE '2000-01-01' + CAST({0} - 730485 AS INTEGER))"));
        w.put("STR_INSERT", CommonFunctions::strInsert);
        // SQLite typeof(x): its storage class, known here from the literal or the column's declared type
        w.put("TYPEOF", (c, o) -> {
            if (c.arg(0) instanceof net.sf.jsqlparser.expression.NullValue) {
                o.text("'null'");
                return;
            }
            String cls = com.rhosocial.activerecord.dialect.internal.rules.Typing.storageClass(c.arg(0), o.ctx());
            if (cls == null) {
                o.ctx().unsupported("typeof", "typeof", "the storage class of " + c.arg(0) + " depends on its value");
                return;
            }
            o.text("CASE WHEN ").expr(c.arg(0)).text(" IS NULL THEN 'null' ELSE '" + cls + "' END");
        });
        w.put("WEEKDAY0", template("(CAST(EXTRACT(ISODOW FROM {0}) AS INTEGER) - 1)"));
        // the n-th day of a year: January 1st plus n - 1 days, in each target's own spelling of both
        w.put("DATE_OF_YEAR_DAY", (c, o) -> o.expr(new CallNode(new Call("DATE_ADD", List.of(
                new CallNode(new Call("MAKE_DATE", List.of(c.arg(0), new net.sf.jsqlparser.expression.LongValue(1),
                        new net.sf.jsqlparser.expression.LongValue(1)))),
                new net.sf.jsqlparser.expression.operators.arithmetic.Subtraction()
                        .withLeftExpression(c.arg(1)).withRightExpression(new net.sf.jsqlparser.expression.LongValue(1))),
                "DAY"))));
        // PostgreSQL's boolean aggregates elsewhere: the argument arrives as a 1/0/NULL value (predicates are values
        // there, or are turned into one), and MAX/MIN skip NULLs as BOOL_OR/BOOL_AND do.
        w.put("BOOL_OR", template("MAX({0})"));
        w.put("BOOL_AND", template("MIN({0})"));
        RegexpReplace.writeNone(w);
        Regexps.writeNone(w);
        w.put("FIND_IN_SET", (call, out) -> out.ctx().unsupported("find-in-set", "FIND_IN_SET",
                out.ctx().to().dialect() + " has no FIND_IN_SET"));
        // Oracle's REPLACE with no or a NULL replacement removes the search string (see OracleSpec).
        w.put("REPLACE_REMOVE", template("REPLACE({0}, {1}, '')"));
        w.put("REPLACE_OR_REMOVE", template("REPLACE({0}, {1}, COALESCE({2}, ''))"));
        w.put("COALESCE", rename("COALESCE"));
        w.put("NULLIF", (c, o) -> {
            // NULLIF compares like '=': where the two collations disagree on case, spell the comparison out so the
            // comparison rules keep the source's meaning.
            RenderContext x = o.ctx();
            if (c.arity() == 2 && x.preserve()
                    && x.from().caseInsensitiveStrings() != x.to().caseInsensitiveStrings()
                    && (c.arg(1) instanceof net.sf.jsqlparser.expression.StringValue
                    || c.arg(0) instanceof net.sf.jsqlparser.expression.StringValue)) {
                o.text("CASE WHEN ").expr(new net.sf.jsqlparser.expression.operators.relational.EqualsTo(c.arg(0), c.arg(1)))
                        .text(" THEN NULL ELSE ").expr(c.arg(0)).text(" END");
                return;
            }
            o.text("NULLIF(").args(c, 0).text(")");
        });
        w.put("NVL2", template("CASE WHEN {0} IS NOT NULL THEN {1} ELSE {2} END"));
        w.put("IF", template("CASE WHEN {0} THEN {1} ELSE {2} END"));
        w.put("ELT", (c, o) -> {
            // MySQL ELT(n, a, b, ...): the n-th value, NULL when n is out of range.
            o.text("CASE ").expr(c.arg(0));
            for (int i = 1; i < c.args().size(); i++) {
                o.text(" WHEN " + i + " THEN ").expr(c.arg(i));
            }
            o.text(" END");
        });
        w.put("UPPER", rename("UPPER"));
        w.put("LOWER", rename("LOWER"));
        w.put("TRIM", FunctionWriter.byArity(null, template("TRIM({0})"), template("TRIM(BOTH {1} FROM {0})")));
        w.put("LTRIM", FunctionWriter.byArity(null, template("LTRIM({0})"), template("TRIM(LEADING {1} FROM {0})")));
        w.put("RTRIM", FunctionWriter.byArity(null, template("RTRIM({0})"), template("TRIM(TRAILING {1} FROM {0})")));
        w.put("INSTR3", template("CASE WHEN STRPOS(SUBSTR({0}, {2}), {1}) = 0 THEN 0 ELSE STRPOS(SUBSTR({0}, {2}), {1}) + {2} - 1 END"));
        w.put("MAKE_DATE", rename("MAKE_DATE"));
        w.put("MAKE_TIMESTAMP", rename("MAKE_TIMESTAMP"));
        w.put("SAME", template("{0}"));
        w.put("GREATEST_CI", (c, o) -> MixedGreatest.writeCaseless(c, o, ">="));
        w.put("LEAST_CI", (c, o) -> MixedGreatest.writeCaseless(c, o, "<="));
        // MySQL TIME_TO_SEC(TIMEDIFF(a, b)): NULL when one is a DATE and the other a DATETIME (TIMEDIFF wants the
        // same type), else the seconds between them.
        w.put("TIMEDIFF_SECONDS", (c, o) -> {
            Temporal.Kind a = Temporal.of(c.arg(0), o.ctx());
            Temporal.Kind b = Temporal.of(c.arg(1), o.ctx());
            if (a != Temporal.Kind.UNKNOWN && b != Temporal.Kind.UNKNOWN && a != b) {
                o.text("NULL");
                return;
            }
            o.ctx().to().writer("EPOCH_DIFF").write(new Call("EPOCH_DIFF", c.args()), o);
        });
        w.put("JSON_TEXT", template("JSON_VALUE({0}, {1})"));
        w.put("IS_INTEGER_TEXT", template("(TRIM({0}) ~ '^[-+]?[0-9]+$')"));
        // T-SQL CHOOSE(i, a, b, ...): the i-th value, NULL out of range
        w.put("CHOOSE", (c, o) -> {
            o.text("CASE ").expr(c.arg(0));
            for (int i = 1; i < c.arity(); i++) {
                o.text(" WHEN " + i + " THEN ").expr(c.arg(i));
            }
            o.text(" END");
        });
        w.put("SEQ_NEXT", (c, o) -> o.text("NEXTVAL(" + o.capture(c.arg(0)) + ")"));
        w.put("SEQ_CURRENT", (c, o) -> o.text("CURRVAL(" + o.capture(c.arg(0)) + ")"));
        // the last occurrence: where the reversed string first holds the reversed search string
        w.put("INSTR_LAST", (c, o) -> {
            String s = o.capture(c.arg(0));
            String sub = o.capture(c.arg(1));
            String found = o.capture(new CallNode(new Call("INSTR", List.of(
                    new CallNode(new Call("REVERSE", List.of(c.arg(0)))), new CallNode(new Call("REVERSE", List.of(c.arg(1))))))));
            String len = o.capture(new CallNode(new Call("LENGTH", List.of(c.arg(0)))));
            String subLen = o.capture(new CallNode(new Call("LENGTH", List.of(c.arg(1)))));
            o.text("CASE WHEN " + found + " = 0 THEN 0 ELSE " + len + " - " + found + " - " + subLen + " + 2 END");
        });
        w.put("DAYS_BETWEEN_EXACT", template("(EXTRACT(EPOCH FROM (CAST({0} AS TIMESTAMP) - CAST({1} AS TIMESTAMP))) / 86400)"));
        w.put("ROW_COUNT", (c, o) -> o.ctx().unsupported("row-count", "@@ROWCOUNT",
                o.ctx().to().dialect() + " has no SQL function for the previous statement's row count; use the JDBC update count"));
        w.put("INITCAP", rename("INITCAP"));
        // MD5 as 32 lower-case hex digits: PostgreSQL and MySQL/MariaDB have it; elsewhere no built-in digest.
        w.put("AGE", (c, o) -> o.ctx().unsupported("age", "AGE", o.ctx().to().dialect() + " has no interval type for"
                + " age(); only EXTRACT(YEAR | MONTH FROM age(...)) and date_part('year' | 'month', age(...)) are translated"));
        w.put("MD5", (c, o) -> o.ctx().unsupported("md5", "MD5", o.ctx().to().dialect() + " has no MD5 function"));
        // substring(s FROM 'a(b)c') returns the first capture group: only PostgreSQL says that.
        w.put(PostgresStrings.REGEXP_GROUP, (c, o) -> o.ctx().unsupported("regexp", "SUBSTRING",
                o.ctx().to().dialect() + " cannot return a regular expression's capture group"));
        w.put("TRANSLATE", rename("TRANSLATE"));
        w.put("FIELD", (c, o) -> {
            // MySQL FIELD(x, a, b, ...): position of x in the list, 0 when absent or NULL
            o.text("CASE");
            for (int i = 1; i < c.arity(); i++) {
                // an '=' node, so that the comparison rules apply the source's collation
                o.text(" WHEN ").expr(new net.sf.jsqlparser.expression.operators.relational.EqualsTo(c.arg(0), c.arg(i)))
                        .text(" THEN " + i);
            }
            o.text(" ELSE 0 END");
        });
        // A number as its shortest text, without trailing fractional zeros (Oracle TO_CHAR(n)); targets without
        // an exact spelling fall back to their plain text conversion.
        w.put("NUM_TEXT", (c, o) -> o.expr(new CallNode(new Call("TO_TEXT", c.args()))));
        w.put("MONTHS_BETWEEN", CommonFunctions::monthsBetween);
        w.put("JULIANDAY", rename("JULIANDAY"));
        // Seconds since the Unix epoch of a timestamp without time zone (as UTC, like SQLite's unixepoch).
        w.put("FROM_UNIX_SECONDS", template("(TIMESTAMP '1970-01-01 00:00:00' + {0} * INTERVAL '1' SECOND)"));
        w.put("UNIX_SECONDS", template("CAST(EXTRACT(EPOCH FROM CAST({0} AS TIMESTAMP)) AS BIGINT)"));
        w.put("EPOCH_DIFF", template("EXTRACT(EPOCH FROM ({0} - {1}))"));
        // The next occurrence after position {2} (0 stays 0): Oracle's 4-argument INSTR, one step per occurrence.
        w.put("INSTR_NEXT", (c, o) -> o.text("CASE WHEN ").expr(c.arg(2)).text(" = 0 THEN 0 ELSE ")
                .expr(new CallNode(new Call("INSTR3", List.of(c.arg(0), c.arg(1),
                        new net.sf.jsqlparser.expression.operators.arithmetic.Addition().withLeftExpression(c.arg(2))
                                .withRightExpression(new net.sf.jsqlparser.expression.LongValue(1))))))
                .text(" END"));
        w.put("TO_TIMESTAMP", template("CAST({0} AS TIMESTAMP)"));
        w.put("TOTAL", template("COALESCE(SUM({0}), 0)"));
        w.put("INTDIV", (c, o) -> o.text(o.ctx().to().integerDivisionTemplate().replace("{0}", o.capture(c.arg(0)))
                .replace("{1}", o.capture(c.arg(1)))));
        // 1e0 makes the exponent a double: MySQL/MariaDB's 1.0 / 3 is the decimal 0.3333 (div_precision_increment)
        w.put("CBRT", template("POWER({0}, 1e0 / 3)"));
        w.put("REPLACE", rename("REPLACE"));
        w.put("REVERSE", rename("REVERSE"));
        w.put("ABS", rename("ABS"));
        w.put("ROUND", rename("ROUND"));
        w.put("ROUND_AWAY", rename("ROUND"));
        w.put("FLOOR", rename("FLOOR"));
        w.put("CEIL", rename("CEIL"));
        w.put("POWER", rename("POWER"));
        w.put("SQRT", rename("SQRT"));
        w.put("EXP", rename("EXP"));
        w.put("LN", rename("LN"));
        w.put("LOG", rename("LOG"));
        w.put("LOG10", template("LOG(10, {0})"));
        w.put("SIGN", rename("SIGN"));
        w.put("MOD", rename("MOD"));
        // Oracle BITAND(a, b): the & operator everywhere else (PostgreSQL, MySQL/MariaDB, SQLite, T-SQL)
        w.put("BITAND", template("({0} & {1})"));
        w.put("PI", template("PI()"));
        w.put("LENGTH", rename("LENGTH"));
        // A number as text with exactly {1} decimals (printf '%.2f', TO_CHAR 'FM990.00').
        w.put("FIXED_TEXT", template("CAST(CAST({0} AS DECIMAL(38, {1})) AS VARCHAR(60))"));
        w.put("OCTET_LENGTH", rename("OCTET_LENGTH"));
        w.put("LENGTH_RTRIM", template("LENGTH(RTRIM({0}))"));
        w.put("ASCII", rename("ASCII"));
        w.put("CHR", rename("CHR"));
        w.put("LPAD", rename("LPAD"));
        w.put("RPAD", rename("RPAD"));
        w.put("LEFT", rename("LEFT"));
        w.put("RIGHT", rename("RIGHT"));
        w.put("REPEAT", rename("REPEAT"));
        w.put("SUBSTR", rename("SUBSTR"));
        w.put("INSTR", template("POSITION({1} IN {0})"));
        w.put("GREATEST_NULL", rename("GREATEST"));
        w.put("LEAST_NULL", rename("LEAST"));
        w.put("GREATEST_SKIP", rename("GREATEST"));
        w.put("LEAST_SKIP", rename("LEAST"));
        w.put("CONCAT_WS", rename("CONCAT_WS"));
        w.put("NOW", template("CURRENT_TIMESTAMP"));
        w.put("CURRENT_DATE", template("CURRENT_DATE"));
        w.put("CURRENT_TIME", template("CURRENT_TIME"));
        w.put("RANDOM", template("RANDOM()"));
        w.put("IS_NULL", template("({0} IS NULL)"));
        w.put("CURRENT_SCHEMA", template("CURRENT_SCHEMA()"));
        // STRCMP(a, b): 0, -1 or 1 by the comparison rules of the source (its collation), NULL for a NULL argument
        w.put("STRCMP", (c, o) -> {
            net.sf.jsqlparser.expression.CaseExpression k = new net.sf.jsqlparser.expression.CaseExpression();
            net.sf.jsqlparser.expression.Expression a = c.arg(0);
            net.sf.jsqlparser.expression.Expression b = c.arg(1);
            net.sf.jsqlparser.expression.Expression ka = a;
            net.sf.jsqlparser.expression.Expression kb = b;
            if (o.ctx().from().caseInsensitiveStrings() && !o.ctx().to().caseInsensitiveStrings()) {
                // MySQL's default collation: case and trailing blanks do not count
                ka = folded(a);
                kb = folded(b);
            }
            k.setWhenClauses(java.util.List.of(
                    new net.sf.jsqlparser.expression.WhenClause().withWhenExpression(
                            new net.sf.jsqlparser.expression.operators.conditional.OrExpression(
                                    new net.sf.jsqlparser.expression.operators.relational.IsNullExpression(a),
                                    new net.sf.jsqlparser.expression.operators.relational.IsNullExpression(b)))
                            .withThenExpression(new net.sf.jsqlparser.expression.NullValue()),
                    new net.sf.jsqlparser.expression.WhenClause().withWhenExpression(
                            new net.sf.jsqlparser.expression.operators.relational.EqualsTo(ka, kb))
                            .withThenExpression(new net.sf.jsqlparser.expression.LongValue(0)),
                    new net.sf.jsqlparser.expression.WhenClause().withWhenExpression(
                            new net.sf.jsqlparser.expression.operators.relational.MinorThan(ka, kb))
                            .withThenExpression(new net.sf.jsqlparser.expression.LongValue(-1))));
            k.setElseExpression(new net.sf.jsqlparser.expression.LongValue(1));
            o.expr(k);
        });
        w.put("STDDEV_POP", rename("STDDEV_POP"));
        w.put("VAR_POP", rename("VAR_POP"));
        w.put("STDDEV_SAMP", rename("STDDEV_SAMP"));
        w.put("VAR_SAMP", rename("VAR_SAMP"));
    }

    private static net.sf.jsqlparser.expression.Expression folded(net.sf.jsqlparser.expression.Expression e) {
        net.sf.jsqlparser.expression.Function rtrim = new net.sf.jsqlparser.expression.Function("RTRIM", e);
        return new net.sf.jsqlparser.expression.Function("LOWER", rtrim);
    }
}
