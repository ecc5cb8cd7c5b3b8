package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Oracle / PostgreSQL number formats of {@code TO_CHAR(n, 'FM999G990D00')}: digits {@code 9} (blank when leading)
 * and {@code 0} (forced), group separator {@code G} / {@code ,}, decimal point {@code D} / {@code .}, the
 * {@code FM} fill-mode prefix. Without FM the result is padded on the left to the format's width plus a sign
 * position, as Oracle and PostgreSQL do. PostgreSQL has the same function; MariaDB and SQLite get the number
 * rounded and spelled with their own {@code FORMAT} / {@code PRINTF}.
 */
final class NumberFormats {
    static final String NAME = "FORMAT_NUMBER";
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)^(FM)?[90G,]*([D.][90]*)?$");

    private NumberFormats() {
    }

    /** True for a literal number format (at least one digit position, no date tokens). */
    static boolean isNumberFormat(Expression fmt) {
        return fmt instanceof StringValue s && NUMBER_FORMAT.matcher(s.getValue()).matches()
                && s.getValue().matches("(?i).*[90].*");
    }

    /** Parsed format. */
    private record Spec(boolean fm, boolean grouping, int minInt, int decimals, boolean trimDecimals, int width) {
        static Spec of(String f) {
            boolean fm = f.regionMatches(true, 0, "FM", 0, 2);
            String body = fm ? f.substring(2) : f;
            int dot = body.toUpperCase(java.util.Locale.ROOT).replace('D', '.').indexOf('.');
            String intPart = dot < 0 ? body : body.substring(0, dot);
            String decPart = dot < 0 ? "" : body.substring(dot + 1);
            int zero = intPart.indexOf('0');
            int minInt = zero < 0 ? 0 : intPart.substring(zero).replaceAll("[^90]", "").length();
            boolean grouping = intPart.toUpperCase(java.util.Locale.ROOT).matches(".*[G,].*");
            return new Spec(fm, grouping, minInt, decPart.length(), fm && !decPart.isEmpty() && decPart.matches("9+"),
                    body.length() + 1);
        }
    }

    /** The canonical call, or null when the format is not a number format. */
    static Call read(List<Expression> a) {
        return a.size() == 2 && isNumberFormat(a.get(1)) ? new Call(NAME, a) : null;
    }

    /**
     * T-SQL FORMAT(n, fmt) with a .NET numeric format ({@code N2}, {@code F1}, {@code D5}, {@code 0000},
     * {@code #,##0.00}) as the same number format in Oracle's notation; null for other formats (dates, currency).
     */
    static Call readDotNet(List<Expression> a) {
        if (a.size() < 2 || a.size() > 3 || !(a.get(1) instanceof StringValue f)
                || a.size() == 3 && !(a.get(2) instanceof StringValue c && c.getValue().matches("(?i)en-(US|GB)|"))) {
            return null;
        }
        String v = f.getValue();
        boolean grouping;
        int minInt;
        int decimals;
        java.util.regex.Matcher std = Pattern.compile("([NnFfDd])(\\d{0,2})").matcher(v);
        if (std.matches()) {
            char k = Character.toUpperCase(std.group(1).charAt(0));
            int n = std.group(2).isEmpty() ? (k == 'D' ? 1 : 2) : Integer.parseInt(std.group(2));
            grouping = k == 'N';
            minInt = k == 'D' ? n : 1;
            decimals = k == 'D' ? 0 : n;
        } else if (v.matches("[#,0]*0(\\.0*)?") || v.matches("[#,0]*\\.0+")) {
            int dot = v.indexOf('.');
            String ip = dot < 0 ? v : v.substring(0, dot);
            grouping = ip.contains(",");
            minInt = ip.replaceAll("[^0]", "").length();
            decimals = dot < 0 ? 0 : v.length() - dot - 1;
        } else {
            return null;
        }
        int digits = Math.max(15, minInt);
        StringBuilder ip = new StringBuilder("9".repeat(digits - minInt) + "0".repeat(minInt));
        if (grouping) {
            for (int i = ip.length() - 3; i > 0; i -= 3) {
                ip.insert(i, 'G');
            }
        }
        String oracle = "FM" + ip + (decimals > 0 ? "D" + "0".repeat(decimals) : "");
        return new Call(NAME, List.of(a.get(0), new StringValue(oracle)));
    }

    /** PostgreSQL: TO_CHAR with Oracle's defaults for the separators (independent of lc_numeric). */
    static void postgres(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> {
            String f = ((StringValue) c.arg(1)).getValue().replaceAll("[Gg]", ",").replaceAll("[Dd]", ".");
            o.text("TO_CHAR(").expr(c.arg(0)).text(", '" + f + "')");
        });
    }

    static void mariadb(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> write(c, o, (abs, s) -> s.grouping()
                ? "FORMAT(" + abs + ", " + s.decimals() + ")"
                : padZeros("CAST(" + abs + " AS DECIMAL(65, " + s.decimals() + "))", s, "LPAD(%s, %d, '0')"), true));
    }

    static void sqlite(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> write(c, o, (abs, s) -> {
            String frac = s.decimals() > 0
                    ? " || SUBSTR(PRINTF('%." + s.decimals() + "f', " + abs + "), -" + (s.decimals() + 1) + ")" : "";
            if (s.grouping()) {
                return "PRINTF('%,d', CAST(" + abs + " AS INTEGER))" + frac;
            }
            int width = Math.max(1, s.minInt()) + (s.decimals() > 0 ? s.decimals() + 1 : 0);
            return s.decimals() > 0 ? "PRINTF('%0" + width + "." + s.decimals() + "f', " + abs + ")"
                    : "PRINTF('%0" + width + "d', CAST(" + abs + " AS INTEGER))";
        }, false));
    }

    private static String padZeros(String text, Spec s, String lpad) {
        int width = s.minInt() + (s.decimals() > 0 ? s.decimals() + 1 : 0);
        return s.minInt() > 1 ? String.format(lpad, text, width) : text;
    }

    private interface Body {
        String of(String abs, Spec s);
    }

    private static void write(Call c, Out o, Body body, boolean mysql) {
        Spec s = Spec.of(((StringValue) c.arg(1)).getValue());
        String x = o.capture(c.arg(0));
        String rounded = "ROUND(" + x + ", " + s.decimals() + ")";
        String abs = "ABS(" + rounded + ")";
        String text = body.of(abs, s);
        if (s.minInt() == 0 && s.decimals() > 0) {
            // no forced integer digit: 0.5 is '.50'
            text = "CASE WHEN " + abs + " < 1 THEN SUBSTR(" + text + ", 2) ELSE " + text + " END";
        }
        if (s.trimDecimals()) {
            // FM with 9s after the point drops trailing zeros and keeps the point: 5 is '5.'
            text = "TRIM(TRAILING '0' FROM " + text + ")";
        }
        String signed = mysql ? "CONCAT(CASE WHEN " + rounded + " < 0 THEN '-' ELSE '' END, " + text + ")"
                : "(CASE WHEN " + rounded + " < 0 THEN '-' ELSE '' END || " + text + ")";
        if (s.fm()) {
            o.text("CASE WHEN " + x + " IS NULL THEN NULL ELSE " + signed + " END");
        } else if (mysql) {
            o.text("LPAD(" + signed + ", " + s.width() + ", ' ')");
        } else {
            o.text("CASE WHEN " + x + " IS NULL THEN NULL ELSE SUBSTR('" + " ".repeat(s.width()) + "' || " + signed
                    + ", -" + s.width() + ") END");
        }
    }
}
