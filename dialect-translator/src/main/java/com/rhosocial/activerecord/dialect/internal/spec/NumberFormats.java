package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * PostgreSQL / Oracle {@code TO_CHAR(number, '...')} with a digits-only picture ({@code 9}, {@code 0}, one
 * {@code .} or {@code D}, an optional {@code FM} prefix): rounded to the picture's decimals, zero-filled to the
 * {@code 0} positions of the integer part and, without FM, right-aligned in the picture's width plus the sign
 * position. Group separators, signs, currency and trailing-zero suppression ({@code 9} decimals under FM) keep
 * the call as written.
 */
final class NumberFormats {
    private static final Pattern PICTURE = Pattern.compile("(FM)?([09]+)(?:[.D]([09]*))?");

    private NumberFormats() {
    }

    /** The canonical call for {@code TO_CHAR(x, picture)}, or null when the picture is not a number picture. */
    static Call read(List<Expression> a) {
        if (a.size() != 2 || !(a.get(1) instanceof StringValue f)) {
            return null;
        }
        Matcher m = PICTURE.matcher(f.getValue().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        boolean fm = m.group(1) != null;
        if (fm && m.group(3) != null && m.group(3).contains("9")) {
            // FM drops trailing zeros of 9 decimals: no plain equivalent.
            return null;
        }
        String whole = m.group(2);
        int decimals = m.group(3) == null ? 0 : m.group(3).length();
        boolean point = f.getValue().contains(".") || f.getValue().toUpperCase(Locale.ROOT).contains("D");
        int zeros = whole.indexOf('0') < 0 ? 0 : whole.length() - whole.indexOf('0');
        Expression text = node("FIXED_TEXT", a.get(0), new LongValue(decimals));
        if (zeros > 1) {
            int width = zeros + (decimals > 0 ? decimals + 1 : 0);
            text = node("LPAD", text, node("GREATEST_NULL", new LongValue(width), node("LENGTH", text)), new StringValue("0"));
        }
        if (zeros == 0 && point && decimals > 0) {
            // With only 9s before the point a value below 1 prints no leading zero: '.99', '-.50'.
            net.sf.jsqlparser.expression.Function abs = plain("ABS", a.get(0));
            net.sf.jsqlparser.expression.operators.relational.MinorThan small =
                    new net.sf.jsqlparser.expression.operators.relational.MinorThan(abs, new LongValue(1));
            text = node("IF", small, plain("REPLACE", text, new StringValue("0."), new StringValue(".")), text);
        }
        if (point && decimals == 0) {
            // '999.' prints the point even without decimals.
            text = node("CONCAT_SKIP", text, new StringValue("."));
        }
        if (!fm) {
            // Without FM the value is right-aligned in the picture's width plus one position for the sign.
            int width = 1 + whole.length() + (point ? 1 + decimals : 0);
            text = node("LPAD", text, new LongValue(width), new StringValue(" "));
        }
        return text instanceof CallNode c ? c.call() : null;
    }

    private static net.sf.jsqlparser.expression.Function plain(String name, Expression... args) {
        net.sf.jsqlparser.expression.Function f = new net.sf.jsqlparser.expression.Function();
        f.setName(name);
        f.setParameters(new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(args));
        return f;
    }

    private static Expression node(String name, Expression... args) {
        return new CallNode(new Call(name, List.of(args)));
    }
}
