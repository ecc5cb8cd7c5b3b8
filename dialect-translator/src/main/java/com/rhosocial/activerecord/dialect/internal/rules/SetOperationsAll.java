package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.MinusOp;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * {@code EXCEPT ALL} / {@code INTERSECT ALL} (multiset semantics: a row kept as many times as it is left over) on a
 * target with only the distinct forms (SQLite): each side numbers its copies of a row with
 * {@code ROW_NUMBER() OVER (PARTITION BY every column)}, so the n-th copy of a row is a distinct row, and the plain
 * EXCEPT / INTERSECT of the numbered rows keeps exactly the copies the ALL form keeps. Written for two plain
 * queries; longer chains stay unsupported.
 */
public final class SetOperationsAll {
    private SetOperationsAll() {
    }

    /** The rewritten query, parsed from source-dialect text, or null when none is needed. */
    public static Select rewrite(SetOperationList list, RenderContext ctx) {
        List<SetOperation> ops = list.getOperations();
        if (ops == null || ctx.to().supportsSetOperationAll()
                || ops.stream().noneMatch(o -> o.isAll() && !(o instanceof net.sf.jsqlparser.statement.select.UnionOp))) {
            return null;
        }
        if (ops.size() != 1 || !(list.getSelects().get(0) instanceof PlainSelect left)
                || !(list.getSelects().get(1) instanceof PlainSelect right)
                || left.getSelectItems().size() != right.getSelectItems().size()
                || left.getSelectItems().stream().anyMatch(i -> i.getExpression() instanceof AllColumns)
                || right.getSelectItems().stream().anyMatch(i -> i.getExpression() instanceof AllColumns)) {
            ctx.unsupported("set-ops", ops.get(0).toString(), ctx.to() + " has no " + ops.get(0)
                    + "; only two plain queries with named columns are emulated");
            return null;
        }
        String keyword = ops.get(0) instanceof IntersectOp ? "INTERSECT" : ops.get(0) instanceof ExceptOp
                || ops.get(0) instanceof MinusOp ? "EXCEPT" : null;
        if (keyword == null) {
            return null;
        }
        int n = left.getSelectItems().size();
        StringBuilder cols = new StringBuilder();
        StringBuilder outer = new StringBuilder();
        for (int i = 0; i < n; i++) {
            SelectItem<?> item = left.getSelectItems().get(i);
            String name = item.getAlias() != null ? item.getAlias().getName()
                    : item.getExpression() instanceof Column c ? c.getColumnName() : null;
            String s = "s" + (i + 1) + "__";
            cols.append(i > 0 ? ", " : "").append(s);
            outer.append(i > 0 ? ", " : "").append(s).append(name == null ? "" : " AS " + name);
            item.setAlias(new Alias(s));
            right.getSelectItems().get(i).setAlias(new Alias(s));
        }
        String numbered = "ROW_NUMBER() OVER (PARTITION BY " + cols + ") AS rn__";
        StringBuilder sql = new StringBuilder("SELECT ").append(outer).append(" FROM (SELECT ").append(cols).append(", ")
                .append(numbered).append(" FROM (").append(left).append(") l__ ").append(keyword).append(" SELECT ")
                .append(cols).append(", ").append(numbered).append(" FROM (").append(right).append(") r__) x__");
        if (list.getOrderByElements() != null && !list.getOrderByElements().isEmpty()) {
            sql.append(" ORDER BY ").append(PlainSelect.orderByToString(list.getOrderByElements()).replaceFirst("^\\s*ORDER BY\\s*", ""));
        }
        if (list.getLimit() != null) {
            sql.append(' ').append(list.getLimit());
        }
        if (list.getOffset() != null) {
            sql.append(' ').append(list.getOffset());
        }
        if (list.getFetch() != null) {
            sql.append(' ').append(list.getFetch());
        }
        try {
            Statement st = CCJSqlParserUtil.newParser(sql.toString())
                    .withSquareBracketQuotation(ctx.from().squareBracketQuotes()).Statement();
            if (st instanceof Select s) {
                ctx.emulated("set-ops", keyword + " ALL with numbered copies of each row");
                return s;
            }
        } catch (Exception e) {
            // reported below
        }
        ctx.unsupported("set-ops", keyword + " ALL", "emulation of " + keyword + " ALL could not be built");
        return null;
    }
}
