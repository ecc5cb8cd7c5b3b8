package com.rhosocial.activerecord.dialect.differential;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented normalisation used to compare rows from different engines. It is deliberately narrow: it
 * absorbs differences in how JDBC drivers <em>represent</em> equal values, never differences in the values.
 *
 * <ul>
 *   <li>NULL equals only NULL. On an Oracle target the empty string also equals NULL, because Oracle (and H2 in
 *       Oracle mode) cannot store {@code ''}: that is the data, not the translation.</li>
 *   <li>Numbers of any Java type compare numerically. Booleans are numbers: {@code true} = 1, {@code false} = 0.
 *       A string that parses as a number equals that number (SQLite hands back what it stored).</li>
 *   <li>Two non-integral numbers compare at the scale of the less precise one (so MySQL's {@code 10/3 = 3.3333}
 *       equals PostgreSQL's {@code 3.3333333333333333}), but an integral value only equals an integral value
 *       (so {@code 7/2 = 3} never equals {@code 3.5}). Floating-point values also match within 1e-9 relative.</li>
 *   <li>Dates and timestamps become ISO text {@code yyyy-MM-dd HH:mm:ss[.fff]} (trailing fraction zeros dropped,
 *       {@code T} read as a space); a timestamp at midnight equals the date of that day.</li>
 *   <li>Strings compare exactly: case, leading and trailing blanks count. Binary values compare as hex.</li>
 * </ul>
 */
public final class ValueComparator {

    /** A time of day always with its seconds (LocalTime.toString drops ":00"), as a text time reads. */
    private static String time(LocalTime t) {
        return t.format(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME);
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2})(?::(\\d{2}))?(?:\\.(\\d+))?)?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private ValueComparator() {
    }

    /** Converts a JDBC value to the canonical form: null, BigDecimal, Double, or String. */
    public static Object normalise(Object o) throws SQLException {
        if (o == null) {
            return null;
        }
        if (o instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            return Double.isFinite(d) ? (Object) d : String.valueOf(d);
        }
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (o instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (o instanceof java.sql.Timestamp ts) {
            return timestamp(ts.toLocalDateTime());
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (o instanceof java.sql.Time t) {
            return time(t.toLocalTime());
        }
        if (o instanceof LocalDateTime t) {
            return timestamp(t);
        }
        if (o instanceof OffsetDateTime t) {
            return timestamp(t.toLocalDateTime());
        }
        if (o instanceof ZonedDateTime t) {
            return timestamp(t.toLocalDateTime());
        }
        if (o instanceof LocalDate d) {
            return d.toString();
        }
        if (o instanceof LocalTime t) {
            return time(t);
        }
        if (o instanceof java.util.Date d) {
            return timestamp(new java.sql.Timestamp(d.getTime()).toLocalDateTime());
        }
        if (o instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (o instanceof Clob c) {
            try (Reader r = c.getCharacterStream()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[1024];
                for (int n; (n = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, n);
                }
                return sb.toString();
            } catch (IOException e) {
                throw new SQLException("cannot read CLOB", e);
            }
        }
        if (o instanceof Blob b) {
            return "0x" + HexFormat.of().formatHex(b.getBytes(1, (int) b.length()));
        }
        return o.toString();
    }

    private static String timestamp(LocalDateTime t) {
        return canonicalTemporal(t.toLocalDate() + " " + t.toLocalTime());
    }

    /** Canonical text of a date/timestamp string, or {@code null} when {@code s} is not one. */
    static String canonicalTemporal(String s) {
        Matcher m = DATE_TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        String sec = m.group(3) == null ? "00" : m.group(3);
        String frac = m.group(4) == null ? "" : m.group(4).replaceAll("0+$", "");
        String time = m.group(2) + ":" + sec + (frac.isEmpty() ? "" : "." + frac);
        return time.equals("00:00:00") ? m.group(1) : m.group(1) + " " + time;
    }

    /** Compares two canonical values; {@code emptyIsNull} applies Oracle's rule for the target side. */
    public static boolean same(Object a, Object b, boolean emptyIsNull, boolean lowerCase) {
        if (emptyIsNull) {
            a = "".equals(a) ? null : a;
            b = "".equals(b) ? null : b;
        }
        if (a == null || b == null) {
            return a == null && b == null;
        }
        BigDecimal na = number(a);
        BigDecimal nb = number(b);
        if (na != null && nb != null && (!(a instanceof String) || !(b instanceof String))) {
            return sameNumber(na, nb, a instanceof Double || b instanceof Double);
        }
        String sa = a instanceof String s ? s : text(a);
        String sb = b instanceof String s ? s : text(b);
        if (lowerCase) {
            sa = sa.toLowerCase(Locale.ROOT);
            sb = sb.toLowerCase(Locale.ROOT);
        }
        if (sa.equals(sb)) {
            return true;
        }
        String ta = canonicalTemporal(sa);
        return ta != null && ta.equals(canonicalTemporal(sb));
    }

    private static String text(Object o) {
        if (o instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(o);
    }

    private static BigDecimal number(Object o) {
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (o instanceof String s && NUMBER.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        return null;
    }

    static boolean sameNumber(BigDecimal x, BigDecimal y, boolean floating) {
        if (x.compareTo(y) == 0) {
            return true;
        }
        if (floating) {
            BigDecimal scale = x.abs().max(y.abs()).max(BigDecimal.ONE);
            if (x.subtract(y).abs().compareTo(scale.multiply(new BigDecimal("1e-9"))) <= 0) {
                return true;
            }
        }
        int sx = Math.max(0, x.stripTrailingZeros().scale());
        int sy = Math.max(0, y.stripTrailingZeros().scale());
        int s = Math.min(sx, sy);
        return s >= 1 && x.setScale(s, RoundingMode.HALF_UP).compareTo(y.setScale(s, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * Compares two result sets; returns {@code null} when equal, else a short description of the first difference.
     */
    public static String diff(List<List<Object>> expected, List<List<Object>> actual, boolean orderInsensitive,
                              boolean emptyIsNull, boolean lowerCase) {
        if (expected.size() != actual.size()) {
            return "expected " + expected.size() + " rows, got " + actual.size() + ": expected "
                    + show(expected) + ", got " + show(actual);
        }
        if (!orderInsensitive) {
            for (int i = 0; i < expected.size(); i++) {
                String d = rowDiff(expected.get(i), actual.get(i), emptyIsNull, lowerCase);
                if (d != null) {
                    return "row " + (i + 1) + ": " + d;
                }
            }
            return null;
        }
        List<List<Object>> left = new ArrayList<>(actual);
        for (List<Object> want : expected) {
            boolean found = false;
            for (int j = 0; j < left.size(); j++) {
                if (rowDiff(want, left.get(j), emptyIsNull, lowerCase) == null) {
                    left.remove(j);
                    found = true;
                    break;
                }
            }
            if (!found) {
                return "row " + show(List.of(want)) + " not found in " + show(actual);
            }
        }
        return null;
    }

    private static String rowDiff(List<Object> want, List<Object> got, boolean emptyIsNull, boolean lowerCase) {
        if (want.size() != got.size()) {
            return "expected " + want.size() + " columns, got " + got.size() + ": " + show(List.of(want)) + " vs " + show(List.of(got));
        }
        for (int c = 0; c < want.size(); c++) {
            if (!same(want.get(c), got.get(c), emptyIsNull, lowerCase)) {
                return "column " + (c + 1) + ": expected " + show(want.get(c)) + ", got " + show(got.get(c));
            }
        }
        return null;
    }

    /** Renders rows in the corpus {@code expected:} notation, truncated for messages. */
    public static String show(List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.size() && i < 6; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            List<Object> r = rows.get(i);
            for (int c = 0; c < r.size(); c++) {
                if (c > 0) {
                    sb.append(" | ");
                }
                sb.append(show(r.get(c)));
            }
        }
        if (rows.size() > 6) {
            sb.append("; ... ").append(rows.size() - 6).append(" more");
        }
        return sb.append(']').toString();
    }

    static String show(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        return text(v);
    }
}
