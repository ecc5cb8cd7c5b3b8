package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.OracleHierarchicalExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Oracle hierarchical queries ({@code START WITH ... CONNECT BY PRIOR ...}) as a recursive CTE for targets without
 * CONNECT BY. The CTE carries {@code LEVEL}, one column per {@code CONNECT_BY_ROOT x} and per
 * {@code SYS_CONNECT_BY_PATH(x, sep)}, and for {@code ORDER SIBLINGS BY} a sort path of sibling ranks; the outer
 * query reads it under the original table alias, so the select list, the WHERE (applied after the hierarchy is
 * built, as in Oracle) and ORDER BY keep their meaning. {@code CONNECT_BY_ISLEAF} becomes a NOT EXISTS probe for a
 * child. Shapes it cannot keep (joins in the FROM, NOCYCLE, {@code *}) are reported unsupported.
 */
public final class Hierarchy {
    private static final Pattern ROOT = Pattern.compile("(?i)\\bCONNECT_BY_ROOT\\s+((?:\\w+\\.)?\\w+)");
    private static final Pattern PATH = Pattern.compile("(?i)\\bSYS_CONNECT_BY_PATH\\s*\\(");
    private static final Pattern LEVEL = Pattern.compile("(?i)(?<![.\\w])LEVEL(?![\\w(])");
    private static final Pattern ISLEAF = Pattern.compile("(?i)(?<![.\\w])CONNECT_BY_ISLEAF(?!\\w)");
    private static final int SORT_WIDTH = 10;
    /**
     * Appended (as nothing) to the anchor's path columns: MariaDB types a recursive CTE's column from the anchor
     * alone and its CAST AS CHAR keeps the anchor's width, so the anchor must already be 4000 characters wide.
     */
    private static final String WIDEN = " || TRIM(RPAD(' ', 4000))";

    private Hierarchy() {
    }

    /** The rewritten query (to be rendered instead of {@code ps}), or null when {@code ps} is not hierarchical. */
    public static Select rewrite(PlainSelect ps, RenderContext ctx) {
        OracleHierarchicalExpression h = ps.getOracleHierarchical();
        if (h == null || ctx.to().family().equals("ORACLE")) {
            return null;
        }
        FromItem from = ps.getFromItem();
        if (from == null || ps.getJoins() != null && !ps.getJoins().isEmpty() || h.isNoCycle() || h.isConnectFirst()
                && h.getStartExpression() == null) {
            ctx.unsupported("connect-by", "CONNECT BY", "CONNECT BY over joins, with NOCYCLE or without START WITH");
            return null;
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof AllColumns) {
                ctx.unsupported("connect-by", "CONNECT BY", "SELECT * of a hierarchical query");
                return null;
            }
        }
        String alias = from.getAlias() != null ? from.getAlias().getName()
                : from instanceof Table t ? t.getName() : null;
        if (alias == null) {
            ctx.unsupported("connect-by", "CONNECT BY", "CONNECT BY over an unnamed derived table");
            return null;
        }
        String source = from instanceof Table t ? t.getFullyQualifiedName() : fromText(from);
        Expression connect = h.getConnectExpression();
        String parentSide = qualify(connect, alias, "ar_p", true);
        String leafProbe = qualify(connect, "ar_c", alias, false);

        List<String> anchorCols = new ArrayList<>();
        List<String> stepCols = new ArrayList<>();
        anchorCols.add("1 AS ar_level");
        stepCols.add("ar_p.ar_level + 1");

        // the outer query's text with the pseudo-columns replaced by CTE columns
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ps.getSelectItems().size(); i++) {
            items.append(i > 0 ? ", " : "").append(ps.getSelectItems().get(i));
        }
        String where = ps.getWhere() == null ? null : ps.getWhere().toString();
        StringBuilder order = new StringBuilder();
        if (ps.getOrderByElements() != null) {
            for (OrderByElement o : ps.getOrderByElements()) {
                order.append(order.length() > 0 ? ", " : "").append(o);
            }
        }
        String[] texts = {items.toString(), where, order.toString(),
                ps.getGroupBy() == null ? null : ps.getGroupBy().toString(),
                ps.getHaving() == null ? null : ps.getHaving().toString()};
        int[] counter = {0};
        for (int t = 0; t < texts.length; t++) {
            if (texts[t] == null) {
                continue;
            }
            Matcher m = ROOT.matcher(texts[t]);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String col = "ar_root_" + (++counter[0]);
                anchorCols.add(unqualified(m.group(1), alias) + " AS " + col);
                stepCols.add("ar_p." + col);
                m.appendReplacement(sb, Matcher.quoteReplacement(alias + "." + col));
            }
            m.appendTail(sb);
            texts[t] = paths(sb.toString(), alias, anchorCols, stepCols, counter);
            texts[t] = LEVEL.matcher(texts[t]).replaceAll(Matcher.quoteReplacement(alias + ".ar_level"));
            texts[t] = ISLEAF.matcher(texts[t]).replaceAll(Matcher.quoteReplacement(
                    "CASE WHEN EXISTS (SELECT 1 FROM " + source + " ar_c WHERE " + leafProbe + ") THEN 0 ELSE 1 END"));
        }
        if (texts[0] == null) {
            return null;
        }
        String base = source + " " + alias;
        if (ps.isOracleSiblings() && ps.getOrderByElements() != null) {
            // Sibling rank: children of one parent share the values of the child side of the CONNECT BY equalities.
            List<String> childKeys = new ArrayList<>();
            childKeys(connect, alias, childKeys);
            String siblingOrder = texts[2];
            base = "(SELECT " + alias + ".*, ROW_NUMBER() OVER (" + (childKeys.isEmpty() ? ""
                    : "PARTITION BY " + String.join(", ", childKeys) + " ") + "ORDER BY " + siblingOrder
                    + ") AS ar_rn FROM " + source + " " + alias + ") " + alias;
            anchorCols.add("CAST(LPAD(ROW_NUMBER() OVER (ORDER BY " + siblingOrder + "), " + SORT_WIDTH
                    + ", '0')" + WIDEN + " AS VARCHAR2(4000)) AS ar_sort");
            stepCols.add("CAST(ar_p.ar_sort || '.' || LPAD(" + alias + ".ar_rn, " + SORT_WIDTH
                    + ", '0') AS VARCHAR2(4000))");
            texts[2] = alias + ".ar_sort";
        } else if (ps.isOracleSiblings()) {
            return null;
        }
        String start = h.getStartExpression() == null ? "1 = 1" : h.getStartExpression().toString();
        String sql = "WITH ar_h AS (SELECT " + alias + ".*, " + String.join(", ", anchorCols) + " FROM " + base
                + " WHERE " + start + " UNION ALL SELECT " + alias + ".*, " + String.join(", ", stepCols) + " FROM "
                + base + " JOIN ar_h ar_p ON " + parentSide + ") SELECT " + (ps.getDistinct() != null ? "DISTINCT " : "")
                + texts[0] + " FROM ar_h " + alias + (texts[1] == null ? "" : " WHERE " + texts[1])
                + (texts[3] != null ? " " + texts[3] : "")
                + (texts[4] != null ? " HAVING " + texts[4] : "")
                + (texts[2].isEmpty() ? "" : " ORDER BY " + texts[2]);
        try {
            Select out = (Select) CCJSqlParserUtil.parse(sql);
            ctx.changed();
            return out;
        } catch (Exception e) {
            ctx.unsupported("connect-by", "CONNECT BY", "hierarchical query could not be rewritten: " + e.getMessage());
            return null;
        }
    }

    private static String fromText(FromItem from) {
        String s = from.toString();
        if (from.getAlias() != null) {
            s = s.substring(0, s.length() - from.getAlias().toString().length());
        }
        return s;
    }

    /** SYS_CONNECT_BY_PATH(x, sep): a path column built in the CTE (sep || x, then parent's path || sep || x). */
    private static String paths(String text, String alias, List<String> anchorCols, List<String> stepCols,
                                int[] counter) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        Matcher m = PATH.matcher(text);
        while (m.find(pos)) {
            int open = m.end() - 1;
            int close = matching(text, open);
            if (close < 0) {
                return text;
            }
            String inner = text.substring(open + 1, close);
            int comma = topLevelComma(inner);
            if (comma < 0) {
                return text;
            }
            String x = unqualified(inner.substring(0, comma).trim(), alias);
            String sep = inner.substring(comma + 1).trim();
            String col = "ar_path_" + (++counter[0]);
            anchorCols.add("CAST(" + sep + " || " + x + WIDEN + " AS VARCHAR2(4000)) AS " + col);
            stepCols.add("CAST(ar_p." + col + " || " + sep + " || " + x + " AS VARCHAR2(4000))");
            sb.append(text, pos, m.start()).append(alias).append('.').append(col);
            pos = close + 1;
        }
        return sb.append(text.substring(pos)).toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                return i;
            }
        }
        return -1;
    }

    /** An expression over the current row, qualified with the alias (read in the CTE where that row is {@code alias}). */
    private static String unqualified(String expr, String alias) {
        try {
            Expression e = CCJSqlParserUtil.parseExpression(expr);
            e.accept(new ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Column c, S context) {
                    if (c.getTable() == null || c.getTable().getName() == null) {
                        c.setTable(new Table(alias));
                    }
                    return null;
                }
            }, null);
            return e.toString();
        } catch (Exception ex) {
            return expr;
        }
    }

    /**
     * The CONNECT BY condition with its PRIOR operands read from {@code priorAlias} and the others from
     * {@code rowAlias}. With {@code parentJoin} the row is the child being joined ({@code alias}) and PRIOR the
     * parent in the CTE; otherwise the row is a probed child ({@code ar_c}) and PRIOR the current row.
     */
    private static String qualify(Expression connect, String rowAlias, String priorAlias, boolean parentJoin) {
        try {
            Expression copy = CCJSqlParserUtil.parseCondExpression(connect.toString());
            return rewriteConnect(copy, rowAlias, priorAlias);
        } catch (Exception e) {
            return connect.toString();
        }
    }

    private static String rewriteConnect(Expression e, String rowAlias, String priorAlias) {
        // PRIOR x is parsed as a marker on the comparison (or as a ConnectByPriorOperator); re-qualify by text.
        String s = e.toString();
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?i)\\bPRIOR\\s+((?:\\w+\\.)?(\\w+))|((?<![.\\w'])(?:\\w+\\.)?(\\w+)(?![\\w(.'])"
                + ")").matcher(s);
        int pos = 0;
        while (m.find()) {
            String word = m.group(3) != null ? m.group(3) : null;
            out.append(s, pos, m.start());
            if (m.group(1) != null) {
                out.append(priorAlias).append('.').append(m.group(2));
            } else if (word != null && isColumnWord(word, s, m.start())) {
                out.append(rowAlias).append('.').append(m.group(4));
            } else {
                out.append(m.group());
            }
            pos = m.end();
        }
        return out.append(s.substring(pos)).toString();
    }

    private static boolean isColumnWord(String word, String s, int at) {
        String w = word.toUpperCase(java.util.Locale.ROOT);
        if (w.matches("\\d+(\\.\\d+)?") || w.matches("AND|OR|NOT|NULL|IS|IN|LIKE|BETWEEN|TRUE|FALSE|CASE|WHEN|THEN|ELSE|END")) {
            return false;
        }
        // inside a string literal?
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }

    /** The child side of each {@code PRIOR a = b} equality: the columns that name a row's parent. */
    private static void childKeys(Expression connect, String alias, List<String> out) {
        Expression e = connect;
        if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
            childKeys(p.get(0), alias, out);
        } else if (e instanceof AndExpression a) {
            childKeys(a.getLeftExpression(), alias, out);
            childKeys(a.getRightExpression(), alias, out);
        } else if (e instanceof EqualsTo eq) {
            String l = eq.getLeftExpression().toString();
            String r = eq.getRightExpression().toString();
            boolean priorLeft = l.toUpperCase(java.util.Locale.ROOT).startsWith("PRIOR ")
                    || eq.getOraclePriorPosition() == 1;
            boolean priorRight = r.toUpperCase(java.util.Locale.ROOT).startsWith("PRIOR ")
                    || eq.getOraclePriorPosition() == 2;
            Expression child = priorLeft && !priorRight ? eq.getRightExpression()
                    : priorRight && !priorLeft ? eq.getLeftExpression() : null;
            if (child != null) {
                out.add(unqualified(child.toString(), alias));
            }
        }
    }
}
