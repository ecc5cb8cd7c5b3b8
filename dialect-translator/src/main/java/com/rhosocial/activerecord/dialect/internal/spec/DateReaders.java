package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Readers for date functions: units, intervals and format strings are read into canonical form
 * ({@code DATE_ADD} with a unit, {@code FORMAT_DATE} with a strftime-like format, ...).
 */
public final class DateReaders {
    static final Set<String> UNITS = Set.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND",
            "DOY", "DOW", "MICROSECOND", "ISODOW", "ISOWEEK");

    /** An amount and a unit read from an interval. */
    public record Interval(Expression amount, String unit) {
    }

    private DateReaders() {
    }

    /** Canonical unit name of a unit word (day, DAYS, dd, yyyy ...), or null. */
    public static String unit(String word) {
        if (word == null) {
            return null;
        }
        String w = word.trim().replace("'", "").toUpperCase(Locale.ROOT);
        if (w.endsWith("S") && w.length() > 3 && !w.equals("DOS")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "YEAR", "YY", "YYYY", "Y", "RRRR", "SYYYY" -> "YEAR";
            case "QUARTER", "QQ", "Q" -> "QUARTER";
            case "MONTH", "MM", "M", "MON" -> "MONTH";
            case "WEEK", "WK", "WW", "IW" -> "WEEK";
            case "DAY", "DD", "D", "DAYOFMONTH", "DDD", "J" -> "DAY";
            case "HOUR", "HH", "HH24" -> "HOUR";
            case "MINUTE", "MI", "N", "MIN" -> "MINUTE";
            case "SECOND", "SS", "S", "SEC" -> "SECOND";
            case "DAYOFYEAR", "DY", "Y_", "DOY" -> "DOY";
            case "WEEKDAY", "DW", "DOW", "DAYOFWEEK" -> "DOW";
            case "MICROSECOND", "MCS" -> "MICROSECOND";
            case "ISODOW" -> "ISODOW";
            case "ISOWEEK", "ISO_WEEK", "ISOWK", "ISOWW" -> "ISOWEEK";
            default -> null;
        };
    }

    /** Unit written as a bare word, a DateUnitExpression or a string ('day'). */
    public static String unitOf(Expression e) {
        if (e instanceof DateUnitExpression d) {
            return unit(d.toString());
        }
        if (e instanceof Column c) {
            return unit(c.getColumnName());
        }
        if (e instanceof StringValue s) {
            return unit(s.getValue());
        }
        return null;
    }

    /** Reads {@code INTERVAL 1 DAY}, {@code INTERVAL ? MONTH}, {@code INTERVAL '1 day'}, {@code INTERVAL '2' HOUR}. */
    /** MySQL compound interval units: the factor of each part to the smallest unit, and that unit. */
    private static final java.util.Map<String, long[]> COMPOUND = java.util.Map.of(
            "YEAR_MONTH", new long[] {12, 1}, "DAY_HOUR", new long[] {24, 1}, "DAY_MINUTE", new long[] {1440, 60, 1},
            "DAY_SECOND", new long[] {86400, 3600, 60, 1}, "HOUR_MINUTE", new long[] {60, 1},
            "HOUR_SECOND", new long[] {3600, 60, 1}, "MINUTE_SECOND", new long[] {60, 1});

    /**
     * {@code INTERVAL '1:30' HOUR_MINUTE} (MySQL): the parts, right-aligned on the unit's fields, as one count of
     * the smallest field (90 MINUTE); null when the value is not such a literal.
     */
    private static Interval compoundUnit(IntervalExpression i) {
        String type = i.getIntervalType() == null ? null : i.getIntervalType().toUpperCase(java.util.Locale.ROOT);
        long[] f = type == null ? null : COMPOUND.get(type);
        String p = i.getParameter();
        if (f == null || p == null || !p.trim().startsWith("'")) {
            return null;
        }
        p = p.trim();
        p = p.substring(1, p.length() - 1).trim();
        boolean negative = p.startsWith("-");
        String[] parts = (negative ? p.substring(1) : p).split("[^0-9]+");
        if (parts.length == 0 || parts.length > f.length) {
            return null;
        }
        long total = 0;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isEmpty()) {
                return null;
            }
            total += Long.parseLong(parts[k]) * f[f.length - parts.length + k];
        }
        String smallest = type.substring(type.indexOf('_') + 1);
        return new Interval(new LongValue(negative ? -total : total), unit(smallest));
    }

    public static Interval interval(IntervalExpression i) {
        if (i.getIntervalQualifier() != null && i.getIntervalQualifier().getTrailingField() != null
                && i.getExpression() == null && i.getParameter() != null) {
            return compoundInterval(i.getParameter(), i.getIntervalQualifier().getLeadingField(),
                    i.getIntervalQualifier().getTrailingField());
        }
        Interval c = compoundUnit(i);
        if (c != null) {
            return c;
        }
        String unit = i.getIntervalQualifier() != null ? unit(i.getIntervalQualifier().getLeadingField())
                : unit(i.getIntervalType());
        Expression e = i.getExpression();
        if (e != null) {
            if (e instanceof IntervalExpression inner) {
                Interval in = interval(inner);
                return new Interval(in.amount(), unit != null ? unit : in.unit());
            }
            String[] inner = new String[1];
            Expression amount = stripUnit(e, inner);
            return new Interval(amount, unit != null ? unit : inner[0]);
        }
        String p = i.getParameter();
        if (p == null) {
            return null;
        }
        p = p.trim();
        if (p.startsWith("'")) {
            p = p.substring(1, p.length() - 1).trim();
        }
        String[] parts = p.split("\\s+");
        if (parts.length == 2) {
            unit = unit(parts[1]);
            p = parts[0];
        }
        if (unit == null || !p.matches("[-+]?\\d+")) {
            return null;
        }
        long n = Long.parseLong(p.startsWith("+") ? p.substring(1) : p);
        return new Interval(new LongValue(n), unit);
    }

    /**
     * A PostgreSQL interval literal of several parts ({@code '1 month - 1 day'}, {@code '1 year 2 months'},
     * {@code '2 hours 30 minutes'}) as the steps PostgreSQL applies in order: whole months, then days, then
     * seconds (years and weeks folded into months and days). Null for one part (see {@link #interval}) or anything
     * else ('ago', '1:30', fractions).
     */
    public static List<Interval> compound(IntervalExpression i) {
        if (i.getExpression() != null || i.getParameter() == null || i.getIntervalType() != null
                || i.getIntervalQualifier() != null) {
            return null;
        }
        String p = i.getParameter().trim();
        if (!p.startsWith("'")) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([-+]?)\\s*(\\d+)\\s*([A-Za-z]+)")
                .matcher(p.substring(1, p.length() - 1));
        long months = 0;
        long days = 0;
        long seconds = 0;
        int parts = 0;
        int end = 0;
        java.util.Set<String> timeUnits = new java.util.LinkedHashSet<>();
        while (m.find() && m.start() == end) {
            end = m.end();
            long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            String unit = unit(m.group(3));
            if (unit == null) {
                return null;
            }
            switch (unit) {
                case "YEAR" -> months += 12 * n;
                case "MONTH" -> months += n;
                case "WEEK" -> days += 7 * n;
                case "DAY" -> days += n;
                case "HOUR" -> seconds += 3600 * n;
                case "MINUTE" -> seconds += 60 * n;
                case "SECOND" -> seconds += n;
                default -> {
                    return null;
                }
            }
            if (unit.equals("HOUR") || unit.equals("MINUTE") || unit.equals("SECOND")) {
                timeUnits.add(unit);
            }
            parts++;
        }
        if (parts < 2 || end != p.length() - 2 && !p.substring(1 + end, p.length() - 1).isBlank()) {
            return null;
        }
        List<Interval> steps = new ArrayList<>(3);
        if (months != 0) {
            steps.add(months % 12 == 0 ? new Interval(new LongValue(months / 12), "YEAR") : new Interval(new LongValue(months), "MONTH"));
        }
        if (days != 0) {
            steps.add(new Interval(new LongValue(days), "DAY"));
        }
        if (seconds != 0) {
            String u = timeUnits.size() == 1 ? timeUnits.iterator().next() : "SECOND";
            long per = u.equals("HOUR") ? 3600 : u.equals("MINUTE") ? 60 : 1;
            steps.add(new Interval(new LongValue(seconds / per), u));
        }
        return steps.isEmpty() ? null : steps;
    }

    /**
     * {@code INTERVAL '1-2' YEAR TO MONTH} (14 months) and {@code INTERVAL '1 12:30:00' DAY TO SECOND} and the other
     * day-time ranges (whole seconds): one amount in the smallest unit, which every target can add.
     */
    static Interval compoundInterval(String literal, String leading, String trailing) {
        String p = literal.trim();
        if (p.startsWith("'") && p.endsWith("'") && p.length() >= 2) {
            p = p.substring(1, p.length() - 1).trim();
        }
        boolean negative = p.startsWith("-");
        if (negative || p.startsWith("+")) {
            p = p.substring(1);
        }
        String from = leading.toUpperCase(Locale.ROOT);
        String to = trailing.toUpperCase(Locale.ROOT);
        long total;
        String unit;
        if (from.equals("YEAR") && to.equals("MONTH")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)-(\\d+)").matcher(p);
            if (!m.matches()) {
                return null;
            }
            total = Long.parseLong(m.group(1)) * 12 + Long.parseLong(m.group(2));
            unit = "MONTH";
        } else {
            List<String> fields = List.of("DAY", "HOUR", "MINUTE", "SECOND");
            int first = fields.indexOf(from);
            int last = fields.indexOf(to);
            String[] parts = p.split("[\\s:]+");
            if (first < 0 || last <= first || parts.length != last - first + 1) {
                return null;
            }
            long[] perUnit = {86400, 3600, 60, 1};
            total = 0;
            for (int k = 0; k < parts.length; k++) {
                if (!parts[k].matches("\\d+")) {
                    return null;
                }
                total += Long.parseLong(parts[k]) * perUnit[first + k];
            }
            unit = "SECOND";
        }
        return new Interval(new LongValue(negative ? -total : total), unit);
    }

    private static Expression stripUnit(Expression e, String[] unit) {
        if (e instanceof IntervalExpression in && !in.isUsingIntervalKeyword()) {
            if (in.getIntervalQualifier() != null) {
                unit[0] = unit(in.getIntervalQualifier().getLeadingField());
            }
            return in.getExpression() != null ? in.getExpression()
                    : in.getParameter() != null ? new LongValue(in.getParameter()) : e;
        }
        if (e instanceof BinaryExpression b) {
            b.setRightExpression(stripUnit(b.getRightExpression(), unit));
        }
        return e;
    }

    /** {@code -n}. */
    public static Expression negate(Expression n) {
        if (n instanceof LongValue v) {
            return new LongValue(-v.getValue());
        }
        return new SignedExpression('-', new ParenthesedExpressionList<>(n));
    }

    // ------------------------------------------------------------------ reader factories

    /** MySQL DATE_ADD(d, INTERVAL n unit) / DATE_SUB / ADDDATE(d, n). */
    static FunctionReader dateAddMysql(boolean subtract) {
        return (name, a) -> {
            if (a.size() != 2) {
                return null;
            }
            Interval iv;
            if (a.get(1) instanceof IntervalExpression ie) {
                iv = interval(ie);
            } else {
                iv = new Interval(a.get(1), "DAY");
            }
            if (iv == null || iv.unit() == null) {
                return null;
            }
            Expression n = subtract ? negate(iv.amount()) : iv.amount();
            return new Call("DATE_ADD", List.of(a.get(0), n), iv.unit());
        };
    }

    /** T-SQL DATEADD(unit, n, d) and MySQL TIMESTAMPADD(unit, n, d). */
    static FunctionReader dateAddUnitFirst() {
        return (name, a) -> {
            String unit = a.size() == 3 ? unitOf(a.get(0)) : null;
            return unit == null ? null : new Call("DATE_ADD", List.of(tsqlDate(a.get(2)), a.get(1)), unit);
        };
    }

    /** T-SQL reads a number where a date is expected as that many days after 1900-01-01 (the DATEADD(..., 0) idiom). */
    static Expression tsqlDate(Expression e) {
        if (e instanceof LongValue n && Math.abs(n.getValue()) < 3_000_000) {
            return new net.sf.jsqlparser.expression.DateValue(
                    "'" + java.time.LocalDate.of(1900, 1, 1).plusDays(n.getValue()) + "'");
        }
        return e;
    }

    /**
     * Oracle ADD_MONTHS(d, n). Oracle maps the last day of a month to the last day of the target month
     * (2023-02-28 + 1 is 2023-03-31), so a month end goes through the first of the next month: one day later, plus
     * n months, one day back. That keeps the time of day, which LAST_DAY would drop on some targets.
     */
    static FunctionReader addMonths() {
        return (name, a) -> {
            if (a.size() != 2) {
                return null;
            }
            Expression d = a.get(0);
            Expression n = a.get(1);
            Expression nextDay = new CallNode(new Call("DATE_ADD", List.of(d, new LongValue(1)), "DAY"));
            Expression monthEnd = new net.sf.jsqlparser.expression.operators.relational.EqualsTo(
                    new CallNode(new Call("EXTRACT", List.of(nextDay), "DAY")), new LongValue(1));
            Expression fromNextMonth = new CallNode(new Call("DATE_ADD", List.of(
                    new CallNode(new Call("DATE_ADD", List.of(nextDay, n), "MONTH")), negate(new LongValue(1))), "DAY"));
            Expression plain = new CallNode(new Call("DATE_ADD", List.of(d, n), "MONTH"));
            return new Call("SAME", List.of(caseWhen(monthEnd, fromNextMonth, plain)));
        };
    }

    /**
     * Oracle NEXT_DAY(d, 'MONDAY'): the first such weekday strictly after d, as d plus 1 to 7 days (time kept). Only
     * a literal English day name (or its three-letter abbreviation) is read; other forms stay as written.
     */
    static FunctionReader nextDay() {
        List<String> days = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
        return (name, a) -> {
            if (a.size() != 2 || !(a.get(1) instanceof StringValue s) || s.getValue().trim().length() < 3) {
                return null;
            }
            int target = days.indexOf(s.getValue().trim().substring(0, 3).toUpperCase(Locale.ROOT)) + 1;
            if (target == 0) {
                return null;
            }
            Expression dow = new CallNode(new Call("EXTRACT", List.of(a.get(0)), "DOW"));
            // canonical DOW is 1 (Sunday) to 7
            Expression shifted = new net.sf.jsqlparser.expression.operators.arithmetic.Subtraction()
                    .withLeftExpression(new LongValue(target + 6)).withRightExpression(dow);
            Expression days1to7 = new ParenthesedExpressionList<>(new net.sf.jsqlparser.expression.operators.arithmetic
                    .Addition().withLeftExpression(new CallNode(new Call("MOD", List.of(shifted, new LongValue(7)))))
                    .withRightExpression(new LongValue(1)));
            return new Call("DATE_ADD", List.of(a.get(0), days1to7), "DAY");
        };
    }

    /** CASE WHEN c THEN a ELSE b END (a plain CASE: some targets' IF/IIF are missing on their stand-ins). */
    static Expression caseWhen(Expression c, Expression a, Expression b) {
        return new net.sf.jsqlparser.expression.CaseExpression().withWhenClauses(
                new net.sf.jsqlparser.expression.WhenClause().withWhenExpression(c).withThenExpression(a))
                .withElseExpression(b);
    }

    /** T-SQL DATEDIFF(unit, start, end), counting boundaries. */
    static FunctionReader dateDiffTsql() {
        return (name, a) -> {
            String unit = a.size() == 3 ? unitOf(a.get(0)) : null;
            if (unit == null) {
                return null;
            }
            Expression start = tsqlDate(a.get(1));
            Expression end = tsqlDate(a.get(2));
            if (unit.equals("DAY")) {
                return new Call("DATEDIFF_DAYS", List.of(end, start));
            }
            return new Call("DATEDIFF_BOUNDARY", List.of(start, end), unit);
        };
    }

    /** MySQL TIMESTAMPDIFF(unit, start, end), counting whole units. */
    static FunctionReader timestampDiff() {
        return (name, a) -> {
            String unit = a.size() == 3 ? unitOf(a.get(0)) : null;
            return unit == null ? null : new Call("TIMESTAMPDIFF", List.of(a.get(1), a.get(2)), unit);
        };
    }

    /** YEAR(d), MONTH(d) ... as EXTRACT. */
    static FunctionReader part(String unit) {
        return (name, a) -> a.size() == 1 ? new Call("EXTRACT", List.of(a.get(0)), unit) : null;
    }

    /** T-SQL DATEPART(unit, d). */
    static FunctionReader datePart() {
        return (name, a) -> {
            String unit = a.size() == 2 ? unitOf(a.get(0)) : null;
            return unit == null ? null : new Call("EXTRACT", List.of(a.get(1)), unit);
        };
    }

    /** PostgreSQL DATE_PART('unit', d). */
    static FunctionReader datePartPg() {
        FunctionReader plain = datePart();
        return (name, a) -> {
            String unit = a.size() == 2 ? unitOf(a.get(0)) : null;
            Call age = "YEAR".equals(unit) || "MONTH".equals(unit) ? ageParts(a.get(1), unit) : null;
            return age != null ? age : plain.read(name, a);
        };
    }

    /**
     * The YEAR or MONTH field of PostgreSQL's age(end, start) (age(start): up to today): the whole years between
     * the two, or the whole months left over after them; null when {@code e} is no age() call.
     */
    public static Call ageParts(Expression e, String unit) {
        if (!(e instanceof net.sf.jsqlparser.expression.Function age) || e instanceof CallNode
                || !"AGE".equalsIgnoreCase(age.getName()) || age.getParameters() == null
                || age.getParameters().size() < 1 || age.getParameters().size() > 2) {
            return null;
        }
        List<Expression> a = new ArrayList<>(age.getParameters());
        Expression end = a.size() == 2 ? a.get(0) : new CallNode(new Call("CURRENT_DATE", List.of()));
        Expression start = a.get(a.size() - 1);
        Call years = new Call("TIMESTAMPDIFF", List.of(start, end), unit);
        // parenthesized: some targets write the month difference as "a - CASE ... END", and MOD as "%"
        return unit.equals("YEAR") ? years : new Call("MOD", List.of(new ParenthesedExpressionList<>(new CallNode(years)),
                new LongValue(12)));
    }

    /** A format function: {@code formatArg} holds the format, {@code valueArg} the date. */
    static FunctionReader format(String canonical, int valueArg, int formatArg, String[][] table, char quote) {
        return (name, a) -> {
            if (a.size() != 2 || !(a.get(formatArg) instanceof StringValue fmt)) {
                return null;
            }
            String c = FormatTokens.toCanonical(fmt.getValue().replace("''", "'"), table, quote);
            List<Expression> args = new ArrayList<>(2);
            args.add(a.get(valueArg));
            args.add(new StringValue(c));
            return new Call(canonical, args);
        };
    }

    /** PostgreSQL DATE_TRUNC('month', d). */
    static FunctionReader dateTruncPg() {
        return (name, a) -> {
            String unit = a.size() == 2 ? unitOf(a.get(0)) : null;
            return unit == null ? null : new Call("DATE_TRUNC", List.of(a.get(1)), unit);
        };
    }

    /** Oracle TRUNC(d) / TRUNC(d, 'MM'), and TRUNC(n[, digits]) on numbers. */
    static FunctionReader truncOracle() {
        return (name, a) -> {
            if (a.size() == 2 && a.get(1) instanceof StringValue s) {
                String unit = unit(s.getValue());
                return unit == null ? null : new Call("DATE_TRUNC", List.of(a.get(0)), unit);
            }
            if (a.size() == 1 && looksTemporal(a.get(0))) {
                return new Call("DATE_ONLY", a);
            }
            return new Call("TRUNC_NUM", a);
        };
    }

    static boolean looksTemporal(Expression e) {
        String s = e.toString().toUpperCase(Locale.ROOT);
        return s.contains("SYSDATE") || s.contains("DATE") || s.contains("TIME") || s.contains("_AT")
                || s.contains("CREATED") || s.contains("UPDATED");
    }
}
