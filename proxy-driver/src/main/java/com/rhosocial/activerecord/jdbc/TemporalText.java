package com.rhosocial.activerecord.jdbc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 text for date and time parameters, for backends that keep dates as text (SQLite): dates as
 * {@code yyyy-MM-dd}, timestamps as {@code yyyy-MM-dd HH:mm:ss} with fractional seconds only when present, times as
 * {@code HH:mm:ss}. That is the form SQLite's own {@code date()}/{@code datetime()} functions produce, so a bound
 * value compares equal to the same moment stored or computed in SQL. Local wall-clock values, no zone.
 */
final class TemporalText {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FRACTION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private TemporalText() {
    }

    /** True for the types {@link #format} converts. */
    static boolean handles(Object value) {
        return value instanceof java.util.Date || value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof LocalTime;
    }

    static String format(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return dateTime(ts.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return TIME.format(t.toLocalTime());
        }
        if (value instanceof java.util.Date d) {
            return dateTime(new java.sql.Timestamp(d.getTime()).toLocalDateTime());
        }
        if (value instanceof LocalDateTime ldt) {
            return dateTime(ldt);
        }
        if (value instanceof LocalTime lt) {
            return TIME.format(lt);
        }
        return value.toString(); // LocalDate: yyyy-MM-dd
    }

    private static String dateTime(LocalDateTime v) {
        if (v.getNano() == 0) {
            return SECONDS.format(v);
        }
        String s = FRACTION.format(v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
