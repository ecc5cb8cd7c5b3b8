package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.TableInfo;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.schema.Column;

/**
 * Whether an expression holds a date (no time of day) or a timestamp, as far as can be told from literals,
 * functions and {@code SchemaInfo}. Date arithmetic needs it: MySQL's {@code DATE_ADD} on a DATE returns a DATE,
 * PostgreSQL's {@code date + interval} a timestamp; SQLite keeps dates as text.
 */
public final class Temporal {

    /** Kind of temporal value. */
    public enum Kind { DATE, TIMESTAMP, UNKNOWN }

    private Temporal() {
    }

    public static Kind of(Expression e, RenderContext ctx) {
        if (e instanceof DateValue) {
            return Kind.DATE;
        }
        if (e instanceof TimestampValue) {
            return Kind.TIMESTAMP;
        }
        if (e instanceof net.sf.jsqlparser.expression.DateTimeLiteralExpression d) {
            return d.getType().name().equals("DATE") ? Kind.DATE : Kind.TIMESTAMP;
        }
        if (e instanceof StringValue s) {
            return s.getValue().trim().length() <= 10 ? Kind.DATE : Kind.TIMESTAMP;
        }
        if (e instanceof TimeKeyExpression t) {
            return t.getStringValue().toUpperCase(Locale.ROOT).contains("DATE") ? Kind.DATE : Kind.TIMESTAMP;
        }
        if (e instanceof CastExpression c && c.getColDataType() != null) {
            String t = c.getColDataType().getDataType().toUpperCase(Locale.ROOT);
            if (t.equals("DATE") && ctx.from().family().equals("ORACLE")) {
                // Oracle's DATE keeps the time of day
                return Kind.TIMESTAMP;
            }
            return t.equals("DATE") ? Kind.DATE : t.contains("TIME") ? Kind.TIMESTAMP : Kind.UNKNOWN;
        }
        if (e instanceof Function f && f.getName() != null) {
            String n = f.getName().toUpperCase(Locale.ROOT);
            switch (n) {
                case "CURDATE", "CURRENT_DATE", "DATE", "LAST_DAY", "TO_DATE", "MAKEDATE", "EOMONTH", "MAKE_DATE" -> {
                    return Kind.DATE;
                }
                case "NOW", "SYSDATE", "GETDATE", "SYSDATETIME", "CURRENT_TIMESTAMP", "DATETIME", "LOCALTIMESTAMP",
                        "UTC_TIMESTAMP", "TO_TIMESTAMP", "STR_TO_DATE" -> {
                    return Kind.TIMESTAMP;
                }
                case "TRUNC" -> {
                    // Oracle TRUNC(d [, 'fmt']) of a date is a date at midnight (elsewhere TRUNC is numeric).
                    List<? extends Expression> p = f.getParameters() == null ? List.of() : f.getParameters();
                    return ctx.from().family().equals("ORACLE") && (p.size() == 1
                            || p.size() == 2 && p.get(1) instanceof StringValue) && of(p.get(0), ctx) != Kind.UNKNOWN
                            ? Kind.DATE : Kind.UNKNOWN;
                }
                case "MIN", "MAX", "COALESCE", "GREATEST", "LEAST" -> {
                    // an aggregate or a choice among dates is a date (date minus date on MAX(d) - MIN(d))
                    List<? extends Expression> p = f.getParameters() == null ? List.of() : f.getParameters();
                    return p.isEmpty() || f instanceof CallNode ? Kind.UNKNOWN : of(p.get(0), ctx);
                }
                case "DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE", "DATEADD", "ADD_MONTHS" -> {
                    return f.getParameters() != null && !f.getParameters().isEmpty()
                            ? of(f.getParameters().get(n.equals("DATEADD") ? 2 : 0), ctx) : Kind.UNKNOWN;
                }
                default -> {
                    return Kind.UNKNOWN;
                }
            }
        }
        if (e instanceof net.sf.jsqlparser.expression.AnalyticExpression a && a.getExpression() != null) {
            // LAG(d) OVER (...), MAX(d) OVER (...): a value of the argument's kind (gaps between consecutive dates)
            String n = a.getName() == null ? "" : a.getName().toUpperCase(Locale.ROOT);
            return switch (n) {
                case "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "NTH_VALUE", "MIN", "MAX" -> of(a.getExpression(), ctx);
                default -> Kind.UNKNOWN;
            };
        }
        if (e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> l && l.size() == 1) {
            return of(l.get(0), ctx);
        }
        if ((e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Addition
                || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction)
                && ctx.from().dateArithmeticInDays() && !ctx.from().family().equals("ORACLE")
                && ((net.sf.jsqlparser.expression.BinaryExpression) e).getRightExpression()
                instanceof net.sf.jsqlparser.expression.LongValue) {
            // PostgreSQL date + n (days) is a date
            Kind k = of(((net.sf.jsqlparser.expression.BinaryExpression) e).getLeftExpression(), ctx);
            return k == Kind.DATE ? Kind.DATE : Kind.UNKNOWN;
        }
        if (e instanceof Column c) {
            String name = c.getColumnName().toUpperCase(Locale.ROOT);
            if (c.getTable() == null && (name.equals("SYSDATE") || name.equals("SYSTIMESTAMP"))) {
                return Kind.TIMESTAMP;
            }
            Optional<TableInfo.ColumnInfo> info = ctx.column(c.getTable() == null ? null : c.getTable().getName(),
                    c.getColumnName());
            if (info.isPresent()) {
                int t = info.get().jdbcType();
                if (t == Types.DATE) {
                    return Kind.DATE;
                }
                if (t == Types.TIMESTAMP || t == Types.TIMESTAMP_WITH_TIMEZONE) {
                    return Kind.TIMESTAMP;
                }
                String tn = info.get().typeName().toUpperCase(Locale.ROOT);
                if (tn.equals("DATE")) {
                    return Kind.DATE;
                }
                if (tn.contains("TIME")) {
                    return Kind.TIMESTAMP;
                }
            }
        }
        return Kind.UNKNOWN;
    }

    /** True for units of a day or more (the result of adding them to a DATE stays a DATE in MySQL). */
    public static boolean dateUnit(String unit) {
        return switch (unit) {
            case "DAY", "WEEK", "MONTH", "QUARTER", "YEAR" -> true;
            default -> false;
        };
    }
}
