package com.rhosocial.activerecord.crossdb.sync;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Converts a value read from the source ({@code getObject}) to what the target column's JDBC type expects, so that,
 * say, a MariaDB {@code TINYINT(1)}, a PostgreSQL {@code boolean} and an SQLite integer all land as the right
 * thing, and a timestamp kept as text in SQLite becomes a {@code Timestamp}. Also renders values canonically for
 * checkpoints and checksums. Stateless.
 */
final class ValueConverter {

    private ValueConverter() {
    }

    /**
     * {@code value} converted for a column of JDBC type {@code jdbcType} ({@link Types}).
     *
     * @throws IllegalArgumentException naming the value and type when the conversion is impossible
     */
    static Object convert(Object value, int jdbcType) {
        if (value == null) {
            return null;
        }
        try {
            switch (jdbcType) {
                case Types.BIT, Types.BOOLEAN:
                    return toBoolean(value);
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER:
                    return (int) toLong(value);
                case Types.BIGINT:
                    return toLong(value);
                case Types.DECIMAL, Types.NUMERIC:
                    return value instanceof Boolean b ? BigDecimal.valueOf(b ? 1 : 0) : new BigDecimal(value.toString().trim());
                case Types.REAL, Types.FLOAT, Types.DOUBLE:
                    return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
                    return toTimestamp(value);
                case Types.DATE:
                    return toDate(value);
                case Types.TIME:
                    return value instanceof Time ? value : Time.valueOf(LocalTime.parse(value.toString().trim()));
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                     Types.CLOB, Types.NCLOB:
                    return value instanceof String ? value : canonical(value);
                default:
                    return value;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot convert " + value.getClass().getSimpleName() + " '" + value
                    + "' to JDBC type " + jdbcType + ": " + e.getMessage(), e);
        }
    }

    static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.longValue() != 0;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "true", "t", "y", "yes" -> true;
            case "0", "false", "f", "n", "no" -> false;
            default -> throw new IllegalArgumentException("not a boolean: '" + v + "'");
        };
    }

    static long toLong(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigDecimal d) {
            return d.longValueExact();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return new BigDecimal(v.toString().trim()).longValueExact();
    }

    static Timestamp toTimestamp(Object v) {
        if (v instanceof Timestamp t) {
            return t;
        }
        if (v instanceof LocalDateTime l) {
            return Timestamp.valueOf(l);
        }
        if (v instanceof OffsetDateTime o) {
            return Timestamp.from(o.toInstant());
        }
        if (v instanceof ZonedDateTime z) {
            return Timestamp.from(z.toInstant());
        }
        if (v instanceof java.util.Date d) {
            return new Timestamp(d.getTime());
        }
        if (v instanceof Number n) {
            return new Timestamp(n.longValue()); // SQLite's integer timestamps: epoch milliseconds (xerial's default)
        }
        String s = v.toString().trim();
        return Timestamp.valueOf(LocalDateTime.parse(s.length() == 10 ? s + "T00:00:00" : s.replace(' ', 'T')));
    }

    static Date toDate(Object v) {
        if (v instanceof Date d) {
            return d;
        }
        if (v instanceof LocalDate l) {
            return Date.valueOf(l);
        }
        if (v instanceof Timestamp || v instanceof LocalDateTime || v instanceof Number) {
            return Date.valueOf(toTimestamp(v).toLocalDateTime().toLocalDate());
        }
        String s = v.toString().trim();
        return Date.valueOf(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    }

    /**
     * The canonical text of a value, equal for equal values across drivers: numbers without trailing zeros,
     * booleans as 1/0, timestamps as ISO local date-time, bytes as hex; null as the empty marker {@code \0}.
     */
    static String canonical(Object v) {
        if (v == null) {
            return "\0";
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return canonical(BigDecimal.valueOf(((Number) v).doubleValue()));
        }
        if (v instanceof Number n) {
            return canonical(new BigDecimal(n.toString()));
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        return v.toString();
    }
}
