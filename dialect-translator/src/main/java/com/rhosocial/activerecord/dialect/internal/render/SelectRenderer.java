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

    @Override
    public <S> StringBuilder visit(PlainSelect ps, S context) {
        net.sf.jsqlparser.statement.select.Select hierarchy =
                com.rhosocial.activerecord.dialect.internal.rules.Hierarchy.rewrite(ps, ctx);
        if (hierarchy != null) {
            return hierarchy.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) this, context);
        }
        net.sf.jsqlparser.statement.select.Select fullJoin =
                com.rhosocial.activerecord.dialect.internal.rules.FullJoins.rewrite(ps, ctx);
        if (fullJoin != null) {
            return fullJoin.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) this, context);
        }
        ps.setFromItem(com.rhosocial.activerecord.dialect.internal.rules.ValuesTables.apply(ps.getFromItem(), ctx));
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
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
        ps.setOrderByElements(NullOrdering.apply(ps.getOrderByElements(), ps, ctx));
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

    /** Tables that get a row-lock table hint after their name and alias (T-SQL), by identity. */
    private final java.util.Map<Table, String> lockHints = new java.util.IdentityHashMap<>();

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
        PagingRules.apply(list, ctx);
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
                }
            }
        }
        return super.visit(list, context);
    }

    @Override
    public <S> StringBuilder visit(WithItem<?> w, S context) {
        boolean selfReferencing = w.getSelect() != null && w.getAlias() != null
                && mentions(w.getSelect().toString(), w.getAlias().getName());
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
