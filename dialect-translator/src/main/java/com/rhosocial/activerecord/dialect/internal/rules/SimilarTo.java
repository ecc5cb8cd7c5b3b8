package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;

/**
 * PostgreSQL {@code s SIMILAR TO 'pattern'} on targets without it: the pattern is the SQL standard's mix of LIKE
 * wildcards and regular-expression operators and must match the whole string, so it becomes the anchored regular
 * expression PostgreSQL itself builds ({@code %} to {@code .*}, {@code _} to {@code .}, a literal {@code .} escaped,
 * {@code \} the escape character), then the target's regular-expression match (a GLOB on SQLite where one can
 * say it, else unsupported). A non-literal pattern or an ESCAPE clause is reported unsupported.
 */
final class SimilarTo {
    private SimilarTo() {
    }

    static boolean render(ExpressionRenderer r, LikeExpression l) {
        if (r.ctx().to().supportsSimilarTo()) {
            return false;
        }
        String regex = l.getRightExpression() instanceof StringValue sv && l.getEscape() == null
                ? toRegex(sv.getValue()) : null;
        if (regex == null) {
            r.ctx().unsupported("similar-to", "SIMILAR TO", r.ctx().to() + " has no SIMILAR TO; only a literal pattern"
                    + " without ESCAPE is rewritten as a regular expression");
            return false;
        }
        return Predicates.regexp(r, l.getLeftExpression(), new StringValue(regex), l.isNot(), false);
    }

    /** The anchored POSIX regular expression for a SIMILAR TO pattern; null when a bracket is left open. */
    static String toRegex(String p) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        boolean alternation = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '%' -> b.append(".*");
                case '_' -> b.append('.');
                case '\\' -> {
                    if (i + 1 >= p.length()) {
                        return null;
                    }
                    char next = p.charAt(++i);
                    b.append(Character.isLetterOrDigit(next) ? String.valueOf(next) : "\\" + next);
                }
                case '[' -> {
                    int close = p.indexOf(']', i + (i + 1 < p.length() && p.charAt(i + 1) == '^' ? 3 : 2));
                    if (close < 0) {
                        return null;
                    }
                    b.append(p, i, close + 1);
                    i = close;
                }
                case '.', '^', '$' -> b.append('\\').append(c);
                case '(' -> {
                    depth++;
                    b.append(c);
                }
                case ')' -> {
                    depth--;
                    b.append(c);
                }
                case '|' -> {
                    alternation |= depth == 0;
                    b.append(c);
                }
                default -> b.append(c);
            }
        }
        return alternation ? "^(?:" + b + ")$" : "^" + b + "$";
    }
}
