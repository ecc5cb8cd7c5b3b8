package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;

/**
 * PostgreSQL {@code s SIMILAR TO 'pattern'} on targets without it: the pattern is the SQL standard's mix of LIKE
 * wildcards and regular-expression operators and must match the whole string, so it becomes the anchored regular
 * expression PostgreSQL itself builds ({@code %} to {@code .*}, {@code _} to {@code .}, a literal {@code .} escaped,
 * {@code \} the escape character), then the target's regular-expression match. Without regular expressions
 * (SQLite) one group of alternatives is expanded into an OR of GLOBs where each can be said as one; otherwise
 * unsupported. A non-literal pattern or an ESCAPE clause is reported unsupported.
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
        java.util.List<String> alternatives = r.ctx().to().regexStyle()
                == com.rhosocial.activerecord.dialect.internal.spec.DialectSpec.RegexStyle.NONE && r.ctx().to().supportsGlob()
                ? expand(((StringValue) l.getRightExpression()).getValue()) : null;
        if (alternatives != null) {
            // 'a(b|c)d' without regular expressions: 'abd' or 'acd', each a GLOB where one can say it
            java.util.List<String> globs = new java.util.ArrayList<>();
            for (String alt : alternatives) {
                String regex1 = toRegex(alt);
                String glob = regex1 == null ? null : RegexToGlob.convert(regex1, false);
                if (glob == null) {
                    globs = null;
                    break;
                }
                globs.add(glob);
            }
            if (globs != null) {
                String left = r.capture(l.getLeftExpression());
                r.text(l.isNot() ? "NOT (" : "(");
                for (int i = 0; i < globs.size(); i++) {
                    r.text((i > 0 ? " OR " : "") + left + " GLOB " + r.ctx().to().stringLiteral(globs.get(i)));
                }
                r.text(")");
                r.ctx().emulated("regexp", "GLOB");
                return true;
            }
        }
        return Predicates.regexp(r, l.getLeftExpression(), new StringValue(regex), l.isNot(), false);
    }

    /**
     * The patterns one group of alternatives stands for ({@code '%@x.(com|org)'} is {@code '%@x.com'} or
     * {@code '%@x.org'}); null unless the pattern has exactly one group, not nested, not repeated, with '|' inside,
     * and no '|' outside it.
     */
    static java.util.List<String> expand(String p) {
        int open = p.indexOf('(');
        int close = open < 0 ? -1 : p.indexOf(')', open);
        if (open < 0 || close < 0 || p.indexOf('(', open + 1) >= 0 && p.indexOf('(', open + 1) < close
                || p.indexOf('(', close) >= 0 || p.indexOf('\\') >= 0 || p.indexOf('[') >= 0) {
            return null;
        }
        String head = p.substring(0, open);
        String tail = p.substring(close + 1);
        if (head.indexOf('|') >= 0 || tail.indexOf('|') >= 0 || tail.indexOf(')') >= 0
                || !tail.isEmpty() && "*+?{".indexOf(tail.charAt(0)) >= 0) {
            return null;
        }
        String[] parts = p.substring(open + 1, close).split("\\|", -1);
        if (parts.length < 2) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : parts) {
            out.add(head + part + tail);
        }
        return out;
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
