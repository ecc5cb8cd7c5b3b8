package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Optional;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;

/**
 * Predicates whose meaning depends on the dialect: case sensitivity of {@code =} and {@code LIKE}, {@code ILIKE},
 * regular expressions, integer literals against boolean columns, values used as conditions.
 */
public final class Predicates {
    private Predicates() {
    }

    /** Renders {@code e} where a condition is expected. */
    static void condition(ExpressionRenderer r, Expression e) {
        BooleanContext.render(r, e);
    }

    static boolean like(ExpressionRenderer r, LikeExpression l) {
        RenderContext ctx = r.ctx();
        DialectSpec from = ctx.from();
        DialectSpec to = ctx.to();
        LikeExpression.KeyWord kw = l.getLikeKeyWord();
        if (kw == LikeExpression.KeyWord.REGEXP || kw == LikeExpression.KeyWord.RLIKE) {
            // MySQL REGEXP ignores case for non-binary strings.
            return regexp(r, l.getLeftExpression(), l.getRightExpression(), l.isNot(), from.caseInsensitiveStrings());
        }
        if (kw == LikeExpression.KeyWord.SIMILAR_TO && from.supportsGlob()) {
            return glob(r, l);
        }
        if (kw == LikeExpression.KeyWord.SIMILAR_TO) {
            return SimilarTo.render(r, l);
        }
        boolean ilike = kw == LikeExpression.KeyWord.ILIKE;
        if (kw != LikeExpression.KeyWord.LIKE && !ilike) {
            return false;
        }
        boolean binary = !ilike && (BinaryCollation.binaryName(l.getLeftExpression()) != null
                || BinaryCollation.binaryName(l.getRightExpression()) != null);
        if (binary) {
            // MySQL BINARY / *_bin operand: the match is case-sensitive; the collation itself changes nothing else.
            LikeExpression plain = new LikeExpression().withNot(l.isNot()).withEscape(l.getEscape());
            plain.setLikeKeyWord(kw);
            plain.setLeftExpression(unwrapBinary(l.getLeftExpression()));
            plain.setRightExpression(unwrapBinary(l.getRightExpression()));
            l = plain;
        }
        boolean wantCi = !binary && (ilike || from.caseInsensitiveLike());
        boolean targetCi = to.caseInsensitiveLike();
        Expression pattern = l.getRightExpression();
        boolean caseMatters = !(pattern instanceof StringValue sv) || hasLetters(sv.getValue());
        if (binary && !targetCi) {
            r.expr(l.getLeftExpression()).text(l.isNot() ? " NOT LIKE " : " LIKE ").expr(pattern);
            escape(r, l);
            ctx.changed();
            return true;
        }
        if (!caseMatters || !ctx.preserve() && !ilike) {
            if (ilike && !to.supportsIlike()) {
                writeLike(r, l, targetCi ? "LIKE" : null);
                return true;
            }
            return false;
        }
        if (wantCi && !targetCi) {
            if (to.supportsIlike()) {
                writeLike(r, l, "ILIKE");
            } else {
                writeLike(r, l, null);
            }
            ctx.changed();
            return true;
        }
        if (wantCi) {
            if (ilike) {
                writeLike(r, l, "LIKE");
                return true;
            }
            return false;
        }
        if (targetCi) {
            // Case-sensitive source on a case-insensitive target.
            String binaryLike = to.caseSensitiveLike();
            if (binaryLike != null) {
                r.expr(l.getLeftExpression()).text(l.isNot() ? " NOT " + binaryLike + " " : " " + binaryLike + " ").expr(pattern);
                escape(r, l);
                ctx.changed();
                return true;
            }
            if (to.supportsGlob() && pattern instanceof StringValue sv
                    && l.getEscape() == null && sv.getValue().indexOf('\\') < 0) {
                r.expr(l.getLeftExpression()).text(l.isNot() ? " NOT GLOB " : " GLOB ")
                        .text(to.stringLiteral(globPattern(Strings.decode(sv.getValue(), from.backslashEscapes()))));
                ctx.changed();
                return true;
            }
        }
        return false;
    }

    /**
     * SQLite {@code x GLOB 'pattern'} (read as SIMILAR TO by the pre-pass, SQLite has no SIMILAR TO): kept where
     * the target has GLOB, else the equivalent anchored, case-sensitive regular-expression match.
     */
    private static boolean glob(ExpressionRenderer r, LikeExpression l) {
        RenderContext ctx = r.ctx();
        if (ctx.to().supportsGlob()) {
            r.expr(l.getLeftExpression()).text(l.isNot() ? " NOT GLOB " : " GLOB ").expr(l.getRightExpression());
            return true;
        }
        String regex = l.getRightExpression() instanceof StringValue sv ? GlobToRegex.convert(sv.getValue()) : null;
        if (regex == null) {
            ctx.unsupported("glob", "GLOB", "GLOB with a pattern that is not a literal has no equivalent on " + ctx.to());
            r.expr(l.getLeftExpression()).text(" LIKE ").expr(l.getRightExpression());
            return true;
        }
        return regexp(r, l.getLeftExpression(), new StringValue(regex), l.isNot(), false);
    }

    private static Expression unwrapBinary(Expression e) {
        return BinaryCollation.binaryName(e) != null ? ((net.sf.jsqlparser.expression.CollateExpression) e).getLeftExpression() : e;
    }

    /** LIKE with the given keyword, or LOWER(a) LIKE LOWER(b) when keyword is null. */
    private static void writeLike(ExpressionRenderer r, LikeExpression l, String keyword) {
        String not = l.isNot() ? " NOT" : "";
        if (keyword == null) {
            r.text("LOWER(").expr(l.getLeftExpression()).text(")" + not + " LIKE LOWER(").expr(l.getRightExpression())
                    .text(")");
        } else {
            r.expr(l.getLeftExpression()).text(not + " " + keyword + " ").expr(l.getRightExpression());
        }
        escape(r, l);
    }

    private static void escape(ExpressionRenderer r, LikeExpression l) {
        if (l.getEscape() != null) {
            r.text(" ESCAPE ").expr(l.getEscape());
        }
    }

    private static String globPattern(String like) {
        StringBuilder b = new StringBuilder();
        for (char c : like.toCharArray()) {
            switch (c) {
                case '%' -> b.append('*');
                case '_' -> b.append('?');
                case '*' -> b.append("[*]");
                case '?' -> b.append("[?]");
                case '[' -> b.append("[[]");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean regexp(ExpressionRenderer r, Expression left, Expression pattern, boolean not, boolean ci) {
        RenderContext ctx = r.ctx();
        DialectSpec to = ctx.to();
        ctx.changed();
        switch (to.regexStyle()) {
            case TILDE -> {
                r.expr(left).text(" " + (not ? "!" : "") + (ci ? "~* " : "~ ")).expr(pattern);
                return true;
            }
            case REGEXP_OPERATOR -> {
                if (ci && !to.caseInsensitiveStrings()) {
                    r.text("LOWER(").expr(left).text(")").text(not ? " NOT REGEXP " : " REGEXP ").text("LOWER(")
                            .expr(pattern).text(")");
                } else if (!ci && to.caseInsensitiveStrings() && !ctx.from().caseInsensitiveStrings()) {
                    // A case-sensitive match under a case-insensitive collation: PCRE's (?-i) turns case back on.
                    r.expr(left).text(not ? " NOT REGEXP " : " REGEXP ");
                    if (pattern instanceof StringValue sv) {
                        r.text(to.stringLiteral("(?-i)" + Strings.decode(sv.getValue(), ctx.from().backslashEscapes())));
                    } else {
                        r.text("CONCAT('(?-i)', ").expr(pattern).text(")");
                    }
                } else {
                    r.expr(left).text(not ? " NOT REGEXP " : " REGEXP ").expr(pattern);
                }
                return true;
            }
            case REGEXP_LIKE -> {
                r.text(not ? "NOT REGEXP_LIKE(" : "REGEXP_LIKE(").expr(left).text(", ").expr(pattern)
                        .text(ci ? ", 'i')" : ")");
                return true;
            }
            default -> {
                if (to.supportsGlob() && pattern instanceof StringValue sv) {
                    String glob = RegexToGlob.convert(Strings.decode(sv.getValue(), ctx.from().backslashEscapes()), ci);
                    if (glob != null) {
                        if (ci) {
                            r.text("LOWER(").expr(left).text(")");
                        } else {
                            r.expr(left);
                        }
                        r.text(not ? " NOT GLOB " : " GLOB ").text(to.stringLiteral(glob));
                        ctx.emulated("regexp", "GLOB");
                        return true;
                    }
                }
                ctx.unsupported("regexp", "REGEXP", to + " has no regular-expression match operator");
                r.expr(left).text(not ? " NOT LIKE " : " LIKE ").expr(pattern);
                return true;
            }
        }
    }

    /**
     * Comparisons: MySQL's case-insensitive {@code =} against a string literal, and integer literals against a
     * PostgreSQL BOOLEAN column (schema-aware).
     */
    static boolean comparison(ExpressionRenderer r, BinaryExpression e, String op) {
        RenderContext ctx = r.ctx();
        Expression a = e.getLeftExpression();
        Expression b = e.getRightExpression();
        if (booleanColumnLiteral(r, a, b, op) || booleanColumnLiteral(r, b, a, op)
                || TemporalParameters.comparison(r, a, b, op) || Conversions.numericComparison(r, a, b, op)) {
            return true;
        }
        StringValue lit = b instanceof StringValue s ? s : a instanceof StringValue s2 ? s2 : null;
        Expression other = lit == b ? a : b;
        if (lit == null && ctx.preserve()) {
            return parameterComparison(r, a, b, op);
        }
        if (!ctx.preserve() || lit == null || other instanceof StringValue || other instanceof net.sf.jsqlparser.expression.NullValue) {
            return false;
        }
        String binaryName = BinaryCollation.binaryName(other);
        boolean ci = binaryName == null && ctx.from().caseInsensitiveStrings() && !ctx.to().caseInsensitiveStrings()
                && hasLetters(lit.getValue()) && Typing.of(other, ctx) != Typing.Kind.TEMPORAL;
        Expression padded = binaryName != null ? ((net.sf.jsqlparser.expression.CollateExpression) other).getLeftExpression() : other;
        Typing.Kind otherKind = Typing.of(padded, ctx);
        // BINARY strings keep trailing blanks; a *_bin collation still pads them
        boolean pad = !"BINARY".equals(binaryName) && ctx.from().padSpace() && !ctx.to().padSpace()
                && (otherKind == Typing.Kind.STRING || padded instanceof Column && otherKind == Typing.Kind.UNKNOWN);
        if (!ctx.from().caseInsensitiveStrings() && ctx.to().caseInsensitiveStrings()
                && (hasLetters(lit.getValue()) || lit.getValue().endsWith(" "))) {
            // Case- and blank-sensitive source on MySQL / SQL Server.
            String cs = ctx.to().caseSensitiveComparison();
            if (cs != null) {
                r.expr(a).text(op).text(cs.replace("{}", Arithmetic.render(r, b)));
                ctx.changed();
                return true;
            }
        }
        if (!ci && !pad) {
            return false;
        }
        folded(r, Arithmetic.render(r, a), op, Arithmetic.render(r, b), ci, pad);
        return true;
    }

    /**
     * A text column (per the schema) compared with a parameter: under a case-insensitive, blank-padding source
     * collation the bound string matches ignoring case and trailing blanks, as a literal would.
     */
    private static boolean parameterComparison(ExpressionRenderer r, Expression a, Expression b, String op) {
        RenderContext ctx = r.ctx();
        boolean pa = a instanceof net.sf.jsqlparser.expression.JdbcParameter;
        boolean pb = b instanceof net.sf.jsqlparser.expression.JdbcParameter;
        if (pa == pb || !isTextColumn(pa ? b : a, ctx)) {
            return false;
        }
        if (!ctx.from().caseInsensitiveStrings() && ctx.to().caseInsensitiveStrings()) {
            // Case- and blank-sensitive source on MySQL / SQL Server: the bound string compared as the literal is.
            String cs = ctx.to().caseSensitiveComparison();
            if (cs == null) {
                return false;
            }
            String left = Arithmetic.render(r, a);
            String right = Arithmetic.render(r, b);
            r.text(pa ? cs.replace("{}", left) : left).text(op).text(pb ? cs.replace("{}", right) : right);
            ctx.changed();
            return true;
        }
        boolean ci = ctx.from().caseInsensitiveStrings() && !ctx.to().caseInsensitiveStrings();
        boolean pad = ctx.from().padSpace() && !ctx.to().padSpace();
        if (!ci && !pad) {
            return false;
        }
        folded(r, pa ? textOperand(r, a) : Arithmetic.render(r, a), op, pb ? textOperand(r, b) : Arithmetic.render(r, b),
                ci, pad);
        return true;
    }

    /**
     * {@code left op right} compared as the source's collation would: trailing blanks ignored ({@code pad}) and case
     * ignored ({@code ci}), with the target's case-insensitive collation where it has one, else LOWER() on both sides.
     */
    private static void folded(ExpressionRenderer r, String left, String op, String right, boolean ci, boolean pad) {
        if (pad) {
            left = "RTRIM(" + left + ")";
            right = "RTRIM(" + right + ")";
        }
        String collation = r.ctx().to().caseInsensitiveCollation();
        if (ci && collation != null) {
            r.text(left).text(op).text(right).text(" COLLATE " + collation);
        } else if (ci) {
            r.text("LOWER(" + left + ")").text(op).text("LOWER(" + right + ")");
        } else {
            r.text(left).text(op).text(right);
        }
        r.ctx().changed();
    }

    /** True for a column the schema knows as text. */
    static boolean isTextColumn(Expression e, RenderContext ctx) {
        return e instanceof Column c && Typing.of(c, ctx) == Typing.Kind.STRING;
    }

    /** A parameter as text: strict targets need the type spelled out when it sits inside LOWER()/RTRIM(). */
    static String textOperand(ExpressionRenderer r, Expression p) {
        String rendered = r.capture(p);
        if (r.ctx().to().implicitStringToNumber()) {
            return rendered;
        }
        String type = r.ctx().to().writeCastType("TEXT");
        return "CAST(" + rendered + " AS " + (type == null ? "VARCHAR(4000)" : type) + ")";
    }

    /** True when {@code e} is a column the schema says is BOOLEAN, on a target that rejects integers for it. */
    static boolean isStrictBooleanColumn(Expression e, RenderContext ctx) {
        return e instanceof Column c && ctx.to().strictBooleans() && Typing.of(c, ctx) == Typing.Kind.BOOLEAN;
    }

    /** A value written to or compared with a strict BOOLEAN column: 0/1 literals and parameters become booleans. */
    static boolean booleanValue(ExpressionRenderer r, Expression v) {
        if (v instanceof LongValue n && (n.getValue() == 0 || n.getValue() == 1)) {
            r.text(r.ctx().to().booleanLiteral(n.getValue() == 1));
            return true;
        }
        if (v instanceof net.sf.jsqlparser.expression.JdbcParameter) {
            // The caller may bind 0/1 or a boolean: CAST(? AS INTEGER) <> 0 accepts both.
            r.text("(CAST(").expr(v).text(" AS INTEGER) <> 0)");
            return true;
        }
        return false;
    }

    private static boolean booleanColumnLiteral(ExpressionRenderer r, Expression col, Expression lit, String op) {
        RenderContext ctx = r.ctx();
        if (isStrictBooleanColumn(col, ctx) && lit instanceof net.sf.jsqlparser.expression.JdbcParameter) {
            r.expr(col).text(op);
            booleanValue(r, lit);
            ctx.changed();
            return true;
        }
        if (!(col instanceof Column c) || !(lit instanceof LongValue v) || !ctx.to().hasBooleanLiterals()
                || ctx.to().predicateValuesAreNumbers()) {
            return false;
        }
        Optional<TableInfo.ColumnInfo> info = ctx.column(c.getTable() == null ? null : c.getTable().getName(),
                c.getColumnName());
        if (info.isEmpty() || Typing.ofJdbc(info.get().jdbcType(), info.get().typeName()) != Typing.Kind.BOOLEAN) {
            return false;
        }
        long n = v.getValue();
        r.expr(col).text(op).text(ctx.to().booleanLiteral(n != 0));
        ctx.changed();
        return true;
    }
}
