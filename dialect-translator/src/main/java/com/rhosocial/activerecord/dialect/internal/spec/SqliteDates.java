package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * SQLite's {@code date(d, modifier, ...)} and {@code datetime(...)}: 'now', '+N days', '-N months',
 * 'start of month/year/day' and 'localtime'/'utc' are read into nested canonical calls.
 */
final class SqliteDates {
    private static final Pattern WEEKDAY = Pattern.compile("weekday\\s+([0-6])");
    private static final Pattern SHIFT = Pattern.compile("([+-]?\\d+)\\s+(\\w+)");

    private SqliteDates() {
    }

    static FunctionReader reader(boolean datetime) {
        return (name, a) -> {
            if (a.isEmpty()) {
                return null;
            }
            Expression value = a.get(0);
            if (a.size() == 2 && !(value instanceof StringValue) && a.get(1) instanceof StringValue u
                    && u.getValue().trim().equalsIgnoreCase("unixepoch")) {
                // datetime(n, 'unixepoch'): n seconds after 1970-01-01 00:00:00 (UTC, no zone applied).
                Call ts = new Call("FROM_UNIX_SECONDS", List.of(value));
                return datetime ? ts : new Call("DATE_ONLY", List.of(new CallNode(ts)));
            }
            if (value instanceof StringValue s && s.getValue().equalsIgnoreCase("now")) {
                value = new CallNode(new Call(datetime ? "NOW" : "CURRENT_DATE", List.of()));
                if (a.size() == 1 || onlyZones(a)) {
                    return ((CallNode) value).call();
                }
            }
            for (int i = 1; i < a.size(); i++) {
                if (a.get(i) instanceof net.sf.jsqlparser.expression.operators.arithmetic.Concat built) {
                    // A modifier built at run time: '+' || n || ' days', ? || ' months', '-' || ? || ' day'.
                    Expression shifted = computedShift(value, built);
                    if (shifted == null) {
                        return null;
                    }
                    value = shifted;
                    continue;
                }
                if (!(a.get(i) instanceof StringValue m)) {
                    return null;
                }
                String mod = m.getValue().trim().toLowerCase(Locale.ROOT);
                if (mod.equals("localtime") || mod.equals("utc")) {
                    continue;
                }
                Matcher wd = WEEKDAY.matcher(mod);
                if (wd.matches()) {
                    // 'weekday N': the first date on or after the value falling on day N (0 = Sunday); the
                    // distance in days is (N - dow + 7) % 7.
                    Expression dow = new CallNode(new Call("DOW0", List.of(value)));
                    Expression days = new ParenthesedExpressionList<>(new Modulo(new ParenthesedExpressionList<>(new Addition(
                            new Subtraction(new LongValue(wd.group(1)), dow), new LongValue(7))), new LongValue(7)));
                    value = new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(value, days)), "DAY"));
                    continue;
                }
                if (mod.startsWith("start of ")) {
                    String unit = DateReaders.unit(mod.substring(9));
                    if (unit == null) {
                        return null;
                    }
                    value = new CallNode(unit.equals("DAY") ? new Call("DATE_ONLY", List.of(value))
                            : new Call("DATE_TRUNC", List.of(value), unit));
                    continue;
                }
                Matcher mm = SHIFT.matcher(mod);
                if (!mm.matches()) {
                    return null;
                }
                String unit = DateReaders.unit(mm.group(2));
                if (unit == null) {
                    return null;
                }
                String n = mm.group(1).startsWith("+") ? mm.group(1).substring(1) : mm.group(1);
                if ((unit.equals("MONTH") || unit.equals("YEAR")) && Long.parseLong(n) != 0) {
                    value = monthShift(value, new LongValue(n), unit);
                    continue;
                }
                value = new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(value, new LongValue(n))), unit));
            }
            return datetime ? null == value ? null : asCall(value) : new Call("DATE_ONLY", List.of(value));
        };
    }

    /**
     * '+N months' / '+N years' the SQLite way: the year and month move, the day of month stays, and a day past the
     * month's end overflows into the next month ('2024-01-31' +1 month is '2024-03-02'; the other engines clamp to
     * '2024-02-29'). Written as: back to the 1st, shift (never clamps), then forward day - 1 days.
     */
    private static Expression monthShift(Expression value, Expression n, String unit) {
        Expression dayLess1 = new ParenthesedExpressionList<>(new Subtraction(
                new CallNode(new Call("EXTRACT", List.of(value), "DAY")), new LongValue(1)));
        Expression first = new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(value,
                new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                        .withLeftExpression(new LongValue(-1)).withRightExpression(dayLess1))), "DAY"));
        Expression shifted = new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(first, n)), unit));
        return new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(shifted, dayLess1)), "DAY"));
    }

    /** DATE_ADD of a modifier {@code ['+'|'-' ||] n || ' unit'}, or null for any other concatenation. */
    private static Expression computedShift(Expression value, net.sf.jsqlparser.expression.operators.arithmetic.Concat c) {
        List<Expression> parts = new ArrayList<>();
        flatten(c, parts);
        if (parts.size() < 2 || parts.size() > 3 || !(parts.get(parts.size() - 1) instanceof StringValue u)) {
            return null;
        }
        Matcher um = Pattern.compile("\\s+(\\w+)").matcher(u.getValue());
        String unit = um.matches() ? DateReaders.unit(um.group(1)) : null;
        if (unit == null) {
            return null;
        }
        boolean negative = false;
        if (parts.size() == 3) {
            if (!(parts.get(0) instanceof StringValue sign) || !(sign.getValue().equals("+") || sign.getValue().equals("-"))) {
                return null;
            }
            negative = sign.getValue().equals("-");
        }
        Expression n = parts.get(parts.size() - 2);
        if (n instanceof StringValue) {
            return null;
        }
        if (n instanceof net.sf.jsqlparser.expression.JdbcParameter) {
            // A bound count has no type of its own on PostgreSQL; SQLite reads it as a number.
            net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
            cast.setLeftExpression(n);
            cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("NUMERIC"));
            n = cast;
        }
        if (negative) {
            n = new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                    .withLeftExpression(new LongValue(-1)).withRightExpression(new ParenthesedExpressionList<>(n));
        }
        return new CallNode(new Call("DATE_ADD", new ArrayList<>(List.of(value, n)), unit));
    }

    private static void flatten(Expression e, List<Expression> out) {
        if (e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Concat c) {
            flatten(c.getLeftExpression(), out);
            flatten(c.getRightExpression(), out);
        } else {
            out.add(e);
        }
    }

    private static boolean onlyZones(List<Expression> a) {
        for (int i = 1; i < a.size(); i++) {
            if (!(a.get(i) instanceof StringValue s) || !(s.getValue().equalsIgnoreCase("localtime")
                    || s.getValue().equalsIgnoreCase("utc"))) {
                return false;
            }
        }
        return true;
    }

    private static Call asCall(Expression value) {
        if (value instanceof CallNode c) {
            return c.call();
        }
        return new Call("TO_TIMESTAMP", List.of(value));
    }
}
