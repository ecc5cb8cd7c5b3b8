package com.rhosocial.activerecord.cli.sync;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @Test
    void equalDataReadsEqualAcrossDatabases() throws SQLException {
        assertThat(Values.canonical(new BigDecimal("49.90"))).isEqualTo(Values.canonical(49.9)).isEqualTo("49.9");
        assertThat(Values.canonical(new BigDecimal("0.00"))).isEqualTo(Values.canonical(0)).isEqualTo("0");
        assertThat(Values.canonical(true)).isEqualTo(Values.canonical(1)).isEqualTo("1");
        assertThat(Values.canonical(Timestamp.valueOf("2024-01-15 10:00:00")))
                .isEqualTo(Values.canonical("2024-01-15 10:00:00"))
                .isEqualTo(Values.canonical(LocalDateTime.of(2024, 1, 15, 10, 0)))
                .isEqualTo("2024-01-15 10:00:00");
        assertThat(Values.canonical(null)).isEqualTo("\\N").isNotEqualTo(Values.canonical("\\N ")); 
        assertThat(Values.canonical(new byte[] {1, (byte) 0xff})).isEqualTo("0x01ff");
    }

    @Test
    void convertsToTheTargetColumnType() throws SQLException {
        assertThat(Values.forTarget("2024-01-15 10:00:00", Types.TIMESTAMP)).isEqualTo(Timestamp.valueOf("2024-01-15 10:00:00"));
        assertThat(Values.forTarget(1, Types.BOOLEAN)).isEqualTo(true);
        assertThat(Values.forTarget(19.5, Types.DECIMAL)).isEqualTo(new BigDecimal("19.5"));
        assertThat(Values.forTarget(true, Types.INTEGER)).isEqualTo(1);
        assertThat(Values.forTarget(null, Types.VARCHAR)).isNull();
        assertThatThrownBy(() -> Values.forTarget("yesterday", Types.TIMESTAMP))
                .isInstanceOf(SQLException.class).hasMessageContaining("cannot convert 'yesterday'");
    }
}
