package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Date and time writers per target, registered by each dialect spec. Canonical calls: {@code DATE_ADD(d, n)} with a
 * unit, {@code DATEDIFF_DAYS(end, start)}, {@code TIMESTAMPDIFF(start, end)} with a unit (whole units),
 * {@code DATEDIFF_BOUNDARY(start, end)} with a unit (boundaries crossed, T-SQL), {@code EXTRACT(d)} with a unit,
 * {@code DATE_ONLY(d)}, {@code DATE_TRUNC(d)} with a unit, {@code FORMAT_DATE(d, fmt)} and
 * {@code PARSE_DATE(s, fmt)} with a canonical strftime-like format.
 */
final class DateWriters {
    private DateWriters() {
    }

    // ------------------------------------------------------------------ MySQL / MariaDB

    static void mysql(Map<String, FunctionWriter> w) {
        w.put("DATE_ADD", template("DATE_ADD({0}, INTERVAL {1} {u})"));
        w.put("DATEDIFF_DAYS", template("DATEDIFF({0}, {1})"));
        w.put("TIMESTAMPDIFF", template("TIMESTAMPDIFF({u}, {0}, {1})"));
        w.put("DATEDIFF_BOUNDARY", (c, o) -> boundary(c, o, "YEAR({0})", "MONTH({0})", "DATEDIFF({1}, {0})"));
        w.put("EXTRACT", (c, o) -> {
            switch (c.unit()) {
                case "DOY" -> o.text("DAYOFYEAR(").expr(c.arg(0)).text(")");
                case "DOW" -> o.text("DAYOFWEEK(").expr(c.arg(0)).text(")");
                case "ISODOW" -> o.text("(WEEKDAY(").expr(c.arg(0)).text(") + 1)");
                case "ISOWEEK" -> o.text("WEEK(").expr(c.arg(0)).text(", 3)");
                case "USWEEK" -> {
                    // T-SQL week: week 1 holds January 1st, weeks start on Sunday
                    String d = o.capture(c.arg(0));
                    o.text("(FLOOR((DAYOFYEAR(" + d + ") + DAYOFWEEK(MAKEDATE(YEAR(" + d + "), 1)) - 2) / 7) + 1)");
                }
                default -> o.text("EXTRACT(" + c.unit() + " FROM ").expr(c.arg(0)).text(")");
            }
        });
        w.put("DATE_ONLY", template("DATE({0})"));
        w.put("DATE_TRUNC", (c, o) -> {
            String f = switch (c.unit()) {
                case "YEAR" -> "%Y-01-01";
                case "MONTH" -> "%Y-%m-01";
                case "DAY" -> "%Y-%m-%d";
                case "HOUR" -> "%Y-%m-%d %H:00:00";
                case "MINUTE" -> "%Y-%m-%d %H:%i:00";
                default -> null;
            };
            if (c.unit().equals("QUARTER")) {
                String d = o.capture(c.arg(0));
                o.text("CAST(CONCAT(YEAR(" + d + "), '-', (QUARTER(" + d + ") - 1) * 3 + 1, '-01') AS DATE)");
                return;
            }
            if (c.unit().equals("WEEK")) {
                // ISO week: the Monday on or before
                String d = o.capture(c.arg(0));
                o.text("DATE_SUB(CAST(" + d + " AS DATE), INTERVAL WEEKDAY(" + d + ") DAY)");
                return;
            }
            if (f == null) {
                o.ctx().unsupported("date-trunc", "TRUNC", "no MySQL truncation to " + c.unit());
                return;
            }
            String type = Temporal.dateUnit(c.unit()) ? "DATE" : "DATETIME";
            o.text("CAST(DATE_FORMAT(").expr(c.arg(0)).text(", '" + f + "') AS " + type + ")");
        });
        w.put("FORMAT_DATE", format("DATE_FORMAT({0}, {f})", FormatTokens.MYSQL, null, true, false));
        w.put("PARSE_DATE", format("STR_TO_DATE({0}, {f})", FormatTokens.MYSQL, null, true, false));
    }

    // ------------------------------------------------------------------ PostgreSQL

    static void postgres(Map<String, FunctionWriter> w) {
        w.put("DATE_ADD", (c, o) -> {
            Expression d = c.arg(0);
            Expression n = c.arg(1);
            Temporal.Kind kind = Temporal.of(d, o.ctx());
            boolean keepDate = kind == Temporal.Kind.DATE && Temporal.dateUnit(c.unit());
            String unit = c.unit().equals("QUARTER") ? "month" : c.unit().toLowerCase(java.util.Locale.ROOT);
            if (keepDate) {
                o.text("CAST(");
            }
            o.text("(");
            pgTimestamp(o, d, kind);
            o.text(" + ");
            if (n instanceof LongValue v) {
                long amount = c.unit().equals("QUARTER") ? v.getValue() * 3 : v.getValue();
                o.text("INTERVAL '" + amount + " " + unit + "'");
            } else {
                o.text("(").expr(n).text(c.unit().equals("QUARTER") ? ") * 3" : ")")
                        .text(" * INTERVAL '1 " + unit + "'");
            }
            o.text(")");
            if (keepDate) {
                o.text(" AS DATE)");
            }
        });
        w.put("DATEDIFF_DAYS", template("(CAST({0} AS DATE) - CAST({1} AS DATE))"));
        w.put("TIMESTAMPDIFF", (c, o) -> {
            String age = "AGE(CAST({1} AS TIMESTAMP), CAST({0} AS TIMESTAMP))";
            String epoch = "EXTRACT(EPOCH FROM (CAST({1} AS TIMESTAMP) - CAST({0} AS TIMESTAMP)))";
            String t = switch (c.unit()) {
                case "YEAR" -> "CAST(EXTRACT(YEAR FROM " + age + ") AS INTEGER)";
                case "QUARTER" -> "CAST(TRUNC((EXTRACT(YEAR FROM " + age + ") * 12 + EXTRACT(MONTH FROM " + age
                        + ")) / 3) AS INTEGER)";
                case "MONTH" -> "CAST(EXTRACT(YEAR FROM " + age + ") * 12 + EXTRACT(MONTH FROM " + age + ") AS INTEGER)";
                case "WEEK" -> "CAST(TRUNC(" + epoch + " / 604800) AS INTEGER)";
                case "DAY" -> "CAST(TRUNC(" + epoch + " / 86400) AS INTEGER)";
                case "HOUR" -> "CAST(TRUNC(" + epoch + " / 3600) AS INTEGER)";
                case "MINUTE" -> "CAST(TRUNC(" + epoch + " / 60) AS INTEGER)";
                default -> "CAST(TRUNC(" + epoch + ") AS BIGINT)";
            };
            template(t).write(c, o);
        });
        w.put("DATEDIFF_BOUNDARY", (c, o) -> boundary(c, o, "EXTRACT(YEAR FROM CAST({0} AS TIMESTAMP))",
                "EXTRACT(MONTH FROM CAST({0} AS TIMESTAMP))", "(CAST({1} AS DATE) - CAST({0} AS DATE))"));
        w.put("EXTRACT", (c, o) -> {
            Expression d = c.arg(0);
            Temporal.Kind kind = Temporal.of(d, o.ctx());
            // PostgreSQL rejects EXTRACT(HOUR FROM date) ("unit not supported for type date"); a DATE is midnight.
            boolean asTimestamp = kind == Temporal.Kind.DATE && !(d instanceof StringValue)
                    && (c.unit().equals("HOUR") || c.unit().equals("MINUTE") || c.unit().equals("SECOND"));
            Runnable arg = () -> {
                if (asTimestamp) {
                    o.text("CAST(").expr(d).text(" AS TIMESTAMP)");
                } else {
                    pgTimestamp(o, d, kind);
                }
            };
            switch (c.unit()) {
                case "USWEEK" -> {
                    // T-SQL week: week 1 holds January 1st, weeks start on Sunday
                    String t = "CAST(" + o.capture(d) + " AS TIMESTAMP)";
                    o.text("CAST(FLOOR((EXTRACT(DOY FROM " + t + ") + EXTRACT(DOW FROM DATE_TRUNC('year', " + t
                            + ")) - 1) / 7) + 1 AS INTEGER)");
                }
                case "DOW" -> {
                    o.text("(CAST(EXTRACT(DOW FROM ");
                    arg.run();
                    o.text(") AS INTEGER) + 1)");
                }
                case "SECOND" -> {
                    o.text("CAST(FLOOR(EXTRACT(SECOND FROM ");
                    arg.run();
                    o.text(")) AS INTEGER)");
                }
                default -> {
                    o.text("CAST(EXTRACT(" + (c.unit().equals("ISOWEEK") ? "WEEK" : c.unit()) + " FROM ");
                    arg.run();
                    o.text(") AS INTEGER)");
                }
            }
        });
        w.put("DATE_ONLY", template("CAST({0} AS DATE)"));
        w.put("DATE_TRUNC", (c, o) -> {
            o.text("DATE_TRUNC('" + c.unit().toLowerCase(java.util.Locale.ROOT) + "', ");
            pgTimestamp(o, c.arg(0), Temporal.of(c.arg(0), o.ctx()));
            o.text(")");
        });
        w.put("FORMAT_DATE", (c, o) -> {
            String f = nativeFormat(c, FormatTokens.TO_CHAR, "\"", false, o);
            if (f != null) {
                o.text("TO_CHAR(");
                pgTimestamp(o, c.arg(0), Temporal.of(c.arg(0), o.ctx()));
                o.text(", " + f + ")");
            }
        });
        w.put("PARSE_DATE", (c, o) -> {
            String f = nativeFormat(c, FormatTokens.TO_CHAR, "\"", false, o);
            if (f != null) {
                boolean time = FormatTokens.hasTime(((StringValue) c.arg(1)).getValue());
                o.text(time ? "CAST(TO_TIMESTAMP(" : "TO_DATE(").expr(c.arg(0)).text(", " + f + ")")
                        .text(time ? " AS TIMESTAMP)" : "");
            }
        });
    }

    /** A string literal becomes a typed literal; other values are used as they are. */
    private static void pgTimestamp(Out o, Expression d, Temporal.Kind kind) {
        if (d instanceof StringValue) {
            o.text("CAST(").expr(d).text(kind == Temporal.Kind.DATE ? " AS DATE)" : " AS TIMESTAMP)");
        } else {
            o.expr(d);
        }
    }

    // ------------------------------------------------------------------ SQLite

    static void sqlite(Map<String, FunctionWriter> w) {
        w.put("DATE_ADD", (c, o) -> {
            Expression d = c.arg(0);
            Temporal.Kind kind = Temporal.of(d, o.ctx());
            String modifier = sqliteModifier(c, o);
            if (modifier == null) {
                return;
            }
            boolean dateUnit = Temporal.dateUnit(c.unit());
            boolean months = c.unit().equals("MONTH") || c.unit().equals("QUARTER") || c.unit().equals("YEAR");
            if (months) {
                // SQLite lets 01-31 + 1 month overflow into March; MySQL, Oracle and T-SQL clamp to the month's end.
                String ds = o.capture(d);
                String clamp = "MIN(DATE(" + ds + ", 'start of month', " + modifier + ", '+' || (CAST(STRFTIME('%d', "
                        + ds + ") AS INTEGER) - 1) || ' days'), DATE(" + ds + ", 'start of month', " + modifier
                        + ", '+1 months', '-1 days'))";
                if (kind == Temporal.Kind.DATE) {
                    o.text(clamp);
                } else if (kind == Temporal.Kind.TIMESTAMP) {
                    o.text("(" + clamp + " || ' ' || TIME(" + ds + "))");
                } else {
                    o.text("CASE WHEN LENGTH(" + ds + ") > 10 THEN " + clamp + " || ' ' || TIME(" + ds + ") ELSE "
                            + clamp + " END");
                }
                return;
            }
            if (kind == Temporal.Kind.DATE && dateUnit) {
                o.text("DATE(").expr(d).text(", " + modifier + ")");
            } else if (kind == Temporal.Kind.TIMESTAMP || !dateUnit) {
                o.text("DATETIME(").expr(d).text(", " + modifier + ")");
            } else {
                // Unknown: SQLite keeps dates as text, so the value's own length tells a date from a timestamp.
                o.text("CASE WHEN LENGTH(").expr(d).text(") > 10 THEN DATETIME(").expr(d).text(", " + modifier
                        + ") ELSE DATE(").expr(d).text(", " + modifier + ") END");
            }
        });
        w.put("DATEDIFF_DAYS", template("CAST(JULIANDAY(DATE({0})) - JULIANDAY(DATE({1})) AS INTEGER)"));
        w.put("TIMESTAMPDIFF", (c, o) -> {
            String secs = "(STRFTIME('%s', {1}) - STRFTIME('%s', {0}))";
            // whole months, truncated toward zero: an unfinished last month counts in neither direction
            String raw = "((CAST(STRFTIME('%Y', {1}) AS INTEGER) - CAST(STRFTIME('%Y', {0}) AS INTEGER)) * 12"
                    + " + CAST(STRFTIME('%m', {1}) AS INTEGER) - CAST(STRFTIME('%m', {0}) AS INTEGER))";
            String months = "(" + raw + " + CASE WHEN " + raw + " > 0 AND STRFTIME('%d%H%M%S', {1}) < STRFTIME('%d%H%M%S', {0})"
                    + " THEN -1 WHEN " + raw + " < 0 AND STRFTIME('%d%H%M%S', {1}) > STRFTIME('%d%H%M%S', {0}) THEN 1 ELSE 0 END)";
            String t = switch (c.unit()) {
                case "YEAR" -> "(" + months + " / 12)";
                case "QUARTER" -> "(" + months + " / 3)";
                case "MONTH" -> months;
                case "WEEK" -> "(" + secs + " / 604800)";
                case "DAY" -> "(" + secs + " / 86400)";
                case "HOUR" -> "(" + secs + " / 3600)";
                case "MINUTE" -> "(" + secs + " / 60)";
                default -> secs;
            };
            template(t).write(c, o);
        });
        w.put("DATEDIFF_BOUNDARY", (c, o) -> boundary(c, o, "CAST(STRFTIME('%Y', {0}) AS INTEGER)",
                "CAST(STRFTIME('%m', {0}) AS INTEGER)", "CAST(JULIANDAY(DATE({1})) - JULIANDAY(DATE({0})) AS INTEGER)"));
        w.put("EXTRACT", (c, o) -> {
            String f = switch (c.unit()) {
                case "YEAR" -> "%Y";
                case "MONTH" -> "%m";
                case "DAY" -> "%d";
                case "HOUR" -> "%H";
                case "MINUTE" -> "%M";
                case "SECOND" -> "%S";
                case "DOY" -> "%j";
                case "DOW" -> "%w";
                case "WEEK" -> "%W";
                case "ISODOW" -> "%u";
                case "ISOWEEK" -> "%V";
                default -> null;
            };
            if (c.unit().equals("QUARTER")) {
                o.text("((CAST(STRFTIME('%m', ").expr(c.arg(0)).text(") AS INTEGER) + 2) / 3)");
            } else if (c.unit().equals("USWEEK")) {
                // T-SQL week: week 1 holds January 1st, weeks start on Sunday
                String d = o.capture(c.arg(0));
                o.text("((CAST(STRFTIME('%j', " + d + ") AS INTEGER) + CAST(STRFTIME('%w', DATE(" + d
                        + ", 'start of year')) AS INTEGER) - 1) / 7 + 1)");
            } else if (f == null) {
                o.ctx().unsupported("extract", c.unit(), "SQLite cannot extract " + c.unit());
            } else {
                o.text("(CAST(STRFTIME('" + f + "', ").expr(c.arg(0)).text(") AS INTEGER)")
                        .text(c.unit().equals("DOW") ? " + 1)" : ")");
            }
        });
        w.put("DATE_ONLY", template("DATE({0})"));
        w.put("DATE_TRUNC", (c, o) -> {
            switch (c.unit()) {
                case "YEAR" -> o.text("DATE(").expr(c.arg(0)).text(", 'start of year')");
                case "MONTH" -> o.text("DATE(").expr(c.arg(0)).text(", 'start of month')");
                case "DAY" -> o.text("DATE(").expr(c.arg(0)).text(")");
                case "HOUR" -> o.text("STRFTIME('%Y-%m-%d %H:00:00', ").expr(c.arg(0)).text(")");
                case "MINUTE" -> o.text("STRFTIME('%Y-%m-%d %H:%M:00', ").expr(c.arg(0)).text(")");
                case "QUARTER" -> {
                    String d = o.capture(c.arg(0));
                    o.text("DATE(" + d + ", 'start of month', '-' || ((CAST(STRFTIME('%m', " + d
                            + ") AS INTEGER) - 1) % 3) || ' months')");
                }
                case "WEEK" -> {
                    // ISO week: the Monday on or before
                    String d = o.capture(c.arg(0));
                    o.text("DATE(" + d + ", '-' || ((CAST(STRFTIME('%w', " + d + ") AS INTEGER) + 6) % 7) || ' days')");
                }
                default -> o.ctx().unsupported("date-trunc", "TRUNC", "SQLite cannot truncate to " + c.unit());
            }
        });
        w.put("FORMAT_DATE", DateWriters::sqliteFormat);
        w.put("PARSE_DATE", DateWriters::sqliteParse);
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    /** strftime for what it can print; month and day names (which it cannot) as CASE expressions. */
    private static void sqliteFormat(Call c, Out o) {
        String canonical = ((StringValue) c.arg(1)).getValue();
        java.util.List<FormatTokens.Piece> pieces = FormatTokens.read(canonical, FormatTokens.CANONICAL, (char) 0);
        String d = o.capture(c.arg(0));
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.List<FormatTokens.Piece> run = new java.util.ArrayList<>();
        for (FormatTokens.Piece p : pieces) {
            String t = p.text();
            boolean name = !p.literal() && (t.endsWith("B") || t.endsWith("b") || t.endsWith("A") || t.endsWith("a"));
            if (!p.literal() && t.equals("%y")) {
                // SQLite's strftime has no two-digit year
                flushRun(run, parts, d, o);
                parts.add("SUBSTR(STRFTIME('%Y', " + d + "), 3)");
                continue;
            }
            if (!p.literal() && t.equals("%!W")) {
                // Oracle WW: 7-day weeks counted from January 1st, two digits
                flushRun(run, parts, d, o);
                parts.add("PRINTF('%02d', (CAST(STRFTIME('%j', " + d + ") AS INTEGER) - 1) / 7 + 1)");
                continue;
            }
            if (!name) {
                run.add(p);
                continue;
            }
            flushRun(run, parts, d, o);
            if (parts == null) {
                return;
            }
            boolean pad = FormatTokens.padded(t);
            if (pad) {
                t = FormatTokens.unpadded(t);
            }
            boolean upper = t.startsWith("%^");
            boolean month = t.endsWith("B") || t.endsWith("b");
            boolean abbreviated = t.endsWith("b") || t.endsWith("a");
            String[] names = month ? MONTHS : DAYS;
            StringBuilder cs = new StringBuilder("CASE STRFTIME('" + (month ? "%m" : "%w") + "', " + d + ")");
            for (int i = 0; i < names.length; i++) {
                String n = abbreviated ? names[i].substring(0, 3) : names[i];
                n = upper ? n.toUpperCase(java.util.Locale.ROOT) : n;
                n = pad ? String.format("%-" + FormatTokens.NAME_WIDTH + "s", n) : n;
                String key = month ? String.format("%02d", i + 1) : String.valueOf(i);
                cs.append(" WHEN '").append(key).append("' THEN '").append(n).append("'");
            }
            parts.add(cs.append(" END").toString());
        }
        flushRun(run, parts, d, o);
        if (parts.isEmpty()) {
            o.text("''");
            return;
        }
        o.text(parts.size() == 1 ? parts.get(0) : "(" + String.join(" || ", parts) + ")");
    }

    private static void flushRun(java.util.List<FormatTokens.Piece> run, java.util.List<String> parts, String d, Out o) {
        if (run.isEmpty()) {
            return;
        }
        String f = FormatTokens.write(new java.util.ArrayList<>(run), FormatTokens.STRFTIME, null, true);
        run.clear();
        if (f == null) {
            o.ctx().unsupported("date-format", null, "a format token SQLite cannot print");
            return;
        }
        parts.add("STRFTIME(" + o.ctx().to().stringLiteral(f) + ", " + d + ")");
    }

    /** Fixed-width formats (%d/%m/%Y and the like) are cut apart with SUBSTR and reassembled as ISO text. */
    private static void sqliteParse(Call c, Out o) {
        String canonical = ((StringValue) c.arg(1)).getValue();
        java.util.List<FormatTokens.Piece> pieces = FormatTokens.read(canonical, FormatTokens.CANONICAL, (char) 0);
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        int pos = 1;
        for (FormatTokens.Piece p : pieces) {
            if (p.literal()) {
                pos += p.text().length();
                continue;
            }
            int width = switch (p.text()) {
                case "%Y" -> 4;
                case "%m", "%d", "%H", "%M", "%S" -> 2;
                case "%b", "%^b" -> 3;
                default -> -1;
            };
            if (width == 3) {
                at.put("%m", -pos);
                pos += width;
                continue;
            }
            if (width < 0) {
                o.ctx().unsupported("parse-date", "TO_DATE", "SQLite parses only fixed-width numeric formats");
                return;
            }
            at.put(p.text(), pos);
            pos += width;
        }
        if (!at.containsKey("%Y") || !at.containsKey("%m") || !at.containsKey("%d")) {
            o.ctx().unsupported("parse-date", "TO_DATE", "format without year, month and day");
            return;
        }
        String s = o.capture(c.arg(0));
        String month = "SUBSTR(" + s + ", " + at.get("%m") + ", 2)";
        if (at.get("%m") < 0) {
            // a month abbreviation (JAN): a negative position marks it
            StringBuilder cs = new StringBuilder("CASE UPPER(SUBSTR(" + s + ", " + -at.get("%m") + ", 3))");
            for (int i = 0; i < MONTHS.length; i++) {
                cs.append(" WHEN '").append(MONTHS[i].substring(0, 3).toUpperCase(java.util.Locale.ROOT))
                        .append("' THEN '").append(String.format("%02d", i + 1)).append("'");
            }
            month = cs.append(" END").toString();
        }
        String date = "SUBSTR(" + s + ", " + at.get("%Y") + ", 4) || '-' || " + month + " || '-' || SUBSTR(" + s
                + ", " + at.get("%d") + ", 2)";
        if (!at.containsKey("%H")) {
            o.text("DATE(" + date + ")");
            return;
        }
        String time = " || ' ' || SUBSTR(" + s + ", " + at.get("%H") + ", 2) || ':' || "
                + (at.containsKey("%M") ? "SUBSTR(" + s + ", " + at.get("%M") + ", 2)" : "'00'") + " || ':' || "
                + (at.containsKey("%S") ? "SUBSTR(" + s + ", " + at.get("%S") + ", 2)" : "'00'");
        o.text("DATETIME(" + date + time + ")");
    }

    private static String sqliteModifier(Call c, Out o) {
        String unit;
        long factor = 1;
        switch (c.unit()) {
            case "DAY" -> unit = "days";
            case "WEEK" -> {
                unit = "days";
                factor = 7;
            }
            case "MONTH" -> unit = "months";
            case "QUARTER" -> {
                unit = "months";
                factor = 3;
            }
            case "YEAR" -> unit = "years";
            case "HOUR" -> unit = "hours";
            case "MINUTE" -> unit = "minutes";
            case "SECOND" -> unit = "seconds";
            default -> {
                o.ctx().unsupported("date-add", c.unit(), "SQLite cannot add " + c.unit());
                return null;
            }
        }
        Expression n = c.arg(1);
        if (n instanceof LongValue v) {
            long amount = v.getValue() * factor;
            return "'" + (amount >= 0 ? "+" : "") + amount + " " + unit + "'";
        }
        return "(" + o.capture(n) + (factor == 1 ? "" : " * " + factor) + ") || ' " + unit + "'";
    }

    // ------------------------------------------------------------------ SQL Server

    static void sqlServer(Map<String, FunctionWriter> w) {
        w.put("DATE_ADD", template("DATEADD({u}, {1}, {0})"));
        w.put("DATEDIFF_DAYS", template("DATEDIFF(day, {1}, {0})"));
        w.put("DATEDIFF_BOUNDARY", template("DATEDIFF({u}, {0}, {1})"));
        w.put("TIMESTAMPDIFF", (c, o) -> {
            // whole units: DATEDIFF counts boundaries, so step back one when the end is before the anniversary.
            if (c.unit().equals("DAY")) {
                template("DATEDIFF(day, {0}, {1}) - CASE WHEN CAST({1} AS TIME) < CAST({0} AS TIME) THEN 1 ELSE 0 END")
                        .write(c, o);
            } else if (c.unit().equals("MONTH") || c.unit().equals("YEAR")) {
                template("DATEDIFF({u}, {0}, {1}) - CASE WHEN DATEADD({u}, DATEDIFF({u}, {0}, {1}), {0}) > {1} "
                        + "THEN 1 ELSE 0 END").write(c, o);
            } else {
                template("DATEDIFF({u}, {0}, {1})").write(c, o);
            }
        });
        w.put("EXTRACT", (c, o) -> {
            String unit = switch (c.unit()) {
                case "DOY" -> "dayofyear";
                case "DOW" -> "weekday";
                case "USWEEK" -> "week";
                default -> c.unit().toLowerCase(java.util.Locale.ROOT);
            };
            if (unit.equals("year") || unit.equals("month") || unit.equals("day")) {
                // the short forms, which every SQL Server (and its compatibility modes) knows
                o.text(unit.toUpperCase(java.util.Locale.ROOT) + "(").expr(c.arg(0)).text(")");
                return;
            }
            o.text("DATEPART(" + unit + ", ").expr(c.arg(0)).text(")");
        });
        w.put("DATE_ONLY", template("CAST({0} AS DATE)"));
        w.put("DATE_TRUNC", (c, o) -> {
            if (c.unit().equals("DAY")) {
                o.text("CAST(CAST(").expr(c.arg(0)).text(" AS DATE) AS DATETIME2)");
            } else {
                String u = c.unit().toLowerCase(java.util.Locale.ROOT);
                o.text("DATEADD(" + u + ", DATEDIFF(" + u + ", 0, ").expr(c.arg(0)).text("), 0)");
            }
        });
        w.put("FORMAT_DATE", (c, o) -> {
            String f = nativeFormat(c, FormatTokens.DOTNET, "'", false, o);
            if (f != null) {
                o.text("FORMAT(").expr(c.arg(0)).text(", " + f + ")");
            }
        });
        w.put("PARSE_DATE", (c, o) -> {
            boolean time = FormatTokens.hasTime(((StringValue) c.arg(1)).getValue());
            o.text("CAST(").expr(c.arg(0)).text(time ? " AS DATETIME2)" : " AS DATE)");
        });
    }

    // ------------------------------------------------------------------ Oracle

    static void oracle(Map<String, FunctionWriter> w) {
        w.put("DATE_ADD", (c, o) -> {
            switch (c.unit()) {
                case "DAY" -> template("({0} + {1})").write(c, o);
                case "WEEK" -> template("({0} + 7 * ({1}))").write(c, o);
                case "MONTH" -> template("ADD_MONTHS({0}, {1})").write(c, o);
                case "QUARTER" -> template("ADD_MONTHS({0}, 3 * ({1}))").write(c, o);
                case "YEAR" -> template("ADD_MONTHS({0}, 12 * ({1}))").write(c, o);
                default -> template("({0} + NUMTODSINTERVAL({1}, '{u}'))").write(c, o);
            }
        });
        w.put("DATEDIFF_DAYS", template("(TRUNC({0}) - TRUNC({1}))"));
        w.put("TIMESTAMPDIFF", (c, o) -> {
            String t = switch (c.unit()) {
                case "YEAR" -> "TRUNC(MONTHS_BETWEEN({1}, {0}) / 12)";
                case "QUARTER" -> "TRUNC(MONTHS_BETWEEN({1}, {0}) / 3)";
                case "MONTH" -> "TRUNC(MONTHS_BETWEEN({1}, {0}))";
                case "WEEK" -> "TRUNC((CAST({1} AS DATE) - CAST({0} AS DATE)) / 7)";
                case "DAY" -> "TRUNC(CAST({1} AS DATE) - CAST({0} AS DATE))";
                case "HOUR" -> "TRUNC((CAST({1} AS DATE) - CAST({0} AS DATE)) * 24)";
                case "MINUTE" -> "TRUNC((CAST({1} AS DATE) - CAST({0} AS DATE)) * 1440)";
                default -> "TRUNC((CAST({1} AS DATE) - CAST({0} AS DATE)) * 86400)";
            };
            template(t).write(c, o);
        });
        w.put("DATEDIFF_BOUNDARY", (c, o) -> boundary(c, o, "EXTRACT(YEAR FROM {0})", "EXTRACT(MONTH FROM {0})",
                "(TRUNC({1}) - TRUNC({0}))"));
        w.put("EXTRACT", (c, o) -> {
            switch (c.unit()) {
                case "DOW" -> o.text("TO_NUMBER(TO_CHAR(").expr(c.arg(0)).text(", 'D'))");
                case "DOY" -> o.text("TO_NUMBER(TO_CHAR(").expr(c.arg(0)).text(", 'DDD'))");
                case "QUARTER" -> o.text("TO_NUMBER(TO_CHAR(").expr(c.arg(0)).text(", 'Q'))");
                case "HOUR", "MINUTE", "SECOND" -> o.text("EXTRACT(" + c.unit() + " FROM CAST(").expr(c.arg(0))
                        .text(" AS TIMESTAMP))");
                default -> o.text("EXTRACT(" + c.unit() + " FROM ").expr(c.arg(0)).text(")");
            }
        });
        w.put("DATE_ONLY", template("TRUNC({0})"));
        w.put("DATE_TRUNC", (c, o) -> {
            String f = switch (c.unit()) {
                case "YEAR" -> "YYYY";
                case "QUARTER" -> "Q";
                case "MONTH" -> "MM";
                case "WEEK" -> "IW";
                case "DAY" -> "DD";
                case "HOUR" -> "HH24";
                default -> "MI";
            };
            o.text("TRUNC(").expr(c.arg(0)).text(", '" + f + "')");
        });
        w.put("FORMAT_DATE", format("TO_CHAR({0}, {f})", FormatTokens.TO_CHAR, "\"", false, false));
        w.put("PARSE_DATE", format("TO_DATE({0}, {f})", FormatTokens.TO_CHAR, "\"", false, false));
    }

    // ------------------------------------------------------------------ helpers

    /** T-SQL style boundary counting: years and months by calendar fields, days by dates. */
    private static void boundary(Call c, Out o, String year, String month, String days) {
        String y1 = year.replace("{0}", "{1}");
        String m1 = month.replace("{0}", "{1}");
        String t = switch (c.unit()) {
            case "YEAR" -> "(" + y1 + " - " + year + ")";
            case "QUARTER" -> "((" + y1 + " - " + year + ") * 4 + (" + m1 + " - 1) / 3 - (" + month + " - 1) / 3)";
            case "MONTH" -> "((" + y1 + " - " + year + ") * 12 + " + m1 + " - " + month + ")";
            case "DAY" -> days;
            default -> null;
        };
        if (t == null && c.unit().equals("WEEK")) {
            // Sunday boundaries crossed: whole days between the Sundays starting both weeks, over 7.
            Expression weekDays = new CallNode(new Call("DATEDIFF_DAYS", List.of(sunday(c.arg(1)), sunday(c.arg(0)))));
            o.expr(new CallNode(new Call("INTDIV", List.of(weekDays, new net.sf.jsqlparser.expression.LongValue(7)))));
            return;
        }
        if (t == null) {
            // hours and minutes: whole units between both ends truncated to the unit (10:59 to 11:01 is one hour)
            FunctionWriter w = o.ctx().to().writer("TIMESTAMPDIFF");
            if (w != null && o.ctx().to().countsWholeUnitsForSubDayBoundaries()) {
                if (c.unit().equals("HOUR") || c.unit().equals("MINUTE")) {
                    w.write(new Call(c.name(), List.of(new CallNode(new Call("DATE_TRUNC", List.of(c.arg(0)), c.unit())),
                            new CallNode(new Call("DATE_TRUNC", List.of(c.arg(1)), c.unit()))), c.unit()), o);
                } else {
                    w.write(c, o);
                }
                return;
            }
            o.ctx().unsupported("datediff", "DATEDIFF", "DATEDIFF by " + c.unit() + " is not emulated");
            return;
        }
        template(t).write(c, o);
    }

    /** The Sunday on or before {@code d} (its date). */
    private static Expression sunday(Expression d) {
        Expression day = new CallNode(new Call("DATE_ONLY", List.of(d)));
        Expression dow = new CallNode(new Call("DOW0", List.of(day)));
        return new CallNode(new Call("DATE_ADD", List.of(day, DateReaders.negate(dow)), "DAY"));
    }

    /** A format writer: {f} is the converted format as a string literal. */
    private static FunctionWriter format(String t, String[][] table, String literalQuote, boolean percentEscape,
                                         boolean unused) {
        return (c, o) -> {
            if (c.name().equals("FORMAT_DATE") && (((StringValue) c.arg(1)).getValue().contains("%#")
                    && !FormatTokens.hasNative(table, "%#A") || ((StringValue) c.arg(1)).getValue().contains("%!W")
                    && !FormatTokens.hasNative(table, "%!W"))) {
                paddedNames(t, c, table, o);
                return;
            }
            String f = nativeFormat(c, table, literalQuote, percentEscape, o);
            if (f != null) {
                boolean upper = FormatTokens.needsUpper(((StringValue) c.arg(1)).getValue(), table);
                if (upper) {
                    o.text("UPPER(");
                }
                template(t.replace("{f}", f)).write(c, o);
                if (upper) {
                    o.text(")");
                }
            }
        };
    }

    /**
     * A format with blank-padded day or month names on a target whose format function has none: the runs between
     * them formatted as usual, each padded name as {@code RPAD(name, 9, ' ')}, joined with the target's concatenation.
     */
    private static void paddedNames(String t, Call c, String[][] table, Out o) {
        java.util.List<FormatTokens.Piece> pieces = FormatTokens.read(((StringValue) c.arg(1)).getValue(),
                FormatTokens.CANONICAL, (char) 0);
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.List<FormatTokens.Piece> run = new java.util.ArrayList<>();
        java.util.function.Consumer<String> one = canonical -> {
            boolean upper = FormatTokens.needsUpper(canonical, table);
            String inner = o.capture(new CallNode(new Call("FORMAT_DATE", List.of(c.arg(0), new StringValue(canonical)))));
            parts.add(upper ? "UPPER(" + inner + ")" : inner);
        };
        for (FormatTokens.Piece p : pieces) {
            if (!p.literal() && p.text().equals("%!W")) {
                // Oracle WW: 7-day weeks counted from January 1st, two digits (the one caller without it is MySQL)
                if (!run.isEmpty()) {
                    one.accept(FormatTokens.write(run, FormatTokens.CANONICAL, null, true));
                    run.clear();
                }
                String d = o.capture(c.arg(0));
                parts.add("LPAD(FLOOR((DAYOFYEAR(" + d + ") - 1) / 7) + 1, 2, '0')");
            } else if (!p.literal() && FormatTokens.padded(p.text())) {
                if (!run.isEmpty()) {
                    one.accept(FormatTokens.write(run, FormatTokens.CANONICAL, null, true));
                    run.clear();
                }
                String inner = o.capture(new CallNode(new Call("FORMAT_DATE", List.of(c.arg(0),
                        new StringValue(FormatTokens.unpadded(p.text()))))));
                parts.add("RPAD(" + inner + ", " + FormatTokens.NAME_WIDTH + ", ' ')");
            } else {
                run.add(p);
            }
        }
        if (!run.isEmpty()) {
            one.accept(FormatTokens.write(run, FormatTokens.CANONICAL, null, true));
        }
        o.text(parts.size() == 1 ? parts.get(0) : "CONCAT(" + String.join(", ", parts) + ")");
    }

    private static String nativeFormat(Call c, String[][] table, String literalQuote, boolean percentEscape, Out o) {
        String canonical = ((StringValue) c.arg(1)).getValue();
        String f = FormatTokens.fromCanonical(canonical, table, literalQuote, percentEscape);
        if (f == null) {
            o.ctx().unsupported("date-format", null, "format '" + canonical + "' has a token " + o.ctx().to()
                    + " cannot write");
            return null;
        }
        return o.ctx().to().stringLiteral(f);
    }
}
