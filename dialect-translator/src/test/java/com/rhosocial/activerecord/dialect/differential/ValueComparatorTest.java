package com.rhosocial.activerecord.dialect.differential;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The row normalisation of the differential corpus: what counts as the same value across drivers. */
class ValueComparatorTest {

    private static boolean same(Object a, Object b) throws SQLException {
        return ValueComparator.same(ValueComparator.normalise(a), ValueComparator.normalise(b), false, false);
    }

    @Test
    void numbersOfDifferentJavaTypesAreEqual() throws SQLException {
        assertTrue(same(3, 3L));
        assertTrue(same(new BigDecimal("3.50"), 3.5d));
        assertTrue(same(new BigDecimal("2.5000"), new BigDecimal("2.5")));
    }

    @Test
    void booleansEqualOneAndZero() throws SQLException {
        assertTrue(same(true, 1));
        assertTrue(same(false, new BigDecimal("0")));
        assertFalse(same(true, 0));
    }

    @Test
    void decimalsCompareAtTheCoarserScale() throws SQLException {
        assertTrue(same(new BigDecimal("3.3333"), new BigDecimal("3.3333333333333333")));
        assertFalse(same(new BigDecimal("3.3334"), new BigDecimal("3.3333333333333333")));
        assertFalse(same(new BigDecimal("100.00"), new BigDecimal("100.01")));
    }

    @Test
    void integerDivisionIsNeverEqualToDecimalDivision() throws SQLException {
        assertFalse(same(3, new BigDecimal("3.5")));
        assertFalse(same(3, new BigDecimal("3.3333")));
    }

    @Test
    void floatsMatchWithinRelativeTolerance() throws SQLException {
        assertTrue(same(2.9999999999999996d, 3));
        assertFalse(same(2.999d, 3));
    }

    @Test
    void numericStringEqualsItsNumberButTwoStringsCompareAsText() throws SQLException {
        assertTrue(same("30", 30));
        assertTrue(same("02", 2));
        assertFalse(same("007", "7"));
    }

    @Test
    void stringsKeepCaseAndBlanks() throws SQLException {
        assertFalse(same("Carol ", "Carol"));
        assertFalse(same("bob", "BOB"));
        assertTrue(ValueComparator.same("BOB", "bob", false, true));
    }

    @Test
    void nullEqualsOnlyNullUnlessTheTargetIsOracle() throws SQLException {
        assertTrue(same(null, null));
        assertFalse(same(null, ""));
        assertTrue(ValueComparator.same(null, "", true, false));
        assertFalse(ValueComparator.same("x", "", true, false));
    }

    @Test
    void datesAndTimestampsCompareAsIsoText() throws SQLException {
        assertTrue(same(Date.valueOf("2024-01-15"), "2024-01-15"));
        assertTrue(same(Timestamp.valueOf("2024-01-15 00:00:00"), Date.valueOf("2024-01-15")));
        assertTrue(same(Timestamp.valueOf("2024-01-15 10:20:30"), "2024-01-15T10:20:30"));
        assertTrue(same(Timestamp.valueOf("2024-01-15 10:20:30.500"), "2024-01-15 10:20:30.5"));
        assertFalse(same(Timestamp.valueOf("2024-01-15 10:20:30"), Date.valueOf("2024-01-15")));
    }

    @Test
    void diffReportsRowCountAndOrder() {
        List<List<Object>> a = List.of(List.of(BigDecimal.ONE), List.of(BigDecimal.TEN));
        List<List<Object>> b = List.of(List.of(BigDecimal.TEN), List.of(BigDecimal.ONE));
        assertNotNull(ValueComparator.diff(a, b, false, false, false));
        assertNull(ValueComparator.diff(a, b, true, false, false));
        assertNotNull(ValueComparator.diff(a, List.of(List.of(BigDecimal.ONE)), true, false, false));
    }

    @Test
    void canonicalTemporalDropsMidnightAndTrailingFractionZeros() {
        assertEquals("2024-01-15", ValueComparator.canonicalTemporal("2024-01-15 00:00:00.000"));
        assertEquals("2024-01-15 10:20:00", ValueComparator.canonicalTemporal("2024-01-15 10:20"));
        assertNull(ValueComparator.canonicalTemporal("not a date"));
    }
}
