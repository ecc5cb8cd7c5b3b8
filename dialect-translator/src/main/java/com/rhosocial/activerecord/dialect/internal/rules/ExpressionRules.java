package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.Call;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.schema.Column;

/**
 * Expression-level rules: what a node means in the source dialect and how the target keeps that meaning.
 * Each method returns true when it rendered the node, false to let the plain deparser print it. The rule families
 * with more logic (dates, strings, types) have their own classes in this package.
 */
public final class ExpressionRules {

    private final ExpressionRenderer r;
    private final RenderContext ctx;
    private final DialectSpec from;
    private final DialectSpec to;
    private final DateRules dates;
    private final TypeRules types;

    public ExpressionRules(ExpressionRenderer renderer) {
        this.r = renderer;
        this.ctx = renderer.ctx();
        this.from = ctx.from();
        this.to = ctx.to();
        this.dates = new DateRules(renderer);
        this.types = new TypeRules(renderer);
    }

    public DateRules dates() {
        return dates;
    }

    // ------------------------------------------------------------------ functions and names

    /** Functions needing more than a table entry (date arithmetic, formats, DECODE, aggregates). */
    public boolean function(Function f) {
        String name = f.getName() == null ? "" : f.getName().toUpperCase(Locale.ROOT);
        if (ctx.upsertTarget() != null && name.equals("VALUES") && f.getParameters() != null
                && f.getParameters().size() == 1) {
            Upserts.newValue(r, ctx.upsertTarget(), f.getParameters().get(0));
            return true;
        }
        if (Arrays.function(r, f, name)) {
            return true;
        }
        if ((name.equals("SUBSTR") || name.equals("INSTR")) && !to.numbersAsTextImplicitly()
                && to.numbersAsTextImplicitly() != from.numbersAsTextImplicitly() && f.getParameters() != null
                && !f.getParameters().isEmpty() && f.getParameters().get(0) instanceof Column c
                && java.util.EnumSet.of(Typing.Kind.INTEGER, Typing.Kind.EXACT, Typing.Kind.FLOAT)
                .contains(Typing.of(c, ctx))) {
            // Oracle converts a NUMBER argument to its text; PostgreSQL has no such function over numeric.
            net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
            cast.setLeftExpression(c);
            cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("TEXT"));
            @SuppressWarnings("unchecked")
            List<Expression> params = (List<Expression>) (List<?>) f.getParameters();
            params.set(0, cast);
            ctx.changed();
        }
        if (name.equals("MOD") && f.getParameters() != null && f.getParameters().size() == 2
                && !from.family().equals("ORACLE")) {
            Arithmetic.modFunction(r, f.getParameters().get(0), f.getParameters().get(1));
            return true;
        }
        if (name.equals("CONVERT") && from.family().equals("MYSQL") && f.getParameters() != null
                && f.getParameters().size() == 2 && f.getParameters().get(1) instanceof Column type) {
            // MySQL CONVERT(x, SIGNED) is CAST(x AS SIGNED).
            net.sf.jsqlparser.expression.CastExpression c = new net.sf.jsqlparser.expression.CastExpression();
            c.setLeftExpression(f.getParameters().get(0));
            c.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType(type.getColumnName()));
            types.cast(c);
            ctx.changed();
            return true;
        }
        if (name.equals("REGEXP_LIKE") && f.getParameters() != null && f.getParameters().size() >= 2) {
            List<Expression> a = new ArrayList<>(f.getParameters());
            boolean ci = a.size() > 2 && a.get(2) instanceof StringValue flags && flags.getValue().contains("i");
            return Predicates.regexp(r, a.get(0), a.get(1), false, ci);
        }
        if (name.equals("AVG") && from.family().equals("SQLSERVER") && !to.family().equals("SQLSERVER")
                && f.getParameters() != null && f.getParameters().size() == 1
                && Typing.of(f.getParameters().get(0), ctx) == Typing.Kind.INTEGER) {
            // T-SQL AVG of an integer is an integer: the sum divided by the count, truncated toward zero.
            String fn = to.truncateFunction();
            r.text(fn + "(AVG(" + (f.isDistinct() ? "DISTINCT " : "")).expr(f.getParameters().get(0)).text(")")
                    .text(fn.equals("TRUNCATE") ? ", 0)" : ")");
            ctx.changed();
            return true;
        }
        if (name.equals("TOTAL") && to.strictBooleans() && f.getParameters() != null
                && f.getParameters().size() == 1 && f.getParameters().get(0) instanceof Column c
                && Typing.of(c, ctx) == Typing.Kind.BOOLEAN) {
            // SQLite TOTAL(flag) over a PostgreSQL BOOLEAN column: the sum of the true values, 0 when none.
            r.text("COALESCE(SUM(CAST(").expr(c).text(" AS INTEGER)), 0)");
            ctx.changed();
            return true;
        }
        if ((name.equals("SUM") || name.equals("AVG")
                || (name.equals("MAX") || name.equals("MIN")) && !from.strictBooleans())
                && to.strictBooleans() && f.getParameters() != null
                && f.getParameters().size() == 1 && f.getParameters().get(0) instanceof Column c
                && Typing.of(c, ctx) == Typing.Kind.BOOLEAN) {
            // SUM(flag), MAX(flag) over a PostgreSQL BOOLEAN column: the true values count as 1.
            r.text(name).text(f.isDistinct() ? "(DISTINCT CAST(" : "(CAST(").expr(c).text(" AS INTEGER))");
            ctx.changed();
            return true;
        }
        if (name.equals("COUNT") && f.isDistinct() && f.getParameters() != null && f.getParameters().size() > 1
                && !to.family().equals(from.family())) {
            // MySQL COUNT(DISTINCT a, b): distinct combinations, rows with a NULL in any of them left out.
            List<String> values = new ArrayList<>();
            StringBuilder notNull = new StringBuilder();
            for (Expression a : f.getParameters()) {
                String v = r.capture(a);
                // Under a case-insensitive collation 'Berlin' and 'berlin' are one value.
                values.add(CaseInsensitiveGroups.applies(ctx) && Typing.of(a, ctx) == Typing.Kind.STRING
                        ? "LOWER(" + v + ")" : v);
                notNull.append(notNull.length() == 0 ? "" : " AND ").append(v).append(" IS NOT NULL");
            }
            String tuple = to.distinctTuple(values);
            if (tuple == null) {
                ctx.unsupported("count-distinct", "COUNT", to + " counts one distinct expression only");
                r.text("NULL");
            } else {
                r.text("COUNT(DISTINCT CASE WHEN " + notNull + " THEN " + tuple + " END)");
                ctx.changed();
            }
            return true;
        }
        if (name.equals("FOUND_ROWS") && (f.getParameters() == null || f.getParameters().isEmpty())
                && from.family().equals("MYSQL")) {
            String v = to.sessionValue("found_rows");
            if (v == null) {
                ctx.unsupported("found-rows", "FOUND_ROWS", to + " keeps no row count between statements for"
                        + " FOUND_ROWS(); run a COUNT(*) query instead");
                r.text("NULL");
            } else {
                r.text(v);
                ctx.emulated("found-rows", "FOUND_ROWS");
            }
            return true;
        }
        if ((name.equals("COALESCE") || name.equals("IFNULL")) && f.getParameters() != null
                && f.getParameters().size() >= 2 && from.implicitStringToNumber() && !to.implicitStringToNumber()
                && !f.isDistinct() && Conversions.mixedCoalesce(r, name, new ArrayList<>(f.getParameters()))) {
            return true;
        }
        if ((name.equals("MIN") || name.equals("MAX")) && f.getParameters() != null && f.getParameters().size() == 1
                && !(f.getParameters().get(0) instanceof StringValue) && CaseInsensitiveGroups.applies(ctx)
                && !to.emptyStringIsNull() && Typing.of(f.getParameters().get(0), ctx) == Typing.Kind.STRING) {
            // MySQL / SQL Server order 'bob' before 'DAVE' under their default collation.
            String w = to.caseInsensitiveExtreme(r.capture(f.getParameters().get(0)), name.equals("MAX"));
            if (w != null) {
                r.text(w);
                ctx.changed();
                return true;
            }
        }
        if (name.equals("COUNT") && f.isDistinct() && f.getParameters() != null && f.getParameters().size() == 1
                && f.getParameters().get(0) instanceof Column c && ctx.preserve() && from.caseInsensitiveStrings()
                && !to.caseInsensitiveStrings() && !to.emptyStringIsNull() && Typing.of(c, ctx) == Typing.Kind.STRING) {
            // MySQL / SQL Server count 'Bob' and 'bob' as one value under their default collation.
            r.text("COUNT(DISTINCT LOWER(").expr(c).text("))");
            ctx.changed();
            return true;
        }
        if ((name.equals("MIN") || name.equals("MAX") || name.equals("COUNT") && f.isDistinct())
                && f.getParameters() != null && f.getParameters().size() == 1 && f.getKeep() == null
                && BinaryCollation.wrap(f.getParameters().get(0), ctx) != null) {
            // PostgreSQL / SQLite compare 'Bob' and 'bob' (and 'a ', 'a') as different strings.
            r.text(name).text(f.isDistinct() ? "(DISTINCT " : "(").expr(BinaryCollation.wrap(f.getParameters().get(0), ctx))
                    .text(")");
            ctx.changed();
            return true;
        }
        if (name.equals("COUNT_BIG")) {
            f.setName("COUNT");
            return false;
        }
        if (dates.function(name, f)) {
            return true;
        }
        if (name.equals("DECODE") && from.readFunction("DECODE", List.of()) != null) {
            return decode(f);
        }
        if ((name.equals("STRING_AGG") || name.equals("GROUP_CONCAT") || name.equals("LISTAGG"))
                && !f.isAllColumns()) {
            return Aggregates.stringAggFunction(r, f);
        }
        return false;
    }

    /** Bare words: SYSDATE, CURRENT_DATE written without parentheses, TRUE/FALSE spelled as names. */
    private boolean inRepresentative;

    private static final java.util.Set<Integer> NON_TEXT_LIKE = java.util.Set.of(java.sql.Types.DATE,
            java.sql.Types.TIMESTAMP, java.sql.Types.TIME, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
            java.sql.Types.SMALLINT, java.sql.Types.TINYINT, java.sql.Types.DECIMAL, java.sql.Types.NUMERIC);
    private static final java.util.Set<String> ROWID_ALIASES = java.util.Set.of("rowid", "_rowid_", "oid");

    public boolean column(Column c) {
        if (from.rowidAliases() && !to.rowidAliases() && c.getColumnName() != null
                && ROWID_ALIASES.contains(c.getColumnName().toLowerCase(java.util.Locale.ROOT))) {
            // SQLite's rowid of a table with an INTEGER PRIMARY KEY is that key (Android's dedupe / paging idioms)
            java.util.Optional<String> key = ctx.rowidColumn(c.getTable() == null ? null : c.getTable().getName());
            if (key.isPresent()) {
                c.setColumnName(key.get());
                ctx.changed();
            }
        }
        if (!ctx.rollupNulls().isEmpty() && ctx.rollupNulls().contains(c)) {
            r.text("NULL");
            return true;
        }
        if (!inRepresentative && ctx.isGroupRepresentative(c)) {
            inRepresentative = true;
            String rep = to.groupRepresentative(r.capture(c));
            Expression key = ctx.rollupKey(c);
            r.text(key == null ? rep : "CASE WHEN GROUPING(" + r.capture(key) + ") = 1 THEN NULL ELSE " + rep + " END");
            inRepresentative = false;
            return true;
        }
        if (c.getTable() != null && c.getTable().getName() != null) {
            Expression v = ctx.mergeValue(c.getTable().getName(), c.getColumnName());
            if (v == null) {
                v = ctx.derivedValue(c.getTable().getName(), c.getColumnName());
            }
            if (v != null) {
                r.expr(v);
                return true;
            }
            String q = ctx.mergeTarget(c.getTable().getName());
            if (q != null) {
                r.text(q.isEmpty() ? c.getColumnName() : q + "." + c.getColumnName());
                return true;
            }
        }
        if (c.getTable() != null && c.getTable().getName() != null && c.getColumnName() != null) {
            // Oracle seq.NEXTVAL / seq.CURRVAL: read as a sequence call when the source dialect has that form.
            Call seq = from.readFunction(c.getColumnName() + "@SEQUENCE",
                    List.of(new StringValue(RenderContext.unquote(c.getTable().getFullyQualifiedName()))));
            if (seq != null) {
                if (!r.writeCall(seq)) {
                    ctx.unsupported("sequence", c.getColumnName(), to.dialect() + " has no sequences");
                }
                ctx.changed();
                return true;
            }
        }
        if (ctx.upsertTarget() != null && c.getTable() != null && c.getTable().getName() != null
                && RenderContext.unquote(c.getTable().getName()).equalsIgnoreCase("EXCLUDED")) {
            Upserts.newValue(r, ctx.upsertTarget(), new Column(c.getColumnName()));
            return true;
        }
        if (ctx.upsertQualifier() != null && (c.getTable() == null || c.getTable().getName() == null)) {
            r.text(ctx.upsertQualifier() + "." + c.getColumnName());
            return true;
        }
        if (c.getTable() == null || c.getTable().getName() == null) {
            String word = c.getColumnName();
            String canonical = from.niladic(word);
            if (canonical != null) {
                return r.writeCall(new Call(canonical, List.of()));
            }
            if (word.equalsIgnoreCase("TRUE") || word.equalsIgnoreCase("FALSE")) {
                r.text(to.booleanLiteral(word.equalsIgnoreCase("TRUE")));
                return true;
            }
        }
        Identifiers.column(c, ctx);
        return false;
    }

    private boolean decode(Function f) {
        List<Expression> a = new ArrayList<>(f.getParameters());
        if (a.size() < 3) {
            return false;
        }
        // Oracle DECODE matches NULL with NULL, which a plain CASE x WHEN NULL does not.
        r.text("CASE");
        int i = 1;
        for (; i + 1 < a.size(); i += 2) {
            r.text(" WHEN ");
            if (a.get(i) instanceof net.sf.jsqlparser.expression.NullValue) {
                r.expr(a.get(0)).text(" IS NULL");
            } else {
                // Through the comparison rules (boolean columns, case-sensitive strings), as a plain = would be.
                net.sf.jsqlparser.expression.operators.relational.EqualsTo eq =
                        new net.sf.jsqlparser.expression.operators.relational.EqualsTo(a.get(0), a.get(i));
                if (!(a.get(i) instanceof Column)) {
                    r.expr(eq);
                } else {
                    // a column may be NULL, and DECODE matches NULL with NULL
                    r.text("(").expr(eq).text(" OR ").expr(a.get(0)).text(" IS NULL AND ").expr(a.get(i))
                            .text(" IS NULL)");
                }
            }
            r.text(" THEN ").expr(a.get(i + 1));
        }
        if (i < a.size()) {
            r.text(" ELSE ").expr(a.get(i));
        }
        r.text(" END");
        ctx.changed();
        return true;
    }

    // ------------------------------------------------------------------ literals

    public void string(StringValue s) {
        Strings.literal(r, s);
    }

    public void temporalLiteral(String kind, String value) {
        dates.literal(kind, value);
    }

    // ------------------------------------------------------------------ operators

    public void concat(Concat c) {
        if (from.pipesAreOr()) {
            // MySQL: || is a logical OR unless PIPES_AS_CONCAT is set.
            r.text("(");
            Predicates.condition(r, c.getLeftExpression());
            r.text(" OR ");
            Predicates.condition(r, c.getRightExpression());
            r.text(")");
            ctx.changed();
            return;
        }
        List<Expression> parts = new ArrayList<>();
        flattenConcat(c, parts);
        String canonical = from.concatOperatorSkipsNull() ? "CONCAT_SKIP" : "CONCAT_NULL";
        if (canonical.equals("CONCAT_NULL") && to.pipesPropagateNull()) {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    r.text(" || ");
                }
                r.expr(parts.get(i));
            }
            return;
        }
        ctx.changed();
        r.writeCall(new Call(canonical, parts));
    }

    private static void flattenConcat(Expression e, List<Expression> out) {
        if (e instanceof Concat c) {
            flattenConcat(c.getLeftExpression(), out);
            flattenConcat(c.getRightExpression(), out);
        } else {
            out.add(e);
        }
    }

    public boolean addition(Addition a) {
        if (dates.addition(a, false)) {
            return true;
        }
        if (from.plusConcatenatesStrings() && (Typing.isString(a.getLeftExpression(), ctx)
                || Typing.isString(a.getRightExpression(), ctx)) && !Typing.stringPlusNumber(a, ctx)) {
            List<Expression> parts = new ArrayList<>();
            flattenPlus(a, parts);
            ctx.changed();
            return r.writeCall(new Call("CONCAT_NULL", parts));
        }
        return Arithmetic.implicitNumbers(r, a, " + ");
    }

    private static void flattenPlus(Expression e, List<Expression> out) {
        if (e instanceof Addition c) {
            flattenPlus(c.getLeftExpression(), out);
            flattenPlus(c.getRightExpression(), out);
        } else {
            out.add(e);
        }
    }

    public boolean subtraction(Subtraction s) {
        if (dates.addition(s, true)) {
            return true;
        }
        return Arithmetic.implicitNumbers(r, s, " - ");
    }

    public boolean multiplication(net.sf.jsqlparser.expression.operators.arithmetic.Multiplication m) {
        return Arithmetic.implicitNumbers(r, m, " * ");
    }

    public boolean division(Division d) {
        return Arithmetic.division(r, d);
    }

    public void integerDivision(IntegerDivision d) {
        Arithmetic.integerDivision(r, d);
    }

    public void modulo(Modulo m) {
        Arithmetic.modulo(r, m);
    }

    public boolean like(LikeExpression l) {
        if (to.likeNeedsTextOperand() && !from.likeNeedsTextOperand() && l.getLeftExpression() instanceof Column c
                && c.getColumnName() != null) {
            // MySQL / SQLite apps match dates and numbers with LIKE ('2024-02%', id LIKE '1%'); PostgreSQL's LIKE
            // takes text only, and the text of a date / timestamp / number there is the same ISO / plain form
            java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo> info = ctx.column(
                    c.getTable() == null ? null : c.getTable().getName(), c.getColumnName());
            if (info.isPresent() && NON_TEXT_LIKE.contains(info.get().jdbcType())) {
                net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
                cast.setLeftExpression(c);
                cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("TEXT"));
                l.setLeftExpression(cast);
                ctx.changed();
            }
        }
        if (from.likeHasCharacterClasses() && !to.likeHasCharacterClasses()
                && l.getLikeKeyWord() == LikeExpression.KeyWord.LIKE && l.getEscape() == null
                && l.getRightExpression() instanceof StringValue p && p.getValue().matches(".*\\[[^\\]]+\\].*")) {
            // T-SQL LIKE '[A-C]%': character classes, which only a regular expression (or GLOB) can say elsewhere
            return Predicates.regexp(r, l.getLeftExpression(), new StringValue(
                    com.rhosocial.activerecord.dialect.internal.spec.DialectSpec.likeClassesAsRegex(p.getValue())),
                    l.isNot(), from.caseInsensitiveStrings());
        }
        return Predicates.like(r, l);
    }

    public boolean comparison(BinaryExpression e, String op) {
        if ((BinaryCollation.isNoCase(e.getLeftExpression()) || BinaryCollation.isNoCase(e.getRightExpression()))
                && !to.caseInsensitiveStrings() && !from.family().equals(to.family())) {
            // SQLite a = b COLLATE NOCASE: the comparison ignores case, whichever side names the collation.
            Expression a = e.getLeftExpression() instanceof net.sf.jsqlparser.expression.CollateExpression ca
                    ? ca.getLeftExpression() : e.getLeftExpression();
            Expression b = e.getRightExpression() instanceof net.sf.jsqlparser.expression.CollateExpression cb
                    ? cb.getLeftExpression() : e.getRightExpression();
            r.text("LOWER(").expr(a).text(")" + op + "LOWER(").expr(b).text(")");
            ctx.changed();
            return true;
        }
        if (e.getRightExpression() instanceof Function q && q.getName() != null && !to.supportsArrays()
                && q.getParameters() != null && q.getParameters().size() == 1
                && q.getParameters().get(0) instanceof net.sf.jsqlparser.expression.ArrayConstructor array
                && array.getExpressions() != null && !array.getExpressions().isEmpty()
                && (q.getName().equalsIgnoreCase("ANY") && op.trim().equals("=")
                || q.getName().equalsIgnoreCase("ALL") && op.trim().equals("<>"))) {
            // x = ANY (ARRAY[a, b]) is x IN (a, b); x <> ALL (ARRAY[a, b]) is x NOT IN (a, b).
            net.sf.jsqlparser.expression.operators.relational.InExpression in =
                    new net.sf.jsqlparser.expression.operators.relational.InExpression(e.getLeftExpression(),
                            new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(
                                    array.getExpressions()));
            in.setNot(q.getName().equalsIgnoreCase("ALL"));
            r.expr(in);
            ctx.changed();
            return true;
        }
        return Predicates.comparison(r, e, op);
    }

    /** IN lists: 0/1 against a BOOLEAN column, string literals under a case-insensitive source collation. */
    public boolean in(net.sf.jsqlparser.expression.operators.relational.InExpression in) {
        Expression left = in.getLeftExpression();
        if (in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect sub) {
            JsonEach.numericValues(sub, Typing.of(left, ctx), ctx);
        }
        if (!(in.getRightExpression() instanceof net.sf.jsqlparser.expression.operators.relational.ExpressionList<?> list)
                || in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect) {
            return false;
        }
        boolean bool = Predicates.isStrictBooleanColumn(left, ctx);
        boolean params = list.stream().anyMatch(e -> e instanceof net.sf.jsqlparser.expression.JdbcParameter);
        boolean ci = ctx.preserve() && from.caseInsensitiveStrings() && !to.caseInsensitiveStrings()
                && (list.stream().anyMatch(e -> e instanceof StringValue s && Predicates.hasLetters(s.getValue()))
                || params && Predicates.isTextColumn(left, ctx))
                && list.stream().allMatch(e -> e instanceof StringValue
                        || e instanceof net.sf.jsqlparser.expression.JdbcParameter);
        String cs = to.caseSensitiveComparison();
        if (!bool && !ci && cs != null && ctx.preserve() && !from.caseInsensitiveStrings() && to.caseInsensitiveStrings()
                && list.stream().anyMatch(e -> e instanceof StringValue s && (Predicates.hasLetters(s.getValue())
                || s.getValue().endsWith(" ")))) {
            // Case- and blank-sensitive source (PostgreSQL, SQLite) on MySQL / MariaDB: each value compared binary.
            r.expr(left).text(in.isNot() ? " NOT IN (" : " IN (");
            for (int i = 0; i < list.size(); i++) {
                r.text(i > 0 ? ", " : "").text(cs.replace("{}", Arithmetic.render(r, list.get(i))));
            }
            r.text(")");
            ctx.changed();
            return true;
        }
        if (!bool && !ci) {
            return false;
        }
        // MySQL's PAD SPACE collation ignores trailing blanks ('Carol ' IN ('carol')).
        boolean pad = ci && from.padSpace() && !to.padSpace() && Predicates.isTextColumn(left, ctx);
        if (ci) {
            r.text(pad ? "LOWER(RTRIM(" : "LOWER(").expr(left).text(pad ? "))" : ")");
        } else {
            r.expr(left);
        }
        r.text(in.isNot() ? " NOT IN (" : " IN (");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                r.text(", ");
            }
            Expression e = list.get(i);
            if (ci && e instanceof net.sf.jsqlparser.expression.JdbcParameter) {
                r.text(pad ? "LOWER(RTRIM(" + Predicates.textOperand(r, e) + "))"
                        : "LOWER(" + Predicates.textOperand(r, e) + ")");
            } else if (ci) {
                String v = ((StringValue) e).getValue().toLowerCase(Locale.ROOT).replace("''", "'");
                r.text(to.stringLiteral(pad ? v.replaceAll(" +$", "") : v));
            } else if (!Predicates.booleanValue(r, e)) {
                r.expr(e);
            }
        }
        r.text(")");
        ctx.changed();
        return true;
    }

    public boolean regexp(RegExpMatchOperator op) {
        boolean ci = op.getOperatorType() == RegExpMatchOperatorType.MATCH_CASEINSENSITIVE
                || op.getOperatorType() == RegExpMatchOperatorType.NOT_MATCH_CASEINSENSITIVE;
        boolean not = op.getOperatorType() == RegExpMatchOperatorType.NOT_MATCH_CASESENSITIVE
                || op.getOperatorType() == RegExpMatchOperatorType.NOT_MATCH_CASEINSENSITIVE;
        return Predicates.regexp(r, op.getLeftExpression(), op.getRightExpression(), not, ci);
    }

    public boolean xor(XorExpression x) {
        if (to.family().equals("MYSQL")) {
            return false;
        }
        r.text("((");
        Predicates.condition(r, x.getLeftExpression());
        r.text(") <> (");
        Predicates.condition(r, x.getRightExpression());
        r.text("))");
        return true;
    }

    /** a <=> b (not distinct) / a IS DISTINCT FROM b ({@code distinct}). */
    public void nullSafeEquals(Expression a, Expression b, boolean distinct) {
        ctx.changed();
        switch (to.nullSafeEqualsStyle()) {
            case "<=>" -> {
                if (distinct) {
                    r.text("NOT (").expr(a).text(" <=> ").expr(b).text(")");
                } else {
                    r.expr(a).text(" <=> ").expr(b);
                }
            }
            case "IS" -> r.expr(a).text(distinct ? " IS NOT " : " IS ").expr(b);
            case "DISTINCT" -> r.expr(a).text(distinct ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM ").expr(b);
            default -> {
                if (b instanceof net.sf.jsqlparser.expression.NullValue) {
                    r.expr(a).text(distinct ? " IS NOT NULL" : " IS NULL");
                } else if (distinct) {
                    // not NOT (a = b OR ...): with one side NULL, a = b is unknown and so would be the negation
                    r.text("((").expr(a).text(" <> ").expr(b).text(" OR ").expr(a).text(" IS NULL OR ").expr(b)
                            .text(" IS NULL) AND NOT (").expr(a).text(" IS NULL AND ").expr(b).text(" IS NULL))");
                } else {
                    r.text("(").expr(a).text(" = ").expr(b).text(" OR (").expr(a)
                            .text(" IS NULL AND ").expr(b).text(" IS NULL))");
                }
            }
        }
    }

    /** TRIM(LEADING 'x' FROM s) and friends. */
    public boolean trim(net.sf.jsqlparser.expression.TrimFunction t) {
        if (t.getTrimSpecification() == null && t.getExpression() != null && t.getFromExpression() == null) {
            return false;
        }
        boolean commaForm = t.getFromExpression() != null && !t.isUsingFromKeyword();
        // TRIM(chars FROM s) versus SQLite's TRIM(s, chars)
        Expression chars = t.getFromExpression() == null ? null : commaForm ? t.getFromExpression() : t.getExpression();
        Expression target = t.getFromExpression() == null ? t.getExpression()
                : commaForm ? t.getExpression() : t.getFromExpression();
        String spec = t.getTrimSpecification() == null ? "BOTH" : t.getTrimSpecification().name();
        String canonical = spec.equals("LEADING") ? "LTRIM" : spec.equals("TRAILING") ? "RTRIM" : "TRIM";
        List<Expression> args = new ArrayList<>();
        args.add(target);
        if (chars != null) {
            args.add(chars);
        }
        ctx.changed();
        return r.writeCall(new Call(canonical, args));
    }

    // ------------------------------------------------------------------ types

    public void cast(CastExpression c) {
        types.cast(c);
    }

    public boolean convert(TranscodingFunction t) {
        return types.convert(t);
    }

    public boolean extract(ExtractExpression e) {
        return dates.extract(e);
    }

    public boolean interval(IntervalExpression e) {
        return dates.interval(e);
    }

    // ------------------------------------------------------------------ aggregates

    public void groupConcat(MySQLGroupConcat g) {
        Aggregates.groupConcat(r, g);
    }

    public boolean analytic(AnalyticExpression a) {
        return Aggregates.analytic(r, a);
    }
}
