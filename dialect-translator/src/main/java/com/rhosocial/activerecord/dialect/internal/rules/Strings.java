package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Locale;
import net.sf.jsqlparser.expression.StringValue;

/**
 * String literals: the source's escapes are decoded (MySQL backslashes, PostgreSQL {@code E'...'}, doubled
 * quotes) and the value re-encoded for the target; Oracle's {@code ''} becomes NULL where it means NULL.
 */
final class Strings {
    private Strings() {
    }

    static void literal(ExpressionRenderer r, StringValue s) {
        RenderContext ctx = r.ctx();
        DialectSpec from = ctx.from();
        DialectSpec to = ctx.to();
        String prefix = s.getPrefix() == null ? "" : s.getPrefix().toUpperCase(Locale.ROOT);
        String raw = s.getValue();
        if (prefix.startsWith("$")) {
            r.text(s.toString());
            return;
        }
        String value;
        if (prefix.equals("Q") && raw.length() >= 2) {
            // Oracle q'[...]': the delimiters are the first and last characters; nothing inside is escaped.
            value = raw.substring(1, raw.length() - 1).replace("''", "'");
        } else {
            value = decode(raw, from.backslashEscapes() || prefix.equals("E"));
        }
        if (value.isEmpty() && from.emptyStringIsNull() && !to.emptyStringIsNull() && ctx.preserve()) {
            // Oracle stores and compares '' as NULL.
            r.text("NULL");
            ctx.changed();
            return;
        }
        if (prefix.equals("N") && to.family().equals("SQLSERVER")) {
            r.text("N");
        } else if (prefix.equals("X") || prefix.equals("B")) {
            r.text(s.toString());
            return;
        }
        r.text(to.stringLiteral(value));
    }

    /** Decodes a literal's body as written in SQL. */
    static String decode(String raw, boolean backslashes) {
        if (raw.indexOf('\'') < 0 && (!backslashes || raw.indexOf('\\') < 0)) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                b.append('\'');
                i++;
            } else if (backslashes && c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case '0' -> b.append('\0');
                    case 'Z' -> b.append((char) 26);
                    // MySQL keeps the backslash before % and _ so LIKE patterns still see the escape.
                    case '%', '_' -> b.append('\\').append(n);
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
