package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * SQLite {@code printf(fmt, ...)} / {@code format(fmt, ...)} with a literal format, read into canonical calls every
 * target writes: text pieces, {@code %s}, {@code %d} / {@code %i}, {@code %f} with a precision, widths with the
 * {@code 0} and {@code -} flags, {@code %%}. printf never yields NULL: a NULL argument prints as {@code ''} for
 * {@code %s} and as 0 for numbers. Other conversions ({@code %x}, {@code %e}, {@code %q}, ...) keep the call as
 * written.
 */
final class Printf {
    private Printf() {
    }

    static FunctionReader reader() {
        return (name, a) -> {
            if (a.isEmpty() || !(a.get(0) instanceof StringValue fmt)) {
                return null;
            }
            String f = fmt.getValue().replace("''", "'");
            List<Expression> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int arg = 1;
            int i = 0;
            while (i < f.length()) {
                char c = f.charAt(i);
                if (c != '%') {
                    lit.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < f.length() && f.charAt(i + 1) == '%') {
                    lit.append('%');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                boolean zero = false;
                boolean left = false;
                while (j < f.length() && "-0+ ,#!".indexOf(f.charAt(j)) >= 0) {
                    char flag = f.charAt(j);
                    if (flag == '0') {
                        zero = true;
                    } else if (flag == '-') {
                        left = true;
                    } else {
                        return null;
                    }
                    j++;
                }
                int width = 0;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    width = width * 10 + (f.charAt(j++) - '0');
                }
                int precision = -1;
                if (j < f.length() && f.charAt(j) == '.') {
                    j++;
                    precision = 0;
                    while (j < f.length() && Character.isDigit(f.charAt(j))) {
                        precision = precision * 10 + (f.charAt(j++) - '0');
                    }
                }
                if (j >= f.length() || arg >= a.size()) {
                    return null;
                }
                char type = f.charAt(j);
                Expression v = a.get(arg++);
                Expression text;
                switch (type) {
                    case 'd', 'i' -> text = call("TO_TEXT", call("TRUNC_NUM", call("COALESCE", v, new LongValue(0))));
                    case 'f' -> text = call("FIXED_TEXT", call("COALESCE", v, new LongValue(0)),
                            new LongValue(precision < 0 ? 6 : precision));
                    case 's' -> {
                        text = call("COALESCE", call("TO_TEXT", v), new StringValue(""));
                        if (precision >= 0) {
                            text = call("SUBSTR", text, new LongValue(1), new LongValue(precision));
                        }
                    }
                    default -> {
                        return null;
                    }
                }
                if (width > 0) {
                    // Pad to at least the width; printf never cuts a longer value.
                    Expression w = call("GREATEST_NULL", new LongValue(width), call("LENGTH", text));
                    text = call(left ? "RPAD" : "LPAD", text, w, new StringValue(zero && !left && type != 's' ? "0" : " "));
                }
                if (lit.length() > 0) {
                    parts.add(new StringValue(lit.toString().replace("'", "''")));
                    lit.setLength(0);
                }
                parts.add(text);
                i = j + 1;
            }
            if (arg != a.size()) {
                return null;
            }
            if (lit.length() > 0 || parts.isEmpty()) {
                parts.add(new StringValue(lit.toString().replace("'", "''")));
            }
            return parts.size() == 1 ? new Call("COALESCE", List.of(parts.get(0), new StringValue("")))
                    : new Call("CONCAT_SKIP", parts);
        };
    }

    private static Expression call(String name, Expression... args) {
        return new CallNode(new Call(name, List.of(args)));
    }
}
