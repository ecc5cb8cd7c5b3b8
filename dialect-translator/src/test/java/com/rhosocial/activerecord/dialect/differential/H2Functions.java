package com.rhosocial.activerecord.dialect.differential;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Functions that the real Oracle and SQL Server have and H2's compatibility modes lack, registered on the H2
 * stand-ins ({@code CREATE ALIAS}) so that correct translator output can run there. Each follows the vendor's
 * documentation for the argument forms the translator emits; none of them is used by PostgreSQL, MariaDB or SQLite.
 */
public final class H2Functions {

    private H2Functions() {
    }

    /** The {@code CREATE ALIAS} statements for an H2 stand-in. */
    static List<String> aliases(Engine e) {
        String cls = H2Functions.class.getName();
        if (e == Engine.H2_SQLSERVER) {
            return List.of(
                    "CREATE ALIAS IF NOT EXISTS REPLICATE FOR \"" + cls + ".replicate\"",
                    "CREATE ALIAS IF NOT EXISTS EOMONTH FOR \"" + cls + ".eomonth\"",
                    "CREATE ALIAS IF NOT EXISTS DATEFROMPARTS FOR \"" + cls + ".datefromparts\"",
                    "CREATE ALIAS IF NOT EXISTS FORMAT FOR \"" + cls + ".format\"");
        }
        if (e == Engine.H2_ORACLE) {
            return List.of(
                    "CREATE ALIAS IF NOT EXISTS TO_NUMBER FOR \"" + cls + ".toNumber\"",
                    "CREATE ALIAS IF NOT EXISTS LENGTHB FOR \"" + cls + ".lengthb\"");
        }
        return List.of();
    }

    /** T-SQL {@code REPLICATE(s, n)}: NULL for NULL input or negative n. */
    public static String replicate(String s, Integer n) {
        return s == null || n == null || n < 0 ? null : s.repeat(n);
    }

    /** T-SQL {@code EOMONTH(d)}. */
    public static Date eomonth(LocalDateTime d) {
        return eomonth(d, 0);
    }

    /** T-SQL {@code EOMONTH(d, months)}. */
    public static Date eomonth(LocalDateTime d, Integer months) {
        if (d == null || months == null) {
            return null;
        }
        LocalDate m = d.toLocalDate().plusMonths(months);
        return Date.valueOf(m.withDayOfMonth(m.lengthOfMonth()));
    }

    /** T-SQL {@code DATEFROMPARTS(y, m, d)}. */
    public static Date datefromparts(Integer y, Integer m, Integer d) {
        return y == null || m == null || d == null ? null : Date.valueOf(LocalDate.of(y, m, d));
    }

    /** T-SQL {@code FORMAT(date, pattern)} for .NET custom date patterns (culture en-US). */
    public static String format(LocalDateTime value, String pattern) {
        if (value == null || pattern == null) {
            return null;
        }
        // .NET 'dddd'/'ddd' are day names; Java spells them EEEE/EEE. 'tt' is the AM/PM designator.
        String java = pattern.replace("dddd", "EEEE").replace("ddd", "EEE").replace("tt", "a");
        return value.format(DateTimeFormatter.ofPattern(java, Locale.US));
    }

    /** Oracle {@code TO_NUMBER(s)} without a format model. */
    public static BigDecimal toNumber(String s) {
        return s == null ? null : new BigDecimal(s.trim());
    }

    /** Oracle {@code LENGTHB(s)} in an AL32UTF8 database; NULL for NULL or '' (Oracle's empty string). */
    public static Integer lengthb(String s) {
        return s == null || s.isEmpty() ? null : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
