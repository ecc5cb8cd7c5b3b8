package com.rhosocial.activerecord.dialect.internal.render;

import com.rhosocial.activerecord.dialect.internal.rules.Identifiers;
import com.rhosocial.activerecord.dialect.internal.rules.Marked;
import com.rhosocial.activerecord.dialect.internal.rules.NullOrdering;
import com.rhosocial.activerecord.dialect.internal.rules.OuterJoins;
import com.rhosocial.activerecord.dialect.internal.rules.PagingRules;
import com.rhosocial.activerecord.dialect.internal.rules.RowLocks;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.MinusOp;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/**
 * Renders query blocks: paging, FROM DUAL, NULL ordering, Oracle {@code (+)} joins, set-operation keywords, CTE
 * {@code RECURSIVE}, and names of tables. Every block (including subqueries) passes through here.
 */
public class SelectRenderer extends SelectDeParser {
    private final RenderContext ctx;

    public SelectRenderer(ExpressionRenderer expressions, StringBuilder builder, RenderContext ctx) {
        super(expressions, builder);
        this.ctx = ctx;
    }

    private int aliasCounter;

    private void aliasDerived(FromItem fi) {
        if (fi instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p && p.getAlias() == null) {
            // Oracle allows an unnamed derived table; PostgreSQL, MySQL and SQL Server require a name.
            p.setAlias(new net.sf.jsqlparser.expression.Alias("dt" + (++aliasCounter)));
        }
    }

    /** True while one level of a WITH ROLLUP emulation is rendered (the block must not expand again). */
    private boolean inRollup;

    @Override
    public <S> StringBuilder visit(PlainSelect ps, S context) {
        if (ps.getMySqlSqlCalcFoundRows()) {
            return foundRows(ps, context);
        }
        List<List<Expression>> groupingSets = inRollup ? null
                : com.rhosocial.activerecord.dialect.internal.rules.Rollups.groupingSets(ps, ctx);
        if (groupingSets != null) {
            return groupingSetUnion(ps, groupingSets, context);
        }
        if (!inRollup && com.rhosocial.activerecord.dialect.internal.rules.Rollups.needsUnion(ps, ctx)) {
            return rollupUnion(ps, context);
        }
        net.sf.jsqlparser.statement.select.Select hierarchy =
                com.rhosocial.activerecord.dialect.internal.rules.Hierarchy.rewrite(ps, ctx);
        if (hierarchy != null) {
            return hierarchy.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) this, context);
        }
        com.rhosocial.activerecord.dialect.internal.rules.KeepAggregates.apply(ps, ctx);
        com.rhosocial.activerecord.dialect.internal.rules.PagingRules.constantWindowOrder(ps, ctx);
        PlainSelect firstPerGroup = com.rhosocial.activerecord.dialect.internal.rules.DistinctOn.rewrite(ps, ctx);
        if (firstPerGroup != null) {
            return visit(firstPerGroup, context);
        }
        net.sf.jsqlparser.statement.select.Select unionOfHalves =
                com.rhosocial.activerecord.dialect.internal.rules.FullJoins.rewrite(ps, ctx);
        if (unionOfHalves != null) {
            unionOfHalves.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) this, context);
            return getBuilder();
        }
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.Pivots.apply(ps.getFromItem(), ctx));
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.ValuesTables.apply(ps.getFromItem(), ctx));
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.GenerateSeries.apply(ps.getFromItem(), ctx));
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.PragmaTableInfo.apply(ps.getFromItem(), ctx));
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.JsonEach.apply(
                com.rhosocial.activerecord.dialect.internal.rules.StringSplits.apply(ps.getFromItem(), ctx), false, ctx));
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                if (j.isApply() && !ctx.to().family().equals("SQLSERVER")) {
                    com.rhosocial.activerecord.dialect.internal.rules.Applies.values(j, ctx);
                }
                if (j.isStraight()) {
                    // MySQL's STRAIGHT_JOIN is an inner join with a join-order hint.
                    j.setStraight(false);
                    j.setInner(true);
                    ctx.changed();
                }
                j.setRightItem(com.rhosocial.activerecord.dialect.internal.rules.GenerateSeries.apply(j.getRightItem(), ctx));
                j.setRightItem(com.rhosocial.activerecord.dialect.internal.rules.JsonEach.apply(
                        com.rhosocial.activerecord.dialect.internal.rules.StringSplits.apply(j.getRightItem(), ctx), true, ctx));
                j.setRightItem(com.rhosocial.activerecord.dialect.internal.rules.ValuesTables.apply(j.getRightItem(),
                        ctx));
            }
        }
        aliasDerived(ps.getFromItem());
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                aliasDerived(j.getRightItem());
            }
        }
        registerTables(ps);
        com.rhosocial.activerecord.dialect.internal.rules.Rollups.nativeForm(ps, ctx);
        com.rhosocial.activerecord.dialect.internal.rules.CaseInsensitiveGroups.apply(ps, ctx);
        lateralToScalar(ps);
        applyToLateral(ps);
        // Row locks in the target's form (T-SQL table hints, MariaDB LOCK IN SHARE MODE); takes the clause off.
        RowLocks.Lock lock = RowLocks.apply(ps, ctx);
        if (lock != null) {
            for (Table t : lock.tables()) {
                lockHints.put(t, lock.hint());
            }
        }
        if (ps.getForMode() != null && !ctx.to().supportsForUpdate()) {
            // SQLite locks the whole database per transaction; SQL Server uses table hints: the clause is dropped.
            ps.setForMode(null);
            ps.setForUpdateTable(null);
            ps.setForUpdateTables(null);
            ps.setNoWait(false);
            ps.setWait(null);
            ps.setSkipLocked(false);
            ctx.warn("locking", "FOR", "row-locking clause dropped on " + ctx.to());
            ctx.changed();
        }
        OuterJoins.apply(ps, ctx);
        PagingRules.limitedInSubqueries(ps.getWhere(), ctx);
        PagingRules.apply(ps, ctx);
        dual(ps);
        if (ps.getOrderByElements() != null && ps.getOrderByElements().size() == 1
                && ps.getOrderByElements().get(0).getExpression() instanceof net.sf.jsqlparser.expression.NullValue) {
            // MySQL's ORDER BY NULL only turns the implicit GROUP BY sort off; elsewhere it is an error.
            ps.setOrderByElements(null);
            ctx.changed();
        }
        com.rhosocial.activerecord.dialect.internal.rules.UserVariableCounters.apply(ps, ctx);
        ps.setOrderByElements(NullOrdering.apply(ps.getOrderByElements(), ps, ctx));
        com.rhosocial.activerecord.dialect.internal.rules.BinaryCollation.apply(ps, ctx);
        com.rhosocial.activerecord.dialect.internal.rules.HavingAliases.apply(ps, ctx);
        ps.setWhere(Marked.condition(ps.getWhere()));
        ps.setHaving(Marked.condition(ps.getHaving()));
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                if (j.getOnExpressions() != null && !j.getOnExpressions().isEmpty()) {
                    List<Expression> on = new ArrayList<>();
                    for (Expression e : j.getOnExpressions()) {
                        on.add(Marked.condition(e));
                    }
                    j.setOnExpressions(on);
                }
            }
        }
        if (ps.getSelectItems() != null) {
            for (SelectItem<?> item : ps.getSelectItems()) {
                Expression e = item.getExpression();
                Expression v = Marked.value(e);
                if (v != e) {
                    @SuppressWarnings("unchecked")
                    SelectItem<Expression> it = (SelectItem<Expression>) item;
                    it.setExpression(v);
                }
                Identifiers.alias(item.getAlias(), ctx);
            }
        }
        StringBuilder out = super.visit(ps, context);
        if (lock != null && lock.suffix() != null) {
            out.append(lock.suffix());
        }
        return out;
    }

    /**
     * ROLLUP / GROUPING SETS where the target has no such syntax (or refuses it with ORDER BY): one grouped block
     * per set under UNION ALL, the keys outside the set NULL and GROUPING(k) its constant in each block, the
     * source's ORDER BY applied over the union through hidden sort columns (with the source's NULL order).
     */
    private <S> StringBuilder groupingSetUnion(PlainSelect ps, List<List<Expression>> sets, S context) {
        if (ps.getLimit() != null || ps.getOffset() != null || ps.getFetch() != null || ps.getDistinct() != null) {
            ctx.unsupported("rollup", "ROLLUP", ctx.to() + " has no ROLLUP; its emulation takes no LIMIT"
                    + " or DISTINCT");
            return getBuilder();
        }
        List<Expression> all = new ArrayList<>();
        for (List<Expression> set : sets) {
            for (Expression k : set) {
                if (all.stream().noneMatch(x -> x.toString().equalsIgnoreCase(k.toString()))) {
                    all.add(k);
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ps.getSelectItems().size(); i++) {
            SelectItem<?> item = ps.getSelectItems().get(i);
            if (item.getAlias() == null) {
                String label = item.getExpression() instanceof net.sf.jsqlparser.schema.Column c
                        ? RenderContext.unquote(c.getColumnName()) : "c" + (i + 1);
                item.setAlias(new net.sf.jsqlparser.expression.Alias(label, true));
            }
            labels.add("\"" + RenderContext.unquote(item.getAlias().getName()) + "\"");
        }
        List<net.sf.jsqlparser.statement.select.OrderByElement> order = ps.getOrderByElements();
        ps.setOrderByElements(null);
        // Each ORDER BY key: an output label it names, or a hidden column computed in every block.
        List<String> sortKeys = new ArrayList<>();
        List<Expression> hidden = new ArrayList<>();
        if (order != null) {
            for (net.sf.jsqlparser.statement.select.OrderByElement o : order) {
                Expression e = o.getExpression();
                String key = null;
                if (e instanceof net.sf.jsqlparser.expression.LongValue v && v.getValue() >= 1
                        && v.getValue() <= labels.size()) {
                    key = labels.get((int) v.getValue() - 1);
                } else if (e instanceof net.sf.jsqlparser.schema.Column c && c.getTable() == null) {
                    for (int i = 0; i < ps.getSelectItems().size(); i++) {
                        SelectItem<?> item = ps.getSelectItems().get(i);
                        if (!(item.getExpression() instanceof net.sf.jsqlparser.schema.Column)
                                && RenderContext.unquote(item.getAlias().getName())
                                .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                            key = labels.get(i);
                        }
                    }
                }
                if (key == null) {
                    key = "rollup_o" + hidden.size();
                    hidden.add(e);
                }
                boolean nullsFirst = o.getNullOrdering() != null
                        ? o.getNullOrdering() == net.sf.jsqlparser.statement.select.OrderByElement.NullOrdering.NULLS_FIRST
                        : o.isAsc() == ctx.from().nullsSortLowByDefault();
                sortKeys.add("CASE WHEN " + key + " IS NULL THEN " + (nullsFirst ? 0 : 1) + " ELSE "
                        + (nullsFirst ? 1 : 0) + " END, " + com.rhosocial.activerecord.dialect.internal.rules.Rollups.sortKey(key, e, ctx)
                        + (o.isAsc() ? "" : " DESC"));
            }
        }
        @SuppressWarnings("unchecked")
        List<SelectItem<?>> items = (List<SelectItem<?>>) (List<?>) ps.getSelectItems();
        List<SelectItem<?>> original = new ArrayList<>(items);
        getBuilder().append("SELECT ").append(String.join(", ", labels)).append(" FROM (");
        inRollup = true;
        try {
            for (int s = 0; s < sets.size(); s++) {
                if (s > 0) {
                    getBuilder().append(" UNION ALL ");
                }
                List<Expression> set = sets.get(s);
                items.clear();
                for (SelectItem<?> item : original) {
                    Expression e = com.rhosocial.activerecord.dialect.internal.rules.Rollups.groupingConstant(
                            item.getExpression(), set, all);
                    items.add(e == item.getExpression() ? item : new SelectItem<>(e, item.getAlias()));
                }
                for (int i = 0; i < hidden.size(); i++) {
                    items.add(new SelectItem<>(com.rhosocial.activerecord.dialect.internal.rules.Rollups
                            .groupingConstant(hidden.get(i), set, all),
                            new net.sf.jsqlparser.expression.Alias("rollup_o" + i, true)));
                }
                com.rhosocial.activerecord.dialect.internal.rules.Rollups.groupingSet(ps, set, all, ctx);
                visit(ps, context);
            }
        } finally {
            inRollup = false;
            ctx.rollupNulls().clear();
            items.clear();
            items.addAll(original);
        }
        getBuilder().append(") rollup_rows");
        if (!sortKeys.isEmpty()) {
            getBuilder().append(" ORDER BY ").append(String.join(", ", sortKeys));
        }
        ctx.emulated("rollup", "UNION ALL");
        return getBuilder();
    }

    /**
     * WITH ROLLUP without a subtotal syntax: one block per level under UNION ALL, sorted as MySQL returns them
     * (by each key, a subtotal after its detail rows, the grand total last) through hidden sort columns.
     */
    private <S> StringBuilder rollupUnion(PlainSelect ps, S context) {
        if (ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty() || ps.getLimit() != null
                || ps.getOffset() != null || ps.getFetch() != null || ps.getDistinct() != null) {
            ctx.unsupported("rollup", "ROLLUP", ctx.to() + " has no ROLLUP; its emulation takes no ORDER BY, LIMIT"
                    + " or DISTINCT");
            return getBuilder();
        }
        List<Expression> keys = com.rhosocial.activerecord.dialect.internal.rules.Rollups.keys(ps);
        Expression having = ps.getHaving();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ps.getSelectItems().size(); i++) {
            SelectItem<?> item = ps.getSelectItems().get(i);
            if (item.getAlias() == null) {
                String label = item.getExpression() instanceof net.sf.jsqlparser.schema.Column c
                        ? RenderContext.unquote(c.getColumnName()) : "c" + (i + 1);
                item.setAlias(new net.sf.jsqlparser.expression.Alias(label, true));
            }
            // Double quotes: the post-pass writes the target's.
            labels.add("\"" + RenderContext.unquote(item.getAlias().getName()) + "\"");
        }
        int n = keys.size();
        @SuppressWarnings("unchecked")
        List<SelectItem<?>> items = (List<SelectItem<?>>) (List<?>) ps.getSelectItems();
        List<SelectItem<?>> original = new ArrayList<>(items);
        getBuilder().append("SELECT ").append(String.join(", ", labels)).append(" FROM (");
        inRollup = true;
        try {
            for (int level = n; level >= 0; level--) {
                if (level < n) {
                    getBuilder().append(" UNION ALL ");
                }
                com.rhosocial.activerecord.dialect.internal.rules.Rollups.level(ps, keys, level, having, ctx);
                items.clear();
                items.addAll(original);
                for (int i = 0; i < n; i++) {
                    Expression k = i < level ? keys.get(i) instanceof net.sf.jsqlparser.schema.Column c
                            ? new net.sf.jsqlparser.schema.Column(c.getTable(), c.getColumnName()) : keys.get(i)
                            : new net.sf.jsqlparser.expression.NullValue();
                    items.add(new SelectItem<>(k, new net.sf.jsqlparser.expression.Alias("rollup_k" + i, true)));
                    items.add(new SelectItem<>(new net.sf.jsqlparser.expression.LongValue(i < level ? 0 : 1),
                            new net.sf.jsqlparser.expression.Alias("rollup_g" + i, true)));
                }
                visit(ps, context);
            }
        } finally {
            inRollup = false;
            ctx.rollupNulls().clear();
            items.clear();
            items.addAll(original);
        }
        getBuilder().append(") rollup_rows ORDER BY ");
        for (int i = 0; i < n; i++) {
            getBuilder().append(i > 0 ? ", " : "").append("rollup_g").append(i).append(", ").append(
                    com.rhosocial.activerecord.dialect.internal.rules.Rollups.sortKey("rollup_k" + i, keys.get(i), ctx));
        }
        ctx.emulated("rollup", "UNION ALL");
        return getBuilder();
    }

    /**
     * MySQL {@code SELECT SQL_CALC_FOUND_ROWS ... LIMIT n}: the query as a CTE that also counts its rows before the
     * LIMIT (a window count), the count stored in a session setting for FOUND_ROWS(), the rows returned in the
     * CTE's order. When the LIMIT leaves no row the stored count is 0.
     */
    private <S> StringBuilder foundRows(PlainSelect ps, S context) {
        ps.setMySqlSqlCalcFoundRows(false);
        String counter = ctx.to().createSessionTable("rhosocial_found_rows", "n INTEGER");
        if (counter != null) {
            // Count the rows without the LIMIT into the counter table, then run the query itself.
            Object limit = ps.getLimit();
            Object offset = ps.getOffset();
            Object fetch = ps.getFetch();
            List<net.sf.jsqlparser.statement.select.OrderByElement> order = ps.getOrderByElements();
            ps.setLimit(null);
            ps.setOffset(null);
            ps.setFetch(null);
            ps.setOrderByElements(null);
            getBuilder().append(counter).append('\u0000').append("DELETE FROM rhosocial_found_rows").append('\u0000')
                    .append("INSERT INTO rhosocial_found_rows (n) SELECT COUNT(*) FROM (");
            visit(ps, context);
            getBuilder().append(") found_rows_all").append('\u0000');
            ps.setLimit((net.sf.jsqlparser.statement.select.Limit) limit);
            ps.setOffset((net.sf.jsqlparser.statement.select.Offset) offset);
            ps.setFetch((net.sf.jsqlparser.statement.select.Fetch) fetch);
            ps.setOrderByElements(order);
            visit(ps, context);
            ctx.emulated("found-rows", "SQL_CALC_FOUND_ROWS");
            return getBuilder();
        }
        String set = ctx.to().setSessionValue("found_rows", "COALESCE(MAX(found_rows_n), 0)");
        if (set == null) {
            // The page is still right; FOUND_ROWS() is reported unsupported where it is read.
            ctx.warn("found-rows", "SQL_CALC_FOUND_ROWS", ctx.to() + " keeps no row count between statements:"
                    + " SQL_CALC_FOUND_ROWS dropped");
            ctx.changed();
            return visit(ps, context);
        }
        if (ps.getDistinct() != null) {
            ctx.unsupported("found-rows", "SQL_CALC_FOUND_ROWS", "SQL_CALC_FOUND_ROWS with DISTINCT is not"
                    + " emulated on " + ctx.to() + "; run a COUNT(*) query instead");
            return getBuilder();
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ps.getSelectItems().size(); i++) {
            SelectItem<?> item = ps.getSelectItems().get(i);
            Expression e = item.getExpression();
            if (e instanceof net.sf.jsqlparser.statement.select.AllColumns
                    || e instanceof net.sf.jsqlparser.statement.select.AllTableColumns) {
                java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo> t =
                        ps.getFromItem() instanceof Table ft && (ps.getJoins() == null || ps.getJoins().isEmpty())
                                ? ctx.table(ft.getFullyQualifiedName()) : java.util.Optional.empty();
                if (t.isEmpty()) {
                    ctx.unsupported("found-rows", "SQL_CALC_FOUND_ROWS", "SQL_CALC_FOUND_ROWS with * needs the"
                            + " table's columns (one table known to the schema)");
                    return getBuilder();
                }
                for (com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo c : t.get().columns()) {
                    labels.add("\"" + c.name() + "\"");
                }
                continue;
            }
            if (item.getAlias() == null) {
                String label = e instanceof net.sf.jsqlparser.schema.Column c
                        ? RenderContext.unquote(c.getColumnName()) : "c" + (i + 1);
                item.setAlias(new net.sf.jsqlparser.expression.Alias(label, true));
            }
            labels.add("\"" + RenderContext.unquote(item.getAlias().getName()) + "\"");
        }
        net.sf.jsqlparser.expression.AnalyticExpression count = new net.sf.jsqlparser.expression.AnalyticExpression();
        count.setName("COUNT");
        count.setAllColumns(true);
        count.setType(net.sf.jsqlparser.expression.AnalyticType.OVER);
        @SuppressWarnings("unchecked")
        List<SelectItem<?>> items = (List<SelectItem<?>>) (List<?>) ps.getSelectItems();
        items.add(new SelectItem<>(count, new net.sf.jsqlparser.expression.Alias("found_rows_n", true)));
        getBuilder().append("WITH found_rows_q AS (");
        visit(ps, context);
        items.remove(items.size() - 1);
        getBuilder().append("), found_rows_s AS (SELECT ").append(set)
                .append(" AS found_rows_v FROM found_rows_q) SELECT ").append(String.join(", ", labels))
                .append(" FROM found_rows_q CROSS JOIN found_rows_s");
        ctx.emulated("found-rows", "SQL_CALC_FOUND_ROWS");
        return getBuilder();
    }

    /** Tables that get a row-lock table hint after their name and alias (T-SQL), by identity. */
    private final java.util.Map<Table, String> lockHints = new java.util.IdentityHashMap<>();

    /**
     * {@code CROSS JOIN LATERAL (...) x} / {@code LEFT JOIN LATERAL (...) x ON TRUE} on a target without LATERAL:
     * the same shapes as an APPLY (one column, at most one row) become a correlated scalar subquery.
     */
    private void lateralToScalar(PlainSelect ps) {
        if (ps.getJoins() == null || ctx.to().supportsLateral()) {
            return;
        }
        for (Join j : new ArrayList<>(ps.getJoins())) {
            if (!(j.getRightItem() instanceof net.sf.jsqlparser.statement.select.LateralSubSelect l)) {
                continue;
            }
            boolean onTrue = j.getOnExpressions() == null || j.getOnExpressions().isEmpty()
                    || j.getOnExpressions().size() == 1 && String.valueOf(j.getOnExpressions().iterator().next())
                    .equalsIgnoreCase("TRUE");
            boolean left = j.isLeft();
            if (!onTrue || !(left || j.isCross() || j.isInner() || j.isSimple() || !j.isRight() && !j.isFull())) {
                ctx.unsupported("lateral", "LATERAL", ctx.to() + " has no LATERAL join");
                return;
            }
            net.sf.jsqlparser.statement.select.ParenthesedSelect p = new net.sf.jsqlparser.statement.select.ParenthesedSelect();
            p.setSelect(l.getSelect());
            p.setAlias(l.getAlias());
            Join apply = new Join();
            apply.setRightItem(p);
            apply.setApply(true);
            apply.setOuter(left);
            ps.getJoins().set(ps.getJoins().indexOf(j), apply);
            if (!com.rhosocial.activerecord.dialect.internal.rules.Applies.toScalarSubquery(ps, apply, ctx)) {
                ctx.unsupported("lateral", "LATERAL", ctx.to() + " has no LATERAL join, and the subquery is not a"
                        + " single value per row");
                return;
            }
        }
    }

    /** T-SQL CROSS/OUTER APPLY as LATERAL joins where the target has them; reported unsupported elsewhere. */
    private void applyToLateral(PlainSelect ps) {
        if (ps.getJoins() == null || ctx.to().family().equals("SQLSERVER")) {
            return;
        }
        for (Join j : new ArrayList<>(ps.getJoins())) {
            if (!j.isApply()) {
                continue;
            }
            if (!ctx.to().supportsLateral()
                    && (com.rhosocial.activerecord.dialect.internal.rules.Applies.toScalarSubquery(ps, j, ctx)
                    || com.rhosocial.activerecord.dialect.internal.rules.Applies.decorrelate(ps, j, ctx))) {
                continue;
            }
            if (!ctx.to().supportsLateral() || !(j.getRightItem() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p)) {
                ctx.unsupported("apply", "APPLY", ctx.to() + " has no LATERAL join for CROSS/OUTER APPLY");
                return;
            }
            boolean outer = j.isOuter();
            j.setApply(false);
            j.setOuter(false);
            j.setCross(false);
            net.sf.jsqlparser.statement.select.LateralSubSelect l =
                    new net.sf.jsqlparser.statement.select.LateralSubSelect("LATERAL", p.getSelect(), p.getAlias());
            j.setRightItem(l);
            if (outer) {
                j.setLeft(true);
            } else {
                j.setInner(true);
            }
            j.setOnExpressions(new ArrayList<>(List.of(new net.sf.jsqlparser.expression.BooleanValue(true))));
            ctx.changed();
        }
    }

    private void registerTables(PlainSelect ps) {
        register(ps.getFromItem());
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                register(j.getRightItem());
            }
        }
    }

    private void register(FromItem fi) {
        if (fi instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p
                && p.getSelect() instanceof PlainSelect inner) {
            // Columns a derived table passes through keep their types (SUM(flag) FROM (SELECT flag ...) t).
            registerTables(inner);
            return;
        }
        if (fi instanceof Table t && t.getName() != null) {
            ctx.tableInScope(t.getName());
            if (t.getAlias() != null && t.getAlias().getName() != null) {
                ctx.alias(t.getAlias().getName(), t.getName());
            }
        }
    }

    private void dual(PlainSelect ps) {
        FromItem from = ps.getFromItem();
        if (from == null) {
            if (ctx.to().requiresFrom()) {
                ctx.to().fromlessSelect(ps);
            }
            return;
        }
        if (from instanceof Table t && (ps.getJoins() == null || ps.getJoins().isEmpty())
                && t.getName() != null && t.getSchemaName() == null
                && RenderContext.unquote(t.getName()).toUpperCase(Locale.ROOT).equals("DUAL")
                && !ctx.to().requiresFrom()) {
            ps.setFromItem(null);
            ctx.changed();
        }
    }

    @Override
    public <S> StringBuilder visit(SetOperationList list, S context) {
        net.sf.jsqlparser.statement.select.Select numbered =
                com.rhosocial.activerecord.dialect.internal.rules.SetOperationsAll.rewrite(list, ctx);
        if (numbered != null) {
            numbered.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) this, context);
            return getBuilder();
        }
        if (list.getSelects() != null && !list.getSelects().isEmpty() && list.getSelects().get(0) instanceof PlainSelect head) {
            registerTables(head);
            PlainSelect sorted = com.rhosocial.activerecord.dialect.internal.rules.CaseInsensitiveSetOrder.rewrite(list, head, ctx);
            if (sorted != null) {
                return visit(sorted, context);
            }
        }
        PagingRules.apply(list, ctx);
        if (list.getSelects() != null && !list.getSelects().isEmpty() && list.getSelects().get(0) instanceof PlainSelect first) {
            registerTables(first);
            com.rhosocial.activerecord.dialect.internal.rules.BinaryCollation.setOperationOrder(list, first, ctx);
            if (list.getOperations() != null && list.getOperations().stream()
                    .anyMatch(o -> !(o instanceof net.sf.jsqlparser.statement.select.UnionOp && o.isAll()))) {
                // UNION, EXCEPT and INTERSECT compare whole rows: case- and blank-sensitively on the source.
                for (net.sf.jsqlparser.statement.select.Select branch : list.getSelects()) {
                    if (branch instanceof PlainSelect p) {
                        registerTables(p);
                        com.rhosocial.activerecord.dialect.internal.rules.BinaryCollation.distinctItems(p, ctx);
                    }
                }
            }
        }
        list.setOrderByElements(NullOrdering.apply(list.getOrderByElements(), null, ctx));
        List<SetOperation> ops = list.getOperations();
        if (ops != null) {
            String except = ctx.to().exceptKeyword();
            for (int i = 0; i < ops.size(); i++) {
                SetOperation op = ops.get(i);
                if (op instanceof MinusOp && except.equals("EXCEPT")) {
                    ExceptOp e = new ExceptOp();
                    ops.set(i, e);
                    ctx.changed();
                } else if (op instanceof ExceptOp && except.equals("MINUS")) {
                    ops.set(i, new MinusOp());
                    ctx.changed();
                }
            }
        }
        if (!ctx.to().parenthesizedSetOperands() && list.getSelects() != null) {
            List<net.sf.jsqlparser.statement.select.Select> selects = list.getSelects();
            for (int i = 0; i < selects.size(); i++) {
                if (selects.get(i) instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p
                        && p.getSelect() instanceof PlainSelect inner && inner.getLimit() == null
                        && inner.getOffset() == null && inner.getFetch() == null
                        && (inner.getOrderByElements() == null || inner.getOrderByElements().isEmpty())) {
                    selects.set(i, inner);
                } else if (selects.get(i) instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p) {
                    // (SELECT ... ORDER BY ... LIMIT n) UNION ...: the branch keeps its own order and limit as a
                    // derived table, which a target without parenthesized operands still reads.
                    PlainSelect wrapper = new PlainSelect();
                    wrapper.addSelectItems(new net.sf.jsqlparser.statement.select.AllColumns());
                    if (p.getAlias() == null) {
                        p.setAlias(new net.sf.jsqlparser.expression.Alias("set_branch_" + (i + 1)));
                    }
                    wrapper.setFromItem(p);
                    selects.set(i, wrapper);
                    ctx.changed();
                }
            }
        }
        return super.visit(list, context);
    }

    @Override
    public <S> StringBuilder visit(WithItem<?> w, S context) {
        boolean selfReferencing = w.getSelect() != null && w.getAlias() != null
                && mentions(w.getSelect().toString(), w.getAlias().getName());
        if (!ctx.to().supportsCte() || (selfReferencing || w.isRecursive()) && !ctx.to().supportsRecursiveCte()) {
            ctx.unsupported("cte", "WITH", ctx.to() + " has no " + (ctx.to().supportsCte() ? "recursive " : "")
                    + "WITH queries");
        }
        if (!ctx.to().writesRecursiveKeyword()) {
            w.setRecursive(false);
        } else if (selfReferencing) {
            w.setRecursive(true);
        }
        return super.visit(w, context);
    }

    private static boolean mentions(String text, String name) {
        String n = RenderContext.unquote(name).toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        int i = t.indexOf(n);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '_';
            int end = i + n.length();
            boolean endOk = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end)) && t.charAt(end) != '_';
            if (startOk && endOk) {
                return true;
            }
            i = t.indexOf(n, i + 1);
        }
        return false;
    }

    @Override
    public <S> StringBuilder visit(Table t, S context) {
        if (com.rhosocial.activerecord.dialect.internal.rules.CatalogViews.replace(t, ctx)) {
            return super.visit(t, context);
        }
        Identifiers.table(t, ctx);
        StringBuilder out = super.visit(t, context);
        String hint = lockHints.get(t);
        if (hint != null) {
            out.append(' ').append(hint);
        }
        return out;
    }
}
