package com.rhosocial.activerecord.model;

import com.rhosocial.activerecord.dialect.Dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * How Java values are bound and read on each backend, kept as data: one {@link Profile} per dialect, no switch on
 * dialect names elsewhere. The guarantees, tested on every backend:
 * <ul>
 *   <li>a value read back equals the value written, for every mapped {@link Kind}, given a column of the type in the
 *       table below;</li>
 *   <li>times keep microseconds (the finest unit PostgreSQL and MariaDB store); finer parts are truncated when bound;</li>
 *   <li>an {@code OffsetDateTime} is stored as its instant and read back at offset UTC (the same instant; equal when
 *       written at UTC).</li>
 * </ul>
 *
 * <table>
 *   <caption>Column types the mapping expects</caption>
 *   <tr><th>Kind</th><th>PostgreSQL</th><th>MySQL/MariaDB</th><th>SQLite</th><th>Oracle</th><th>SQL Server</th></tr>
 *   <tr><td>BOOLEAN</td><td>boolean</td><td>tinyint(1)</td><td>integer</td><td>number(1)</td><td>bit</td></tr>
 *   <tr><td>BIG_DECIMAL</td><td>numeric(p,s)</td><td>decimal(p,s)</td><td>text</td><td>number(p,s)</td><td>decimal(p,s)</td></tr>
 *   <tr><td>LOCAL_DATE_TIME</td><td>timestamp</td><td>datetime(6)</td><td>text</td><td>timestamp</td><td>datetime2</td></tr>
 *   <tr><td>INSTANT, OFFSET_DATE_TIME</td><td>timestamptz</td><td>datetime(6) (UTC)</td><td>text (UTC)</td><td>timestamp with time zone</td><td>datetimeoffset</td></tr>
 *   <tr><td>UUID</td><td>uuid</td><td>char(36)</td><td>text</td><td>varchar2(36)</td><td>uniqueidentifier</td></tr>
 *   <tr><td>JSON</td><td>json</td><td>json / longtext</td><td>text</td><td>clob</td><td>nvarchar(max)</td></tr>
 *   <tr><td>BYTES</td><td>bytea</td><td>blob</td><td>blob</td><td>blob</td><td>varbinary(max)</td></tr>
 *   <tr><td>ENUM</td><td colspan="5">text holding the constant's name</td></tr>
 * </table>
 */
public final class TypeMapping {

    /** How instants are stored. */
    enum Instants {
        /** As {@code timestamp with time zone}, bound as an {@code OffsetDateTime} at UTC. */
        OFFSET,
        /** As a zone-less timestamp holding UTC wall time. */
        UTC_LOCAL,
        /** As ISO-like text in UTC. */
        TEXT
    }

    /** What one backend can hold natively. */
    record Profile(boolean nativeUuid, boolean jsonAsOther, boolean temporalAsText, boolean decimalAsText,
                   Instants instants) {
    }

    private static final Map<Dialect, TypeMapping> MAPPINGS = new EnumMap<>(Dialect.class);

    static {
        Profile standard = new Profile(false, false, false, false, Instants.OFFSET);
        MAPPINGS.put(Dialect.POSTGRESQL, new TypeMapping(new Profile(true, true, false, false, Instants.OFFSET)));
        MAPPINGS.put(Dialect.MYSQL, new TypeMapping(new Profile(false, false, false, false, Instants.UTC_LOCAL)));
        MAPPINGS.put(Dialect.MARIADB, new TypeMapping(new Profile(false, false, false, false, Instants.UTC_LOCAL)));
        MAPPINGS.put(Dialect.SQLITE, new TypeMapping(new Profile(false, false, true, true, Instants.TEXT)));
        MAPPINGS.put(Dialect.ORACLE, new TypeMapping(standard));
        MAPPINGS.put(Dialect.SQLSERVER, new TypeMapping(standard));
        MAPPINGS.put(Dialect.H2, new TypeMapping(new Profile(true, false, false, false, Instants.OFFSET)));
    }

    private static final DateTimeFormatter TEXT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private final Profile profile;

    private TypeMapping(Profile profile) {
        this.profile = profile;
    }

    /** The mapping for a backend's dialect. */
    public static TypeMapping of(Dialect dialect) {
        return MAPPINGS.get(dialect);
    }

    /**
     * Binds {@code value} to parameter {@code index}. {@code kind} may be null, in which case it is taken from the
     * value's class ({@link JsonText} values bind as JSON).
     */
    public void bind(PreparedStatement ps, int index, Object value, Kind kind) throws SQLException {
        if (value instanceof JsonText) {
            value = ((JsonText) value).text();
            kind = Kind.JSON;
        }
        if (kind == null && value != null) {
            kind = Kind.of(value.getClass());
        }
        if (value == null) {
            ps.setNull(index, kind == null ? Types.NULL : nullType(kind));
            return;
        }
        if (kind == null) {
            ps.setObject(index, value);
            return;
        }
        switch (kind) {
            case STRING: ps.setString(index, (String) value); break;
            case BOOLEAN: ps.setBoolean(index, (Boolean) value); break;
            case SHORT: ps.setShort(index, (Short) value); break;
            case INT: ps.setInt(index, (Integer) value); break;
            case LONG: ps.setLong(index, (Long) value); break;
            case FLOAT: ps.setFloat(index, (Float) value); break;
            case DOUBLE: ps.setDouble(index, (Double) value); break;
            case BIG_DECIMAL:
                if (profile.decimalAsText) {
                    ps.setString(index, ((BigDecimal) value).toPlainString());
                } else {
                    ps.setBigDecimal(index, (BigDecimal) value);
                }
                break;
            case BIG_INTEGER:
                if (profile.decimalAsText) {
                    ps.setString(index, value.toString());
                } else {
                    ps.setBigDecimal(index, new BigDecimal((BigInteger) value));
                }
                break;
            case LOCAL_DATE:
                if (profile.temporalAsText) {
                    ps.setString(index, value.toString());
                } else {
                    ps.setObject(index, value);
                }
                break;
            case LOCAL_TIME: {
                LocalTime t = ((LocalTime) value).truncatedTo(ChronoUnit.MICROS);
                if (profile.temporalAsText) {
                    ps.setString(index, TEXT_TIME.format(t));
                } else {
                    ps.setObject(index, t);
                }
                break;
            }
            case LOCAL_DATE_TIME: {
                LocalDateTime t = ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
                if (profile.temporalAsText) {
                    ps.setString(index, TEXT_DATE_TIME.format(t));
                } else {
                    ps.setObject(index, t);
                }
                break;
            }
            case OFFSET_DATE_TIME:
                bindInstant(ps, index, ((OffsetDateTime) value).toInstant());
                break;
            case INSTANT:
                bindInstant(ps, index, (Instant) value);
                break;
            case UUID:
                if (profile.nativeUuid) {
                    ps.setObject(index, value);
                } else {
                    ps.setString(index, value.toString());
                }
                break;
            case ENUM: ps.setString(index, ((Enum<?>) value).name()); break;
            case JSON:
                if (profile.jsonAsOther) {
                    // PgJDBC sends a String as varchar, which PostgreSQL refuses for json columns; OTHER lets the
                    // server infer the type.
                    ps.setObject(index, value, Types.OTHER);
                } else {
                    ps.setString(index, (String) value);
                }
                break;
            case BYTES: ps.setBytes(index, (byte[]) value); break;
            default: ps.setObject(index, value);
        }
    }

    private void bindInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        Instant i = instant.truncatedTo(ChronoUnit.MICROS);
        switch (profile.instants) {
            case OFFSET: ps.setObject(index, i.atOffset(ZoneOffset.UTC)); break;
            case UTC_LOCAL: ps.setObject(index, LocalDateTime.ofInstant(i, ZoneOffset.UTC)); break;
            default: ps.setString(index, TEXT_DATE_TIME.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC)));
        }
    }

    private int nullType(Kind kind) {
        switch (kind) {
            case BOOLEAN: return Types.BOOLEAN;
            case SHORT: return Types.SMALLINT;
            case INT: return Types.INTEGER;
            case LONG: return Types.BIGINT;
            case FLOAT: return Types.REAL;
            case DOUBLE: return Types.DOUBLE;
            case BIG_DECIMAL: case BIG_INTEGER: return profile.decimalAsText ? Types.VARCHAR : Types.NUMERIC;
            case LOCAL_DATE: return profile.temporalAsText ? Types.VARCHAR : Types.DATE;
            case LOCAL_TIME: return profile.temporalAsText ? Types.VARCHAR : Types.TIME;
            case LOCAL_DATE_TIME: return profile.temporalAsText ? Types.VARCHAR : Types.TIMESTAMP;
            case OFFSET_DATE_TIME: case INSTANT:
                return profile.instants == Instants.OFFSET ? Types.TIMESTAMP_WITH_TIMEZONE
                        : profile.instants == Instants.UTC_LOCAL ? Types.TIMESTAMP : Types.VARCHAR;
            case UUID: return profile.nativeUuid ? Types.OTHER : Types.VARCHAR;
            case JSON: return profile.jsonAsOther ? Types.OTHER : Types.VARCHAR;
            case BYTES: return Types.VARBINARY;
            default: return Types.VARCHAR;
        }
    }

    /** Reads column {@code index} as {@code type} (of kind {@code kind}); null stays null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object read(ResultSet rs, int index, Kind kind, Class<?> type) throws SQLException {
        if (kind == null) {
            return rs.getObject(index);
        }
        switch (kind) {
            case STRING: case JSON: return rs.getString(index);
            case BOOLEAN: { boolean v = rs.getBoolean(index); return rs.wasNull() ? null : v; }
            case SHORT: { short v = rs.getShort(index); return rs.wasNull() ? null : v; }
            case INT: { int v = rs.getInt(index); return rs.wasNull() ? null : v; }
            case LONG: { long v = rs.getLong(index); return rs.wasNull() ? null : v; }
            case FLOAT: { float v = rs.getFloat(index); return rs.wasNull() ? null : v; }
            case DOUBLE: { double v = rs.getDouble(index); return rs.wasNull() ? null : v; }
            case BIG_DECIMAL: {
                if (profile.decimalAsText) {
                    String s = rs.getString(index);
                    return s == null ? null : new BigDecimal(s);
                }
                return rs.getBigDecimal(index);
            }
            case BIG_INTEGER: {
                String s = rs.getString(index);
                return s == null ? null : new BigDecimal(s).toBigIntegerExact();
            }
            case LOCAL_DATE: {
                if (profile.temporalAsText) {
                    String s = rs.getString(index);
                    return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
                }
                return rs.getObject(index, LocalDate.class);
            }
            case LOCAL_TIME: {
                if (profile.temporalAsText) {
                    String s = rs.getString(index);
                    return s == null ? null : LocalTime.parse(s);
                }
                return rs.getObject(index, LocalTime.class);
            }
            case LOCAL_DATE_TIME: {
                if (profile.temporalAsText) {
                    return parseText(rs.getString(index));
                }
                return rs.getObject(index, LocalDateTime.class);
            }
            case OFFSET_DATE_TIME: {
                Instant i = readInstant(rs, index);
                return i == null ? null : i.atOffset(ZoneOffset.UTC);
            }
            case INSTANT: return readInstant(rs, index);
            case UUID: {
                if (profile.nativeUuid) {
                    Object o = rs.getObject(index);
                    return o == null ? null : o instanceof UUID ? o : java.util.UUID.fromString(o.toString());
                }
                String s = rs.getString(index);
                return s == null ? null : java.util.UUID.fromString(s.trim());
            }
            case ENUM: {
                String s = rs.getString(index);
                return s == null ? null : Enum.valueOf((Class<Enum>) type, s);
            }
            case BYTES: return rs.getBytes(index);
            default: return rs.getObject(index);
        }
    }

    private Instant readInstant(ResultSet rs, int index) throws SQLException {
        switch (profile.instants) {
            case OFFSET: {
                OffsetDateTime o = rs.getObject(index, OffsetDateTime.class);
                return o == null ? null : o.toInstant();
            }
            case UTC_LOCAL: {
                LocalDateTime l = rs.getObject(index, LocalDateTime.class);
                return l == null ? null : l.toInstant(ZoneOffset.UTC);
            }
            default: {
                LocalDateTime l = parseText(rs.getString(index));
                return l == null ? null : l.toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static LocalDateTime parseText(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().replace(' ', 'T');
        if (t.endsWith("Z")) {
            t = t.substring(0, t.length() - 1);
        }
        return LocalDateTime.parse(t);
    }

    /** A String parameter that should be bound as JSON. */
    public record JsonText(String text) {
    }
}
