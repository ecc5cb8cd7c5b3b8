package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;

/**
 * MySQL's {@code WEEK(d, mode)} and {@code YEARWEEK(d, mode)}, which are not ISO weeks unless the mode says so
 * (MySQL manual, WEEK()): mode 0 counts Sunday weeks from the year's first Sunday (days before it are week 0),
 * mode 5 the same with Mondays, mode 1 Monday weeks where week 1 is the first with four days in the year (week 0
 * before it), mode 3 is the ISO week and mode 2 is mode 0 with week 0 read as the previous year's last week.
 * Canonical {@code WEEK_MODE(d)} and {@code YEARWEEK(d)} carry the mode as their unit; the generic writers build
 * the number from the canonical {@code EXTRACT} parts, so each target spells the day of year and weekday its own way.
 */
final class WeekNumbers {

    /** WEEK modes written here; the others (4, 6, 7) stay as written. */
    static final List<String> WEEK_MODES = List.of("0", "1", "2", "3", "5");

    private WeekNumbers() {
    }

    /** MySQL WEEK(d[, mode]) with a literal mode (default 0, the default_week_format). */
    static FunctionReader readWeek() {
        return (n, a) -> {
            String mode = a.size() == 1 ? "0" : a.size() == 2 ? literal(a.get(1)) : null;
            return mode != null && WEEK_MODES.contains(mode) ? new Call("WEEK_MODE", List.of(a.get(0)), mode) : null;
        };
    }

    /** MySQL YEARWEEK(d[, mode]): modes 0 and 2 are Sunday weeks, 1 and 3 the ISO year and week. */
    static FunctionReader readYearWeek() {
        return (n, a) -> {
            String mode = a.size() == 1 ? "0" : a.size() == 2 ? literal(a.get(1)) : null;
            if (mode == null) {
                return null;
            }
            return switch (mode) {
                case "0", "2" -> new Call("YEARWEEK", List.of(a.get(0)), "0");
                case "1", "3" -> new Call("YEARWEEK", List.of(a.get(0)), "3");
                default -> null;
            };
        };
    }

    private static String literal(Expression e) {
        return e instanceof LongValue v ? String.valueOf(v.getValue()) : null;
    }

    static void registerWriters(Map<String, FunctionWriter> w) {
        w.put("WEEK_MODE", WeekNumbers::week);
        w.put("YEARWEEK", WeekNumbers::yearWeek);
    }

    private static void week(Call c, Out o) {
        Expression d = c.arg(0);
        switch (c.unit()) {
            case "0" -> o.text(sundayWeek(o, d));
            case "5" -> o.text(mondayWeek(o, d));
            case "3" -> o.text(part(o, "ISOWEEK", d));
            // week 1 is the first Monday week with four days in the year: when January 1st is a Tuesday,
            // Wednesday or Thursday, the days before the first Monday are that week 1.
            case "1" -> o.text("(" + mondayWeek(o, d) + " + CASE WHEN "
                    + part(o, "ISODOW", new CallNode(new Call("DATE_TRUNC", List.of(d), "YEAR")))
                    + " BETWEEN 2 AND 4 THEN 1 ELSE 0 END)");
            // week 0 is the last Sunday week of the previous year, which holds its December 31st
            case "2" -> {
                String w0 = sundayWeek(o, d);
                o.text("CASE WHEN " + w0 + " = 0 THEN " + sundayWeek(o, lastDayOfPreviousYear(d)) + " ELSE " + w0
                        + " END");
            }
            default -> o.ctx().unsupported("week-mode", "WEEK", "WEEK mode " + c.unit() + " is not translated");
        }
    }

    private static void yearWeek(Call c, Out o) {
        Expression d = c.arg(0);
        String year = part(o, "YEAR", d);
        if (c.unit().equals("3")) {
            // the ISO year: early January days in week 52/53 belong to the year before, late December days in
            // week 1 to the year after
            String week = part(o, "ISOWEEK", d);
            String month = part(o, "MONTH", d);
            o.text("((" + year + " + CASE WHEN " + week + " >= 52 AND " + month + " = 1 THEN -1 WHEN " + week
                    + " = 1 AND " + month + " = 12 THEN 1 ELSE 0 END) * 100 + " + week + ")");
            return;
        }
        String w0 = sundayWeek(o, d);
        o.text("CASE WHEN " + w0 + " = 0 THEN (" + year + " - 1) * 100 + "
                + sundayWeek(o, lastDayOfPreviousYear(d)) + " ELSE " + year + " * 100 + " + w0 + " END");
    }

    /** Mode 0: (day of year + 6 - weekday from Sunday 0) / 7; canonical DOW counts Sunday as 1. */
    private static String sundayWeek(Out o, Expression d) {
        return intDiv(o, "(" + part(o, "DOY", d) + " + 7 - " + part(o, "DOW", d) + ")");
    }

    /** Mode 5: the same with Monday as the first day (ISO weekday, Monday 1). */
    private static String mondayWeek(Out o, Expression d) {
        return intDiv(o, "(" + part(o, "DOY", d) + " + 7 - " + part(o, "ISODOW", d) + ")");
    }

    private static String intDiv(Out o, String numerator) {
        return o.ctx().to().integerDivisionTemplate().replace("{0}", numerator).replace("{1}", "7");
    }

    private static Expression lastDayOfPreviousYear(Expression d) {
        return new CallNode(new Call("DATE_ADD", List.of(new CallNode(new Call("DATE_TRUNC", List.of(d), "YEAR")),
                new LongValue(-1)), "DAY"));
    }

    private static String part(Out o, String unit, Expression d) {
        return o.capture(new CallNode(new Call("EXTRACT", List.of(d), unit)));
    }
}
