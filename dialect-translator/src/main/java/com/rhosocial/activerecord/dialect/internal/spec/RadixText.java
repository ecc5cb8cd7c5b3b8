package com.rhosocial.activerecord.dialect.internal.spec;

import java.math.BigInteger;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * MySQL's radix functions (HEX of a number, BIN, OCT, CONV) on literal arguments, folded to the text MySQL
 * returns. The targets have no common radix conversion (PostgreSQL 15 has only TO_HEX, SQLite only printf), so a
 * call on a column stays as written and fails on the target rather than being guessed.
 */
final class RadixText {

    private RadixText() {
    }

    /** The literal {@code v} read in base {@code from}, written upper-case in base {@code to}; null if not foldable. */
    static Call fold(Expression v, int from, int to) {
        if (from < 2 || from > 36 || to < 2 || to > 36) {
            return null;
        }
        String digits = v instanceof LongValue l ? l.getStringValue() : v instanceof StringValue s ? s.getValue() : null;
        if (digits == null || digits.isEmpty() || !digits.matches("[0-9A-Za-z]+")) {
            return null;
        }
        BigInteger n;
        try {
            // CONV(255, 16, 10) reads the digits as written, in base 16
            n = new BigInteger(digits, from);
        } catch (NumberFormatException e) {
            return null;
        }
        if (n.bitLength() > 64) {
            return null;
        }
        return new Call("SAME", List.of(new StringValue(n.toString(to).toUpperCase(java.util.Locale.ROOT))));
    }
}
