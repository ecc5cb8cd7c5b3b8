package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legacy code written for another database binds {@code java.sql.Date}/{@code Timestamp} parameters and compares
 * them with dates stored as text; on SQLite the driver binds them as ISO text while translating, so the rows match.
 */
class SqliteTemporalParametersTest {

    @TempDir
    Path dir;

    private Connection open(String options) throws Exception {
        return DriverManager.getConnection("jdbc:activerecord:sqlite:" + dir.resolve("t.db") + options);
    }

    @Test
    void dateAndTimestampParametersMatchTextDatesWhenTranslatingFromMysql() throws Exception {
        try (Connection c = open("?sourceDialect=mysql")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE events (id INT PRIMARY KEY, day DATE, at DATETIME, tm TIME)");
                st.execute("INSERT INTO events VALUES (1, '2024-01-15', '2024-01-15 10:30:00', '10:30:00'),"
                        + " (2, '2024-02-01', '2024-02-01 08:00:00.25', '08:00:00')");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE day = ?")) {
                ps.setDate(1, Date.valueOf("2024-01-15"));
                assertThat(ids(ps)).isEqualTo("1");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE at >= ? ORDER BY id")) {
                ps.setTimestamp(1, Timestamp.valueOf("2024-01-15 10:30:00"));
                assertThat(ids(ps)).isEqualTo("1,2");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE at = ?")) {
                ps.setTimestamp(1, Timestamp.valueOf("2024-02-01 08:00:00.25"));
                assertThat(ids(ps)).isEqualTo("2");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE tm = ?")) {
                ps.setTime(1, Time.valueOf("08:00:00"));
                assertThat(ids(ps)).isEqualTo("2");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE day BETWEEN ? AND ?")) {
                ps.setObject(1, LocalDate.of(2024, 1, 1));
                ps.setObject(2, LocalDateTime.of(2024, 1, 31, 0, 0));
                assertThat(ids(ps)).isEqualTo("1");
            }
        }
    }

    @Test
    void withoutTranslationTheRealDriverBindsDatesItsOwnWay() throws Exception {
        try (Connection c = open("")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE d (v)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO d VALUES (?)")) {
                ps.setDate(1, Date.valueOf("2024-01-15"));
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT typeof(v) FROM d")) {
                rs.next();
                // sqlite-jdbc's default date_class stores epoch milliseconds
                assertThat(rs.getString(1)).isEqualTo("integer");
            }
        }
    }

    private static String ids(PreparedStatement ps) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : ",").append(rs.getInt(1));
            }
        }
        return sb.toString();
    }
}
