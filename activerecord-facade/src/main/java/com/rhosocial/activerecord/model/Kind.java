package com.rhosocial.activerecord.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Java value kinds the facade maps; {@link TypeMapping} decides how each is bound and read per backend. */
public enum Kind {
    STRING, BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER, LOCAL_DATE, LOCAL_TIME,
    LOCAL_DATE_TIME, OFFSET_DATE_TIME, INSTANT, UUID, ENUM, JSON, BYTES;

    /** The kind for a field or value type, or null when the type is not mapped. */
    public static Kind of(Class<?> type) {
        if (type == String.class) return STRING;
        if (type == Boolean.class || type == boolean.class) return BOOLEAN;
        if (type == Short.class || type == short.class) return SHORT;
        if (type == Integer.class || type == int.class) return INT;
        if (type == Long.class || type == long.class) return LONG;
        if (type == Float.class || type == float.class) return FLOAT;
        if (type == Double.class || type == double.class) return DOUBLE;
        if (type == BigDecimal.class) return BIG_DECIMAL;
        if (type == BigInteger.class) return BIG_INTEGER;
        if (type == LocalDate.class) return LOCAL_DATE;
        if (type == LocalTime.class) return LOCAL_TIME;
        if (type == LocalDateTime.class) return LOCAL_DATE_TIME;
        if (type == OffsetDateTime.class) return OFFSET_DATE_TIME;
        if (type == Instant.class) return INSTANT;
        if (type == java.util.UUID.class) return UUID;
        if (type == byte[].class) return BYTES;
        if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) return ENUM;
        return null;
    }

    /** True for kinds that hold a point in time (usable as timestamps and soft-delete markers). */
    public boolean isTimestamp() {
        return this == INSTANT || this == LOCAL_DATE_TIME || this == OFFSET_DATE_TIME;
    }
}
