package com.rhosocial.activerecord.dialect.internal.render;

import com.rhosocial.activerecord.dialect.internal.rules.BooleanContext;
import com.rhosocial.activerecord.dialect.internal.rules.ExpressionRules;
import com.rhosocial.activerecord.dialect.internal.rules.Marked;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import com.rhosocial.activerecord.dialect.internal.spec.Call;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter;
import com.rhosocial.activerecord.dialect.internal.spec.Out;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;

/**
 * Renders expressions for the target dialect. Each override asks the source spec what a node means and the
 * target spec how to write it; the semantic rules live in {@link ExpressionRules}. Not thread-safe (holds a
 * StringBuilder); one per translation.
 */
public class ExpressionRenderer extends ExpressionDeParser implements Out {

    private final RenderContext ctx;
    private final DialectSpec from;
    private final DialectSpec to;
    private final ExpressionRules rules;

    public ExpressionRenderer(RenderContext ctx) {
        this.ctx = ctx;
        this.from = ctx.from();
        this.to = ctx.to();
        this.rules = new ExpressionRules(this);
    }

    // ------------------------------------------------------------------ Out

    @Override
    public Out text(String s) {
        builder.append(s);
        return this;
    }

    @Override
    public Out expr(Expression e) {
        e.accept(this, null);
        return this;
    }

    @Override
    public RenderContext ctx() {
        return ctx;
    }

    @Override
    public String capture(Expression e) {
        int mark = builder.length();
        e.accept(this, null);
        String s = builder.substring(mark);
        builder.setLength(mark);
        return s;
    }

    public StringBuilder out() {
        return builder;
    }

    /** Renders a canonical call with the target's writer; false when the target has no writer for it. */
    public boolean writeCall(Call call) {
        FunctionWriter w = to.writer(call.name());
        if (w == null) {
            return false;
        }
        w.write(call, this);
        return true;
    }

    // ------------------------------------------------------------------ overrides

    @Override
    public <S> StringBuilder visit(JdbcParameter p, S context) {
        // Always numbered: the post-pass turns ?N into ? and records N in the parameter map.
        builder.append('?').append(p.getIndex());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Function f, S context) {
        if (f instanceof com.rhosocial.activerecord.dialect.internal.spec.CallNode node) {
            if (!writeCall(node.call())) {
                ctx.unsupported("function", node.call().name(), to + " cannot write " + node.call().name());
            }
            return builder;
        }
        if (f.isEscaped()) {
            // JDBC {fn ...}: the standard escape functions read like MySQL's; not every target driver expands them.
            f.setEscaped(false);
            ctx.changed();
            List<Expression> a = args(f);
            // JDBC's LENGTH counts characters without trailing blanks; the others read like MySQL's.
            Call jdbc = f.getName().equalsIgnoreCase("LENGTH") ? new Call("LENGTH_RTRIM", a)
                    : com.rhosocial.activerecord.dialect.internal.spec.Specs.of(
                    com.rhosocial.activerecord.dialect.Dialect.MYSQL).readFunction(f.getName(), a);
            if (jdbc != null && writeCall(jdbc)) {
                return builder;
            }
        }
        if (rules.function(f)) {
            return builder;
        }
        List<Expression> args = args(f);
        Call call = f.isDistinct() || f.getOrderByElements() != null
                || f.getMultipartName().size() > 1 || f.isAllColumns() && !f.getName().equalsIgnoreCase("COUNT_BIG")
                ? null : from.readFunction(f.getName(), args);
        if (call != null) {
            List<Expression> marked = new ArrayList<>(call.args().size());
            for (int i = 0; i < call.args().size(); i++) {
                Expression e = call.args().get(i);
                marked.add(i == 0 && call.name().equals("IF") ? Marked.condition(e) : Marked.value(e));
            }
            call = new Call(call.name(), marked, call.unit());
            if (writeCall(call)) {
                ctx.changed();
                return builder;
            }
        }
        if (f.getParameters() != null && !f.isAllColumns()) {
            ExpressionList<?> params = f.getParameters();
            for (int i = 0; i < params.size(); i++) {
                Expression e = params.get(i);
                Expression v = Marked.value(e);
                if (v != e) {
                    @SuppressWarnings("unchecked")
                    ExpressionList<Expression> p = (ExpressionList<Expression>) params;
                    p.set(i, v);
                }
            }
        }
        return super.visit(f, context);
    }

    static List<Expression> args(Function f) {
        ExpressionList<?> p = f.getParameters();
        if (p == null && f.getNamedParameters() != null) {
            // SUBSTRING(s FROM a FOR b), POSITION(... IN ...) and friends: keep the expressions in order.
            return new ArrayList<>(f.getNamedParameters().getExpressions());
        }
        if (p != null && p.size() == 1 && p.get(0) instanceof net.sf.jsqlparser.expression.operators.relational.InExpression in
                && f.getName() != null && f.getName().equalsIgnoreCase("POSITION")
                && in.getRightExpression() != null) {
            // POSITION(sub IN s) is parsed as POSITION applied to an IN expression.
            return new ArrayList<>(List.of(in.getLeftExpression(), in.getRightExpression()));
        }
        return p == null ? List.of() : new ArrayList<>(p);
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.UserVariable v, S context) {
        // @@ROWCOUNT, @@IDENTITY: system variables that other dialects spell as functions.
        Call call = v.isDoubleAdd() && v.getName() != null
                ? from.readFunction("@@" + v.getName().toUpperCase(java.util.Locale.ROOT), List.of()) : null;
        if (call != null && writeCall(call)) {
            ctx.changed();
            return builder;
        }
        return super.visit(v, context);
    }

    @Override
    public <S> StringBuilder visit(Column c, S context) {
        if (rules.column(c)) {
            return builder;
        }
        return super.visit(c, context);
    }

    @Override
    public <S> StringBuilder visit(TimeKeyExpression t, S context) {
        String canonical = from.niladic(t.getStringValue());
        if (canonical == null) {
            canonical = switch (t.getStringValue().toUpperCase(Locale.ROOT).replace("()", "")) {
                case "CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "CURRENT_TIMESTAMP(0)" -> "NOW";
                case "CURRENT_DATE" -> "CURRENT_DATE";
                case "CURRENT_TIME", "LOCALTIME" -> "CURRENT_TIME";
                default -> null;
            };
        }
        if (canonical != null && writeCall(new Call(canonical, List.of()))) {
            return builder;
        }
        return super.visit(t, context);
    }

    @Override
    public <S> StringBuilder visit(StringValue s, S context) {
        rules.string(s);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(BooleanValue b, S context) {
        builder.append(to.booleanLiteral(b.getValue()));
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Concat c, S context) {
        rules.concat(c);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Addition a, S context) {
        if (!rules.addition(a)) {
            super.visit(a, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Subtraction a, S context) {
        if (!rules.subtraction(a)) {
            super.visit(a, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.arithmetic.Multiplication m, S context) {
        if (!rules.multiplication(m)) {
            super.visit(m, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Division d, S context) {
        if (!rules.division(d)) {
            super.visit(d, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(IntegerDivision d, S context) {
        rules.integerDivision(d);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(Modulo m, S context) {
        rules.modulo(m);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(LikeExpression l, S context) {
        if (!rules.like(l)) {
            super.visit(l, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.CollateExpression c, S context) {
        if (!com.rhosocial.activerecord.dialect.internal.rules.BinaryCollation.render(this, c)) {
            super.visit(c, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(EqualsTo e, S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!rules.comparison(e, " = ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.GreaterThan e, S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!com.rhosocial.activerecord.dialect.internal.rules.TemporalParameters.comparison(this,
                e.getLeftExpression(), e.getRightExpression(), " > ")
                && !com.rhosocial.activerecord.dialect.internal.rules.Conversions.numericComparison(this,
                e.getLeftExpression(), e.getRightExpression(), " > ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals e,
                                   S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!com.rhosocial.activerecord.dialect.internal.rules.TemporalParameters.comparison(this,
                e.getLeftExpression(), e.getRightExpression(), " >= ")
                && !com.rhosocial.activerecord.dialect.internal.rules.Conversions.numericComparison(this,
                e.getLeftExpression(), e.getRightExpression(), " >= ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.MinorThan e, S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!com.rhosocial.activerecord.dialect.internal.rules.TemporalParameters.comparison(this,
                e.getLeftExpression(), e.getRightExpression(), " < ")
                && !com.rhosocial.activerecord.dialect.internal.rules.Conversions.numericComparison(this,
                e.getLeftExpression(), e.getRightExpression(), " < ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.MinorThanEquals e,
                                   S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!com.rhosocial.activerecord.dialect.internal.rules.TemporalParameters.comparison(this,
                e.getLeftExpression(), e.getRightExpression(), " <= ")
                && !com.rhosocial.activerecord.dialect.internal.rules.Conversions.numericComparison(this,
                e.getLeftExpression(), e.getRightExpression(), " <= ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.Between b, S context) {
        if (!com.rhosocial.activerecord.dialect.internal.rules.TemporalParameters.between(this, b)) {
            super.visit(b, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(NotEqualsTo e, S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.Quantified.render(this, e, e.getStringExpression())) {
            return builder;
        }
        if (!rules.comparison(e, " <> ")) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(RegExpMatchOperator r, S context) {
        if (!rules.regexp(r)) {
            super.visit(r, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.InExpression in, S context) {
        if (!rules.in(in)) {
            super.visit(in, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.arithmetic.BitwiseXor x, S context) {
        // MySQL's a ^ b is the bitwise XOR; PostgreSQL spells it #, SQLite has no XOR operator
        String op = from.caretIsXor() ? to.bitwiseXor() : null;
        if (op == null || op.equals("^")) {
            return super.visit(x, context);
        }
        ctx.changed();
        if (op.isEmpty()) {
            String a = capture(x.getLeftExpression());
            String b = capture(x.getRightExpression());
            text("((" + a + " | " + b + ") - (" + a + " & " + b + "))");
        } else {
            text("(").expr(x.getLeftExpression()).text(" " + op + " ").expr(x.getRightExpression()).text(")");
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(XorExpression x, S context) {
        if (!rules.xor(x)) {
            super.visit(x, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(CastExpression c, S context) {
        rules.cast(c);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(TranscodingFunction t, S context) {
        if (!rules.convert(t)) {
            super.visit(t, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(ExtractExpression e, S context) {
        if (!rules.extract(e)) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(IntervalExpression e, S context) {
        if (!rules.interval(e)) {
            super.visit(e, context);
        }
        return builder;
    }

    @Override
    public <S> StringBuilder visit(DateValue d, S context) {
        rules.temporalLiteral("DATE", d.getValue().toString());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(TimestampValue t, S context) {
        rules.temporalLiteral("TIMESTAMP", t.getRawValue() != null ? stripQuotes(t.getRawValue()) : t.getValue().toString());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(TimeValue t, S context) {
        rules.temporalLiteral("TIME", t.getValue().toString());
        return builder;
    }

    private static String stripQuotes(String s) {
        return s.length() >= 2 && s.charAt(0) == '\'' ? s.substring(1, s.length() - 1) : s;
    }

    @Override
    public <S> StringBuilder visit(MySQLGroupConcat g, S context) {
        rules.groupConcat(g);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(AnalyticExpression a, S context) {
        if (!to.supportsWindowFunctions()) {
            ctx.unsupported("window-functions", a.getName(), to + " has no window functions (" + a.getName() + " OVER)");
            return builder;
        }
        if (!rules.analytic(a)) {
            super.visit(a, context);
        }
        return builder;
    }

    /** The base deparser, for rules that adjusted a window function and want it printed. */
    public void plainAnalytic(AnalyticExpression a) {
        super.visit(a, null);
    }

    @Override
    public <S> StringBuilder visit(ExpressionList<? extends Expression> list, S context) {
        if (list instanceof Marked m) {
            if (m.kind() == Marked.Kind.CONDITION) {
                BooleanContext.render(this, m.expression());
            } else {
                BooleanContext.renderValue(this, m.expression());
            }
            return builder;
        }
        return super.visit(list, context);
    }

    @Override
    public <S> StringBuilder visit(AndExpression a, S context) {
        BooleanContext.render(this, a.getLeftExpression());
        builder.append(" AND ");
        BooleanContext.render(this, a.getRightExpression());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(OrExpression o, S context) {
        BooleanContext.render(this, o.getLeftExpression());
        builder.append(" OR ");
        BooleanContext.render(this, o.getRightExpression());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(NotExpression n, S context) {
        builder.append("NOT ");
        BooleanContext.render(this, n.getExpression());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.ArrayConstructor a, S context) {
        if (!to.supportsArrays() && from.supportsArrays()) {
            ctx.unsupported("array", "ARRAY", to.dialect() + " has no array type for ARRAY[...]");
        }
        return super.visit(a, context);
    }

    /** PostgreSQL's JSON operators as path extraction on targets without them. */
    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.JsonExpression j, S context) {
        if (ctx.from().family().equals("POSTGRESQL") && !ctx.to().family().equals("POSTGRESQL")) {
            com.rhosocial.activerecord.dialect.internal.spec.Call c =
                    com.rhosocial.activerecord.dialect.internal.spec.JsonFunctions.fromPostgresOperators(j);
            if (c != null) {
                ctx.changed();
                writeCall(c);
                return builder;
            }
        }
        com.rhosocial.activerecord.dialect.internal.spec.Call sqlite = sqliteTextArrow(j);
        if (sqlite != null) {
            ctx.changed();
            writeCall(sqlite);
            return builder;
        }
        return super.visit(j, context);
    }

    /**
     * SQLite {@code doc ->> '$.a.b'} (or {@code ->> 'a'}, {@code ->> 1}): the SQL value at that path, which is
     * what its json_extract gives for a scalar; read as the same canonical call. Null for other shapes.
     */
    private com.rhosocial.activerecord.dialect.internal.spec.Call sqliteTextArrow(
            net.sf.jsqlparser.expression.JsonExpression j) {
        if (!ctx.from().family().equals("SQLITE") || ctx.to().family().equals("SQLITE")
                || j.getIdentList() == null || j.getIdentList().size() != 1
                || !"->>".equals(j.getIdentList().get(0).getValue())) {
            return null;
        }
        Expression key = j.getIdentList().get(0).getKey();
        String path = key instanceof net.sf.jsqlparser.expression.LongValue n ? "$[" + n.getValue() + "]"
                : key instanceof StringValue k ? (k.getValue().startsWith("$") ? k.getValue()
                : k.getValue().matches("[A-Za-z_][A-Za-z0-9_]*") ? "$." + k.getValue() : null) : null;
        if (path == null || com.rhosocial.activerecord.dialect.internal.spec.Json.pathKeys(path) == null) {
            return null;
        }
        return new com.rhosocial.activerecord.dialect.internal.spec.Call("JSON_TEXT",
                java.util.List.of(j.getExpression(), new StringValue(path)));
    }

    /** MySQL's JSON_OBJECT(k, v, ...) as the canonical call, for targets that spell it otherwise. */
    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.JsonFunction f, S context) {
        if (ctx.from().family().equals("MYSQL") && !ctx.to().family().equals("MYSQL")
                && (f.getType() == net.sf.jsqlparser.expression.JsonFunctionType.MYSQL_OBJECT
                || f.getType() == net.sf.jsqlparser.expression.JsonFunctionType.OBJECT)
                && f.getOnNullType() == null && f.getUniqueKeysType() == null) {
            java.util.List<Expression> args = new java.util.ArrayList<>();
            for (net.sf.jsqlparser.expression.JsonKeyValuePair kv : f.getKeyValuePairs()) {
                Expression k = kv.getKey() instanceof Expression e ? e
                        : kv.getKey() instanceof String t && t.length() >= 2 && t.startsWith("'") && t.endsWith("'")
                        ? new StringValue(t.substring(1, t.length() - 1).replace("''", "'")) : null;
                if (k == null || !(kv.getValue() instanceof Expression v)) {
                    return super.visit(f, context);
                }
                args.add(k);
                args.add(v);
            }
            ctx.changed();
            writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("JSON_OBJECT", args));
            return builder;
        }
        return super.visit(f, context);
    }

    /** MySQL's JSON_ARRAYAGG(x) as the canonical call. */
    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.JsonAggregateFunction f, S context) {
        if (ctx.from().family().equals("MYSQL") && !ctx.to().family().equals("MYSQL")
                && f.getType() == net.sf.jsqlparser.expression.JsonFunctionType.ARRAY && f.getExpression() != null
                && (f.getExpressionOrderByElements() == null || f.getExpressionOrderByElements().isEmpty())
                && f.getFilterExpression() == null
                && (f.getAnalyticType() == null || f.getAnalyticType() == net.sf.jsqlparser.expression.AnalyticType.FILTER_ONLY)) {
            ctx.changed();
            writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("JSON_ARRAYAGG", java.util.List.of(f.getExpression())));
            return builder;
        }
        return super.visit(f, context);
    }

    private boolean simpleCase;

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.CaseExpression c, S context) {
        if (c.getSwitchExpression() != null && ctx.preserve()
                && ctx.from().caseInsensitiveStrings() != ctx.to().caseInsensitiveStrings()
                && c.getWhenClauses().stream().anyMatch(w -> w.getWhenExpression() instanceof StringValue
                || w.getWhenExpression() instanceof net.sf.jsqlparser.expression.JdbcParameter)) {
            // CASE x WHEN 'v' (or ?) compares like '=': as a searched CASE the comparison rules keep the source's
            // collation (for a parameter, when the schema says x is text).
            net.sf.jsqlparser.expression.CaseExpression searched = new net.sf.jsqlparser.expression.CaseExpression();
            java.util.List<WhenClause> whens = new java.util.ArrayList<>();
            for (WhenClause w : c.getWhenClauses()) {
                WhenClause n = new WhenClause();
                n.setWhenExpression(new net.sf.jsqlparser.expression.operators.relational.EqualsTo(
                        c.getSwitchExpression(), w.getWhenExpression()));
                n.setThenExpression(w.getThenExpression());
                whens.add(n);
            }
            searched.setWhenClauses(whens);
            searched.setElseExpression(c.getElseExpression());
            ctx.changed();
            return visit(searched, context);
        }
        boolean saved = simpleCase;
        simpleCase = c.getSwitchExpression() != null;
        try {
            return super.visit(c, context);
        } finally {
            simpleCase = saved;
        }
    }

    @Override
    public <S> StringBuilder visit(WhenClause w, S context) {
        builder.append("WHEN ");
        Expression when = w.getWhenExpression();
        if (simpleCase) {
            // CASE x WHEN v: v is a value compared with x, not a condition.
            boolean saved = simpleCase;
            simpleCase = false;
            when.accept(this, null);
            simpleCase = saved;
        } else {
            BooleanContext.render(this, when);
        }
        builder.append(" THEN ");
        BooleanContext.renderValue(this, w.getThenExpression());
        builder.append(' ');
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.CosineSimilarity c, S context) {
        if (from.family().equals("MYSQL")) {
            rules.nullSafeEquals(c.getLeftExpression(), c.getRightExpression(), false);
            return builder;
        }
        return super.visit(c, context);
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression d, S context) {
        rules.nullSafeEquals(d.getLeftExpression(), d.getRightExpression(), !d.isNot());
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.DateTimeLiteralExpression d, S context) {
        String v = d.getValue();
        if (v.length() >= 2 && v.startsWith("'")) {
            v = v.substring(1, v.length() - 1);
        }
        rules.temporalLiteral(d.getType().name(), v);
        return builder;
    }

    @Override
    public <S> StringBuilder visit(net.sf.jsqlparser.expression.TrimFunction t, S context) {
        if (!rules.trim(t)) {
            super.visit(t, context);
        }
        return builder;
    }

    /** Renders through the base deparser, bypassing the rules (for rules that only wrap a node). */
    public void plain(Expression e) {
        if (e instanceof Function f) {
            super.visit(f, null);
        } else if (e instanceof Column c) {
            super.visit(c, null);
        } else {
            e.accept(this, null);
        }
    }
}
