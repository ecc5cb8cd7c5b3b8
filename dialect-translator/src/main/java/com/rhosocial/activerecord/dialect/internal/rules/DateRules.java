package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.Call;
import com.rhosocial.activerecord.dialect.internal.spec.DateReaders;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.spec.Temporal;
import java.util.List;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;

/**
 * Date and time operators (the functions are in the dialects' function tables): {@code d + INTERVAL ...},
 * Oracle's {@code date + n} (days), {@code EXTRACT(unit FROM d)} and temporal literals.
 */
public final class DateRules {
    private final ExpressionRenderer r;
    private final RenderContext ctx;

    DateRules(ExpressionRenderer r) {
        this.r = r;
        this.ctx = r.ctx();
    }

    /** DATE '...', TIMESTAMP '...', JDBC {d ...} and {ts ...}. */
    void literal(String kind, String value) {
        r.text(ctx.to().temporalLiteral(kind, value));
    }

    boolean function(String name, Function f) {
        return false;
    }

    /** {@code d + INTERVAL n unit} / {@code d - INTERVAL ...}, and Oracle {@code date + n}. */
    boolean addition(BinaryExpression e, boolean subtract) {
        Expression a = e.getLeftExpression();
        Expression b = e.getRightExpression();
        IntervalExpression iv = b instanceof IntervalExpression i ? i : null;
        Expression date = a;
        if (iv == null && !subtract && a instanceof IntervalExpression i2) {
            iv = i2;
            date = b;
        }
        Call ivCall = intervalCall(b);
        if (ivCall == null && !subtract && iv == null) {
            ivCall = intervalCall(a);
            if (ivCall != null) {
                date = b;
            }
        }
        if (iv == null && ivCall != null) {
            // Oracle NUMTODSINTERVAL(n, 'HOUR') / NUMTOYMINTERVAL(n, 'MONTH'): an interval of n units.
            Expression n = subtract ? DateReaders.negate(ivCall.arg(0)) : ivCall.arg(0);
            ctx.changed();
            return r.writeCall(new Call("DATE_ADD", List.of(date, n), ivCall.unit()));
        }
        if (iv != null) {
            DateReaders.Interval in = DateReaders.interval(iv);
            List<DateReaders.Interval> steps = in == null || in.unit() == null ? DateReaders.compound(iv) : null;
            if (steps != null) {
                // '1 month - 1 day': one DATE_ADD per part, months first, as PostgreSQL applies them
                Expression d = date;
                for (DateReaders.Interval step : steps) {
                    d = new com.rhosocial.activerecord.dialect.internal.spec.CallNode(new Call("DATE_ADD",
                            List.of(d, subtract ? DateReaders.negate(step.amount()) : step.amount()), step.unit()));
                }
                ctx.changed();
                r.expr(d);
                return true;
            }
            if (in == null || in.unit() == null) {
                return false;
            }
            Expression n = subtract ? DateReaders.negate(in.amount()) : in.amount();
            ctx.changed();
            return r.writeCall(new Call("DATE_ADD", List.of(date, n), in.unit()));
        }
        boolean days = ctx.from().dateArithmeticInDays() && !ctx.to().family().equals(ctx.from().family());
        Temporal.Kind ka = Temporal.of(a, ctx);
        boolean dateOperand = ctx.from().family().equals("ORACLE") ? ka != Temporal.Kind.UNKNOWN
                : ka == Temporal.Kind.DATE;
        // T-SQL: DATETIME + number counts days too (DATE and DATETIME2 refuse it, so a valid one is a DATETIME)
        boolean tsqlDays = ctx.from().family().equals("SQLSERVER") && !ctx.to().family().equals("SQLSERVER")
                && ka == Temporal.Kind.TIMESTAMP;
        if (tsqlDays) {
            days = true;
            dateOperand = true;
        }
        if (days && dateOperand && Typing.of(b, ctx) == Typing.Kind.INTEGER) {
            // Oracle: DATE + number adds days.
            Expression n = subtract ? DateReaders.negate(b) : b;
            ctx.changed();
            return r.writeCall(new Call("DATE_ADD", List.of(a, n), "DAY"));
        }
        if (days && dateOperand && dayFraction(b)) {
            // Oracle: DATE + 1/24 adds an hour. The fraction becomes whole seconds (a DATE keeps seconds), the
            // numerator multiplied first so that a target dividing with few decimals (MariaDB) stays exact.
            Expression secs = b instanceof net.sf.jsqlparser.expression.operators.arithmetic.Division d
                    ? new net.sf.jsqlparser.expression.operators.arithmetic.Division()
                            .withLeftExpression(new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                                    .withLeftExpression(d.getLeftExpression())
                                    .withRightExpression(new net.sf.jsqlparser.expression.LongValue(86400)))
                            .withRightExpression(d.getRightExpression())
                    : new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                            .withLeftExpression(b).withRightExpression(new net.sf.jsqlparser.expression.LongValue(86400));
            Expression n = new net.sf.jsqlparser.expression.Function().withName("ROUND")
                    .withParameters(new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(secs));
            ctx.changed();
            return r.writeCall(new Call("DATE_ADD", List.of(a, subtract ? DateReaders.negate(n) : n), "SECOND"));
        }
        Temporal.Kind kb = Temporal.of(b, ctx);
        boolean bothDates = ctx.from().family().equals("ORACLE")
                ? ka != Temporal.Kind.UNKNOWN && kb != Temporal.Kind.UNKNOWN
                : ka == Temporal.Kind.DATE && kb == Temporal.Kind.DATE;
        if (days && subtract && bothDates) {
            ctx.changed();
            if (ka != Temporal.Kind.DATE || kb != Temporal.Kind.DATE) {
                // Oracle DATE/TIMESTAMP minus DATE: days with the time of day as a fraction (SYSDATE - hire_date).
                return r.writeCall(new Call("DAYS_BETWEEN_EXACT", List.of(a, b)));
            }
            return r.writeCall(new Call("DATEDIFF_DAYS", List.of(a, b)));
        }
        return false;
    }

    /** A day count with a fraction: a decimal literal or a division of integer literals (1/24, 90/1440). */
    private boolean dayFraction(Expression b) {
        if (b instanceof net.sf.jsqlparser.expression.operators.arithmetic.Division d) {
            return Typing.of(d.getLeftExpression(), ctx) == Typing.Kind.INTEGER
                    && Typing.of(d.getRightExpression(), ctx) == Typing.Kind.INTEGER;
        }
        return Typing.of(b, ctx) == Typing.Kind.EXACT && !(b instanceof net.sf.jsqlparser.schema.Column);
    }

    /** A source function that builds an interval of n units ({@code INTERVAL_OF}), or null. */
    private Call intervalCall(Expression e) {
        if (!(e instanceof net.sf.jsqlparser.expression.Function f) || f.getParameters() == null) {
            return null;
        }
        Call c = ctx.from().readFunction(f.getName(), new java.util.ArrayList<>(f.getParameters()));
        return c != null && c.name().equals("INTERVAL_OF") && c.unit() != null ? c : null;
    }

    boolean extract(ExtractExpression e) {
        Expression x = e.getExpression();
        while (x instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> l
                && l.size() == 1) {
            x = l.get(0);
        }
        if ("EPOCH".equalsIgnoreCase(e.getName()) && x instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction s
                && Temporal.of(s.getLeftExpression(), ctx) != Temporal.Kind.UNKNOWN
                && Temporal.of(s.getRightExpression(), ctx) != Temporal.Kind.UNKNOWN
                && !ctx.to().family().equals(ctx.from().family())) {
            // PostgreSQL EXTRACT(EPOCH FROM ts1 - ts2): the seconds between two timestamps.
            ctx.changed();
            return r.writeCall(new Call("EPOCH_DIFF", List.of(s.getLeftExpression(), s.getRightExpression())));
        }
        String unit = DateReaders.unit(e.getName());
        if ("EPOCH".equalsIgnoreCase(e.getName()) && !(x instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction)
                && !ctx.to().family().equals(ctx.from().family()) && ctx.to().writer("UNIX_SECONDS") != null) {
            // PostgreSQL EXTRACT(EPOCH FROM ts): seconds since 1970-01-01 00:00:00, the timestamp read as UTC.
            ctx.changed();
            return r.writeCall(new Call("UNIX_SECONDS", List.of(x)));
        }
        if ("YEAR_MONTH".equalsIgnoreCase(e.getName()) && x != null && !ctx.to().family().equals(ctx.from().family())) {
            // MySQL EXTRACT(YEAR_MONTH FROM d): the number YYYYMM
            ctx.changed();
            return r.writeCall(new Call("SAME", List.of(new net.sf.jsqlparser.expression.operators.relational
                    .ParenthesedExpressionList<>(new net.sf.jsqlparser.expression.operators.arithmetic.Addition()
                    .withLeftExpression(new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                            .withLeftExpression(new com.rhosocial.activerecord.dialect.internal.spec.CallNode(
                                    new Call("EXTRACT", List.of(x), "YEAR")))
                            .withRightExpression(new net.sf.jsqlparser.expression.LongValue(100)))
                    .withRightExpression(new com.rhosocial.activerecord.dialect.internal.spec.CallNode(
                            new Call("EXTRACT", List.of(x), "MONTH")))))));
        }
        if (unit == null || e.getExpression() == null) {
            return false;
        }
        if (ctx.from().family().equals("ORACLE") && !ctx.to().family().equals("ORACLE")
                && List.of("DAY", "HOUR", "MINUTE", "SECOND").contains(unit)
                && x instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction s
                && Temporal.of(s.getLeftExpression(), ctx) == Temporal.Kind.TIMESTAMP
                && Temporal.of(s.getRightExpression(), ctx) == Temporal.Kind.TIMESTAMP) {
            // Oracle TIMESTAMP - TIMESTAMP is an INTERVAL DAY TO SECOND: its fields from the seconds between the two
            // (the whole days; the hours, minutes, seconds left over), each with the interval's sign.
            Expression secs = new com.rhosocial.activerecord.dialect.internal.spec.CallNode(
                    new Call("EPOCH_DIFF", List.of(s.getLeftExpression(), s.getRightExpression())));
            long per = switch (unit) {
                case "DAY" -> 86400;
                case "HOUR" -> 3600;
                case "MINUTE" -> 60;
                default -> 1;
            };
            long within = switch (unit) {
                case "HOUR" -> 86400;
                case "MINUTE" -> 3600;
                default -> 60;
            };
            Expression part = unit.equals("DAY") ? secs : new com.rhosocial.activerecord.dialect.internal.spec.CallNode(
                    new Call("MOD", List.of(secs, new net.sf.jsqlparser.expression.LongValue(within))));
            ctx.changed();
            if (per == 1) {
                return r.writeCall(new Call("SAME", List.of(part)));
            }
            return r.writeCall(new Call("TRUNC_NUM", List.of(new net.sf.jsqlparser.expression.operators.arithmetic.Division()
                    .withLeftExpression(part).withRightExpression(new net.sf.jsqlparser.expression.LongValue(per)))));
        }
        Call age = (unit.equals("YEAR") || unit.equals("MONTH")) && !ctx.to().family().equals(ctx.from().family())
                ? DateReaders.ageParts(x, unit) : null;
        if (age != null) {
            // PostgreSQL EXTRACT(YEAR / MONTH FROM age(end, start)): the whole years between the two, and the
            // whole months left over; age(start) counts up to today.
            ctx.changed();
            return r.writeCall(age);
        }
        if (unit.equals("DOW") && ctx.from().dayOfWeekFromZero()) {
            // EXTRACT(DOW ...) in PostgreSQL counts Sunday as 0.
            ctx.changed();
            return r.writeCall(new Call("DOW0", List.of(e.getExpression())));
        }
        if (unit.equals("WEEK") && ctx.from().extractWeekIsIso() && !ctx.to().extractWeekIsIso()) {
            ctx.changed();
            unit = "ISOWEEK";
        }
        return r.writeCall(new Call("EXTRACT", List.of(e.getExpression()), unit));
    }

    boolean interval(IntervalExpression e) {
        return false;
    }

    static boolean isOne(Expression e) {
        return e instanceof LongValue v && v.getValue() == 1;
    }
}
