package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeInsert;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Oracle / SQL Server {@code MERGE INTO t USING (SELECT ... ) s ON (t.k = s.k) WHEN MATCHED THEN UPDATE ...
 * WHEN NOT MATCHED THEN INSERT ...} for one source row, written as the target's upsert
 * ({@code ON CONFLICT (k) DO UPDATE} or {@code ON DUPLICATE KEY UPDATE}). References to the source row are
 * replaced by its values, references to the target alias by the table.
 */
final class MergeRules {
    private MergeRules() {
    }

    static String merge(Merge m, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        DialectSpec to = ctx.to();
        if (to.upsertStyle() == DialectSpec.UpsertStyle.MERGE) {
            return null;
        }
        String sourceAlias = m.getUsingAlias() != null ? m.getUsingAlias().getName()
                : m.getFromItem() != null && m.getFromItem().getAlias() != null ? m.getFromItem().getAlias().getName()
                : null;
        MergeUpdate withDelete = m.getMergeUpdate() != null && m.getMergeUpdate().getDeleteWhereCondition() != null
                ? m.getMergeUpdate() : null;
        if (withDelete != null && to.supportsMergeStatement()) {
            return mergeWithDeleteBranch(m, withDelete, sr);
        }
        if (m.getOperations() != null && m.getOperations().size() == 1 && m.getMergeInsert() == null
                && m.getOutputClause() == null) {
            // Only WHEN MATCHED: an UPDATE ... FROM / DELETE ... WHERE EXISTS over the source, any number of rows.
            String matchedOnly = matchedOnly(m, sr);
            if (matchedOnly != null) {
                return matchedOnly;
            }
        }
        List<Map<String, Expression>> rows = sourceRows(m.getFromItem());
        Map<String, Expression> row = rows == null || rows.isEmpty() ? null : rows.get(0);
        MergeInsert ins = m.getMergeInsert();
        MergeUpdate upd = m.getMergeUpdate();
        if (row == null && sourceAlias != null && ins != null && ins.getColumns() != null) {
            // A query as the source (many rows, no literal values): the update, then the insert of the rest.
            String two = updateThenInsert(m, sr);
            if (two != null) {
                return two;
            }
        }
        if (row == null || sourceAlias == null || ins == null || ins.getColumns() == null) {
            ctx.unsupported("merge", "MERGE", "MERGE is translated for one source row with WHEN NOT MATCHED INSERT");
            return "";
        }
        String table = m.getTable().getName();
        String targetAlias = m.getTable().getAlias() != null ? m.getTable().getAlias().getName() : table;
        List<String> keys = new ArrayList<>();
        collectKeys(m.getOnCondition(), targetAlias, keys);
        ExpressionRenderer e = new ExpressionRenderer(ctx);
        StringBuilder b = new StringBuilder();
        e.setBuilder(b);
        e.setSelectVisitor(StatementRenderer.create(ctx).getSelectDeParser());
        ctx.mergeSource(sourceAlias, row, targetAlias, to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT
                ? table : null);
        try {
            b.append(upd == null && to.upsertStyle() == DialectSpec.UpsertStyle.ON_DUPLICATE_KEY
                    ? "INSERT IGNORE INTO " : "INSERT INTO ").append(table).append(" (");
            for (int i = 0; i < ins.getColumns().size(); i++) {
                b.append(i > 0 ? ", " : "").append(ins.getColumns().get(i).getColumnName());
            }
            b.append(") VALUES ");
            for (int k = 0; k < rows.size(); k++) {
                ctx.mergeSource(sourceAlias, rows.get(k), targetAlias,
                        to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT ? table : null);
                b.append(k > 0 ? ", (" : "(");
                for (int i = 0; i < ins.getValues().size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    ins.getValues().get(i).accept(e, null);
                }
                b.append(")");
            }
            // In the update list a source column means the value proposed for the target column it feeds.
            Map<String, Expression> proposed = new HashMap<>();
            for (int i = 0; i < ins.getColumns().size() && i < ins.getValues().size(); i++) {
                if (ins.getValues().get(i) instanceof Column sc && sc.getTable() != null
                        && sc.getTable().getName() != null
                        && RenderContext.unquote(sc.getTable().getName()).equalsIgnoreCase(RenderContext.unquote(sourceAlias))) {
                    String targetCol = ins.getColumns().get(i).getColumnName();
                    Expression ref = to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT
                            ? new Column(new net.sf.jsqlparser.schema.Table("EXCLUDED"), targetCol)
                            : new net.sf.jsqlparser.expression.Function("VALUES", new Column(targetCol));
                    proposed.put(RenderContext.unquote(sc.getColumnName()).toLowerCase(Locale.ROOT), ref);
                }
            }
            if (rows.size() > 1 || !proposed.isEmpty()) {
                Map<String, Expression> merged = new HashMap<>(rows.get(0));
                merged.putAll(proposed);
                ctx.mergeSource(sourceAlias, merged, targetAlias,
                        to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT ? table : null);
            }
            if (upd == null) {
                if (to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT) {
                    b.append(" ON CONFLICT DO NOTHING");
                }
            } else {
                if (to.upsertStyle() == DialectSpec.UpsertStyle.ON_CONFLICT) {
                    if (keys.isEmpty()) {
                        ctx.unsupported("merge", "ON", "MERGE condition gives no key columns");
                        return "";
                    }
                    b.append(" ON CONFLICT (").append(String.join(", ", keys)).append(") DO UPDATE SET ");
                } else {
                    b.append(" ON DUPLICATE KEY UPDATE ");
                }
                List<UpdateSet> sets = upd.getUpdateSets();
                boolean first = true;
                for (UpdateSet s : sets) {
                    for (int j = 0; j < s.getColumns().size(); j++) {
                        b.append(first ? "" : ", ").append(s.getColumns().get(j).getColumnName()).append(" = ");
                        first = false;
                        ((Expression) s.getValues().get(j)).accept(e, null);
                    }
                }
            }
        } finally {
            ctx.mergeSource(null, null, null, null);
        }
        ctx.changed();
        return b.toString();
    }

    /**
     * {@code MERGE ... WHEN MATCHED [AND c] THEN UPDATE SET ... [WHERE w]} as {@code UPDATE t SET ... FROM source
     * WHERE on AND c AND w} (the DML rules then write the target's multi-table form), and {@code WHEN MATCHED THEN
     * DELETE} as {@code DELETE FROM t WHERE EXISTS (SELECT 1 FROM source WHERE on)}. Null when not of that shape.
     */
    private static String matchedOnly(Merge m, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        net.sf.jsqlparser.statement.merge.MergeOperation op = m.getOperations().get(0);
        FromItem source = m.getFromItem();
        if (source == null) {
            return null;
        }
        if (source.getAlias() == null && m.getUsingAlias() != null) {
            source.setAlias(m.getUsingAlias());
        }
        if (op instanceof MergeUpdate upd && upd.getDeleteWhereCondition() == null) {
            return matchedUpdate(m, upd, sr);
        }
        if (op instanceof MergeUpdate upd && upd.getWhereCondition() == null) {
            String update = matchedUpdate(m, upd, sr);
            String delete = deleteUpdated(m, upd, sr);
            return update == null || delete == null ? null : update + "\u0000" + delete;
        }
        if (op instanceof net.sf.jsqlparser.statement.merge.MergeDelete del) {
            PlainSelect probe = new PlainSelect();
            probe.addSelectItems(new net.sf.jsqlparser.expression.LongValue(1));
            probe.setFromItem(source);
            probe.setWhere(and(m.getOnCondition(), del.getAndPredicate()));
            net.sf.jsqlparser.expression.operators.relational.ExistsExpression exists = new net.sf.jsqlparser.expression.operators.relational.ExistsExpression();
            exists.setRightExpression(new ParenthesedSelect().withSelect(probe));
            net.sf.jsqlparser.statement.delete.Delete d = new net.sf.jsqlparser.statement.delete.Delete();
            d.setTable(m.getTable());
            d.setWhere(exists);
            DmlRules.delete(d, ctx);
            d.accept(sr, null);
            ctx.changed();
            return sr.getBuilder().toString();
        }
        return null;
    }

    /**
     * {@code MERGE} with WHEN MATCHED UPDATE and WHEN NOT MATCHED INSERT over a query: {@code UPDATE ... FROM source
     * WHERE on}, then {@code INSERT ... SELECT ... FROM source WHERE NOT EXISTS (the target row)}. MERGE decides
     * matches before changing anything and may not update the ON columns, so the rows the UPDATE touched are
     * still matched and the INSERT adds exactly the unmatched source rows. Null when not of that shape.
     */
    private static String updateThenInsert(Merge m, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        MergeInsert ins = m.getMergeInsert();
        MergeUpdate upd = m.getMergeUpdate();
        if (m.getOperations() == null || m.getOperations().size() > 2 || m.getOutputClause() != null
                || upd != null && upd.getDeleteWhereCondition() != null && upd.getWhereCondition() != null
                || ins.getValues() == null
                || ins.getValues().size() != ins.getColumns().size()) {
            return null;
        }
        FromItem source = m.getFromItem();
        if (source.getAlias() == null && m.getUsingAlias() != null) {
            source.setAlias(m.getUsingAlias());
        }
        net.sf.jsqlparser.schema.Table target = m.getTable();
        String targetName = target.getFullyQualifiedName();
        String targetAlias = target.getAlias() != null ? " " + target.getAlias().getName() : "";
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(targetName).append(" (");
        for (int i = 0; i < ins.getColumns().size(); i++) {
            insert.append(i > 0 ? ", " : "").append(ins.getColumns().get(i).getColumnName());
        }
        insert.append(") SELECT ");
        for (int i = 0; i < ins.getValues().size(); i++) {
            insert.append(i > 0 ? ", " : "").append(ins.getValues().get(i));
        }
        insert.append(" FROM ").append(source).append(" WHERE NOT EXISTS (SELECT 1 FROM ").append(targetName)
                .append(targetAlias).append(" WHERE ").append(m.getOnCondition()).append(')');
        Expression extra = and(ins.getAndPredicate(), ins.getWhereCondition());
        if (extra != null) {
            insert.append(" AND (").append(extra).append(')');
        }
        net.sf.jsqlparser.statement.Statement parsed;
        try {
            parsed = net.sf.jsqlparser.parser.CCJSqlParserUtil.parse(insert.toString());
        } catch (net.sf.jsqlparser.JSQLParserException e) {
            return null;
        }
        String first = "";
        if (upd != null) {
            first = matchedUpdate(m, upd, sr);
            if (first == null) {
                return null;
            }
        }
        StatementRenderer r2 = StatementRenderer.create(ctx);
        String second = StatementRules.render(parsed, r2);
        if (second == null) {
            parsed.accept(r2, null);
            second = r2.getBuilder().toString();
        }
        ctx.changed();
        String both = first.isEmpty() ? second : first + "\u0000" + second;
        if (upd != null && upd.getDeleteWhereCondition() != null) {
            String delete = deleteUpdated(m, upd, sr);
            if (delete == null) {
                return null;
            }
            ctx.warn("merge", "DELETE", "MERGE ... DELETE WHERE written as UPDATE, INSERT, then DELETE of the matched rows "
                    + "meeting the condition: a row the WHEN NOT MATCHED branch inserted is deleted too when it meets "
                    + "it (Oracle deletes only updated rows)");
            both = both + "\u0000" + delete;
        }
        return both;
    }

    /**
     * Oracle's {@code WHEN MATCHED THEN UPDATE ... DELETE WHERE c} after the UPDATE has run: {@code DELETE FROM t
     * WHERE EXISTS (SELECT 1 FROM source WHERE on) AND c}, so that {@code c} reads the updated values as in Oracle.
     */
    private static String deleteUpdated(Merge m, MergeUpdate upd, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        FromItem source = m.getFromItem();
        PlainSelect probe = new PlainSelect();
        probe.addSelectItems(new net.sf.jsqlparser.expression.LongValue(1));
        probe.setFromItem(source);
        probe.setWhere(and(m.getOnCondition(), upd.getAndPredicate()));
        net.sf.jsqlparser.expression.operators.relational.ExistsExpression exists =
                new net.sf.jsqlparser.expression.operators.relational.ExistsExpression();
        exists.setRightExpression(new ParenthesedSelect().withSelect(probe));
        net.sf.jsqlparser.statement.delete.Delete d = new net.sf.jsqlparser.statement.delete.Delete();
        d.setTable(m.getTable());
        d.setWhere(new AndExpression(exists, upd.getDeleteWhereCondition()));
        DmlRules.delete(d, ctx);
        StatementRenderer r = StatementRenderer.create(ctx);
        d.accept(r, null);
        ctx.emulated("merge", "MERGE ... DELETE WHERE as UPDATE then DELETE");
        return r.getBuilder().toString();
    }

    /**
     * Oracle's {@code WHEN MATCHED THEN UPDATE SET ... [WHERE w] DELETE WHERE c} on a target with the standard MERGE:
     * {@code WHEN MATCHED [AND w] AND c' THEN DELETE WHEN MATCHED [AND w] THEN UPDATE SET ...}, where {@code c'} is
     * {@code c} with each updated target column replaced by its new value (Oracle tests DELETE WHERE on the updated
     * row; the standard picks one branch per row before changing it).
     */
    private static String mergeWithDeleteBranch(Merge m, MergeUpdate upd, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        net.sf.jsqlparser.schema.Table target = m.getTable();
        String targetAlias = target.getAlias() != null ? target.getAlias().getName() : target.getName();
        Map<String, String> newValues = new HashMap<>();
        StringBuilder set = new StringBuilder();
        for (UpdateSet s : upd.getUpdateSets()) {
            for (int i = 0; i < s.getColumns().size(); i++) {
                String col = s.getColumns().get(i).getColumnName();
                set.append(set.length() > 0 ? ", " : "").append(col).append(" = ").append(s.getValues().get(i));
                newValues.put(RenderContext.unquote(col).toLowerCase(Locale.ROOT), "(" + s.getValues().get(i) + ")");
            }
        }
        Expression deleteWhen;
        try {
            deleteWhen = net.sf.jsqlparser.parser.CCJSqlParserUtil.parseCondExpression(
                    upd.getDeleteWhereCondition().toString());
        } catch (net.sf.jsqlparser.JSQLParserException e) {
            return null;
        }
        deleteWhen.accept(new net.sf.jsqlparser.expression.ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column c, S context) {
                String q = c.getTable() == null || c.getTable().getName() == null ? null : c.getTable().getName();
                String v = newValues.get(RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT));
                if (v != null && (q == null || RenderContext.unquote(q).equalsIgnoreCase(RenderContext.unquote(targetAlias)))) {
                    c.setTable(null);
                    c.setColumnName(v);
                }
                return null;
            }
        }, null);
        Expression updWhere = and(upd.getAndPredicate(), upd.getWhereCondition());
        String source = m.getFromItem().toString()
                + (m.getFromItem().getAlias() == null && m.getUsingAlias() != null ? " " + m.getUsingAlias().getName() : "");
        StringBuilder b = new StringBuilder("MERGE INTO ").append(target).append(" USING ").append(source)
                .append(" ON ").append(m.getOnCondition())
                .append(" WHEN MATCHED AND ").append(updWhere == null ? "" : "(" + updWhere + ") AND ")
                .append("(").append(deleteWhen).append(") THEN DELETE WHEN MATCHED")
                .append(updWhere == null ? "" : " AND (" + updWhere + ")").append(" THEN UPDATE SET ").append(set);
        MergeInsert ins = m.getMergeInsert();
        if (ins != null) {
            Expression insWhere = and(ins.getAndPredicate(), ins.getWhereCondition());
            b.append(" WHEN NOT MATCHED").append(insWhere == null ? "" : " AND (" + insWhere + ")").append(" THEN INSERT");
            if (ins.getColumns() != null) {
                b.append(" (");
                for (int i = 0; i < ins.getColumns().size(); i++) {
                    b.append(i > 0 ? ", " : "").append(ins.getColumns().get(i).getColumnName());
                }
                b.append(")");
            }
            b.append(" VALUES ").append(ins.getValues());
        }
        net.sf.jsqlparser.statement.Statement parsed;
        try {
            parsed = net.sf.jsqlparser.parser.CCJSqlParserUtil.parse(b.toString());
        } catch (net.sf.jsqlparser.JSQLParserException e) {
            ctx.unsupported("merge", "DELETE", "MERGE ... DELETE WHERE could not be rewritten: " + e.getMessage());
            return "";
        }
        StatementRenderer r = StatementRenderer.create(ctx);
        parsed.accept(r, null);
        ctx.emulated("merge", "DELETE WHERE as a WHEN MATCHED AND ... THEN DELETE branch");
        return r.getBuilder().toString();
    }

    /** WHEN MATCHED [AND c] THEN UPDATE SET ... [WHERE w] as UPDATE t SET ... FROM source WHERE on AND c AND w. */
    private static String matchedUpdate(Merge m, MergeUpdate upd, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        FromItem source = m.getFromItem();
        Expression where = and(and(m.getOnCondition(), upd.getAndPredicate()), upd.getWhereCondition());
        net.sf.jsqlparser.statement.update.Update u = new net.sf.jsqlparser.statement.update.Update();
        u.setTable(m.getTable());
        u.setFromItem(source);
        u.setWhere(where);
        List<UpdateSet> sets = new ArrayList<>();
        for (UpdateSet set : upd.getUpdateSets()) {
            UpdateSet plain = new UpdateSet();
            for (int i = 0; i < set.getColumns().size(); i++) {
                // SET t.col = ...: the target column, unqualified as UPDATE ... FROM wants it.
                plain.add(new Column(set.getColumns().get(i).getColumnName()), (Expression) set.getValues().get(i));
            }
            sets.add(plain);
        }
        u.setUpdateSets(sets);
        BooleanColumns.update(u, ctx);
        DmlRules.update(u, ctx);
        u.accept(sr, null);
        ctx.changed();
        return sr.getBuilder().toString();
    }

    private static Expression and(Expression a, Expression b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : new AndExpression(a, b);
    }

    /** The source rows (column name to value), or null when the source is not a list of literal rows. */
    private static List<Map<String, Expression>> sourceRows(FromItem fi) {
        Values v0 = fi instanceof ParenthesedSelect ps0 && ps0.getSelect() instanceof Values vv ? vv
                : fi instanceof Values vv2 ? vv2
                : fi instanceof net.sf.jsqlparser.statement.select.ParenthesedFromItem pf
                        && pf.getFromItem() instanceof Values vv3 ? vv3 : null;
        if (v0 != null && fi.getAlias() != null && fi.getAlias().getAliasColumns() != null
                && v0.getExpressions().get(0) instanceof ParenthesedExpressionList<?> first
                && (v0.getExpressions().size() > 1 || first.size() == fi.getAlias().getAliasColumns().size())) {
            List<Map<String, Expression>> rows = new ArrayList<>();
            List<net.sf.jsqlparser.expression.Alias.AliasColumn> cols = fi.getAlias().getAliasColumns();
            for (Expression r : v0.getExpressions()) {
                if (!(r instanceof ParenthesedExpressionList<?> l) || l.size() != cols.size()) {
                    return null;
                }
                Map<String, Expression> row = new HashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    row.put(cols.get(i).name.toLowerCase(Locale.ROOT), l.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
        Map<String, Expression> one = sourceRow(fi);
        return one == null ? null : List.of(one);
    }

    private static Map<String, Expression> sourceRow(FromItem fi) {
        Map<String, Expression> row = new HashMap<>();
        if (fi instanceof ParenthesedSelect ps && ps.getSelect() instanceof PlainSelect p) {
            if (p.getJoins() != null && !p.getJoins().isEmpty() || p.getWhere() != null) {
                return null;
            }
            if (p.getFromItem() != null && !(p.getFromItem() instanceof net.sf.jsqlparser.schema.Table t
                    && t.getName().equalsIgnoreCase("DUAL"))) {
                return null;
            }
            for (SelectItem<?> item : p.getSelectItems()) {
                String name = item.getAlias() != null ? item.getAlias().getName()
                        : item.getExpression() instanceof Column c ? c.getColumnName() : null;
                if (name == null) {
                    return null;
                }
                row.put(RenderContext.unquote(name).toLowerCase(Locale.ROOT), item.getExpression());
            }
            return row;
        }
        Values v = fi instanceof ParenthesedSelect ps2 && ps2.getSelect() instanceof Values vv ? vv
                : fi instanceof Values vv2 ? vv2 : null;
        if (v != null && fi.getAlias() != null && fi.getAlias().getAliasColumns() != null) {
            List<Expression> values = new ArrayList<>();
            Expression first = v.getExpressions().get(0);
            if (v.getExpressions().size() == 1 && first instanceof ParenthesedExpressionList<?> l) {
                values.addAll(l);
            } else {
                values.addAll(v.getExpressions());
            }
            List<net.sf.jsqlparser.expression.Alias.AliasColumn> cols = fi.getAlias().getAliasColumns();
            if (cols.size() != values.size()) {
                return null;
            }
            for (int i = 0; i < cols.size(); i++) {
                row.put(cols.get(i).name.toLowerCase(Locale.ROOT), values.get(i));
            }
            return row;
        }
        return null;
    }

    private static void collectKeys(Expression on, String targetAlias, List<String> keys) {
        if (on instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
            collectKeys(p.get(0), targetAlias, keys);
        } else if (on instanceof AndExpression a) {
            collectKeys(a.getLeftExpression(), targetAlias, keys);
            collectKeys(a.getRightExpression(), targetAlias, keys);
        } else if (on instanceof EqualsTo eq) {
            for (Expression side : List.of(eq.getLeftExpression(), eq.getRightExpression())) {
                if (side instanceof Column c && c.getTable() != null && c.getTable().getName() != null
                        && c.getTable().getName().equalsIgnoreCase(targetAlias)) {
                    keys.add(c.getColumnName());
                }
            }
        }
    }
}
