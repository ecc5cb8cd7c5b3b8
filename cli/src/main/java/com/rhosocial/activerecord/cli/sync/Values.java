package com.rhosocial.activerecord.cli.sync;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Value conversions between databases: to the JDBC type of a target column on write, and to one canonical text on
 * read so that, for example, SQLite's {@code '2024-01-15 10:00:00'} text and PostgreSQL's {@code TIMESTAMP} compare
 * equal, as do {@code 49.9} and {@code 49.90}, or {@code true} and {@code 1}.
 */
public final class Values {

    private Values() {
    }

    /** Converts {@code v} (as read from the source) for a target column of JDBC type {@code targetType}. */
    public static Object forTarget(Object v, int targetType) throws SQLException {
        if (v == null) {
            return null;
        }
        v = materialize(v);
        try {
            switch (targetType) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                    if (v instanceof String s) {
                        return Timestamp.valueOf(LocalDateTime.parse(s.strip().replace(' ', 'T')));
                    }
                    if (v instanceof Number n) {
                        return new Timestamp(n.longValue()); // epoch milliseconds, as sqlite-jdbc stores them
                    }
                }
                case Types.DATE -> {
                    if (v instanceof String s) {
                        return Date.valueOf(LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip()));
                    }
                }
                case Types.TIME -> {
                    if (v instanceof String s) {
                        return Time.valueOf(LocalTime.parse(s.strip()));
                    }
                }
                case Types.BOOLEAN, Types.BIT -> {
                    if (v instanceof Number n) {
                        return n.intValue() != 0;
                    }
                    if (v instanceof String s) {
                        return s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("t");
                    }
                }
                case Types.DECIMAL, Types.NUMERIC -> {
                    if (v instanceof Number || v instanceof String) {
                        return new BigDecimal(v.toString().strip());
                    }
                }
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    if (v instanceof Boolean b) {
                        return b ? 1 : 0;
                    }
                    if (v instanceof Number n) {
                        return n.intValue();
                    }
                }
                case Types.BIGINT -> {
                    if (v instanceof Number n) {
                        return n.longValue();
                    }
                }
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                    if (v instanceof Number n) {
                        return n.doubleValue();
                    }
                }
                case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.CLOB -> {
                    if (!(v instanceof String) && !(v instanceof byte[])) {
                        return canonical(v);
                    }
                }
                default -> {
                    // passed on as read
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new SQLException("cannot convert '" + v + "' to JDBC type " + targetType + ": " + e.getMessage(), "22018", e);
        }
        return v;
    }

    /** One canonical text for a value, equal across databases for equal data; null is {@code \N}. */
    public static String canonical(Object v) throws SQLException {
        if (v == null) {
            return "\\N";
        }
        v = materialize(v);
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return timestamp(t.toLocalDateTime());
        }
        if (v instanceof LocalDateTime t) {
            return timestamp(t);
        }
        if (v instanceof OffsetDateTime t) {
            return timestamp(t.toLocalDateTime());
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        String s = v.toString();
        // Text that holds a timestamp (SQLite keeps them as text) reads like a TIMESTAMP column elsewhere.
        if (s.length() >= 19 && s.length() <= 29 && s.charAt(4) == '-' && s.charAt(10) == ' ' || s.length() >= 19
                && s.length() <= 29 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
            try {
                return timestamp(LocalDateTime.parse(s.replace(' ', 'T')));
            } catch (DateTimeParseException ignored) {
                return s;
            }
        }
        return s;
    }

    private static String timestamp(LocalDateTime t) {
        String s = t.toString().replace('T', ' ');
        if (s.length() == 16) {
            s += ":00"; // LocalDateTime omits zero seconds
        }
        return s;
    }

    private static Object materialize(Object v) throws SQLException {
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        return v;
    }
}
