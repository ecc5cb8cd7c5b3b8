package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.ParenthesedStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * PostgreSQL data-modifying CTEs ({@code WITH d AS (DELETE ... RETURNING ...) SELECT / INSERT ...}) on targets
 * without them, as a two-statement script: the main statement first, reading the CTE as the plain SELECT of the
 * RETURNING list over the rows the DELETE / UPDATE would touch, then the DELETE / UPDATE itself. That is the
 * PostgreSQL result because every part of such a statement sees the same snapshot taken before any change. It is
 * sound only when the rows are the same before and after, so the rule refuses (UNSUPPORTED, rule
 * {@code data-modifying-cte}): more than one modifying CTE, INSERT CTEs, joins / USING / LIMIT in the DELETE or
 * UPDATE, RETURNING * after an UPDATE of a table SchemaInfo does not describe, and a main INSERT into the table the CTE changes. A column the UPDATE sets
 * is returned with its new value: its SET expression (evaluated on the old row, as the UPDATE does) takes its place
 * in the RETURNING expressions.
 */
public final class DataModifyingCtes {
    private static final String RULE = "data-modifying-cte";

    private DataModifyingCtes() {
    }

    /** The script, or null when {@code st} has no data-modifying CTE or the target runs it as written. */
    public static String render(Statement st, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        List<WithItem<?>> withs = st instanceof Select s ? s.getWithItemsList()
                : st instanceof Insert i ? i.getWithItemsList() : null;
        if (withs == null || ctx.to().dataModifyingCte()) {
            return null;
        }
        int at = -1;
        for (int k = 0; k < withs.size(); k++) {
            ParenthesedStatement p = withs.get(k).getParenthesedStatement();
            if (p != null && !(p instanceof ParenthesedSelect)) {
                if (at >= 0) {
                    return refuse(st, ctx, "more than one data-modifying CTE");
                }
                at = k;
            }
        }
        if (at < 0) {
            return null;
        }
        ParenthesedStatement p = withs.get(at).getParenthesedStatement();
        net.sf.jsqlparser.schema.Table table;
        Expression where;
        List<SelectItem<?>> returning;
        Statement change;
        if (p instanceof ParenthesedDelete pd) {
            Delete d = pd.getDelete();
            if (d.getReturningClause() == null || d.getTables() != null && !d.getTables().isEmpty()
                    || d.getJoins() != null && !d.getJoins().isEmpty() || d.getUsingList() != null && !d.getUsingList().isEmpty()
                    || d.getLimit() != null || d.getOrderByElements() != null || d.getWithItemsList() != null) {
                return refuse(st, ctx, "a DELETE CTE is emulated only on one table, with RETURNING and without"
                        + " USING, LIMIT or its own WITH");
            }
            table = d.getTable();
            where = d.getWhere();
            returning = d.getReturningClause();
            Delete plain = new Delete();
            plain.setTable(table);
            plain.setWhere(where);
            change = plain;
        } else if (p instanceof ParenthesedUpdate pu) {
            Update u = pu.getUpdate();
            if (u.getReturningClause() == null || u.getJoins() != null && !u.getJoins().isEmpty()
                    || u.getFromItem() != null || u.getLimit() != null || u.getWithItemsList() != null) {
                return refuse(st, ctx, "an UPDATE CTE is emulated only on one table, with RETURNING and without"
                        + " FROM, LIMIT or its own WITH");
            }
            // A column the UPDATE sets is returned with its new value: a bare column becomes the SET expression
            // (evaluated on the old row, as the UPDATE does); any other use of it is refused.
            java.util.Map<String, Expression> set = new java.util.HashMap<>();
            for (UpdateSet us : u.getUpdateSets()) {
                for (int k = 0; k < us.getColumns().size(); k++) {
                    net.sf.jsqlparser.schema.Column col = us.getColumns().get(k);
                    set.put(col.getColumnName().replace("\"", "").toLowerCase(Locale.ROOT),
                            us.getColumns().size() == us.getValues().size() ? us.getValues().get(k) : null);
                }
            }
            returning = new ArrayList<>();
            for (SelectItem<?> item : u.getReturningClause()) {
                Expression e = item.getExpression();
                String name = e instanceof net.sf.jsqlparser.schema.Column col
                        ? col.getColumnName().replace("\"", "").toLowerCase(Locale.ROOT) : null;
                if (name != null && set.containsKey(name)) {
                    if (set.get(name) == null) {
                        return refuse(st, ctx, "RETURNING " + name + " needs the value a row-valued SET gives it");
                    }
                    returning.add(SelectItem.from(set.get(name), item.getAlias() != null ? item.getAlias()
                            : new net.sf.jsqlparser.expression.Alias(((net.sf.jsqlparser.schema.Column) e).getColumnName(), true)));
                    continue;
                }
                if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns) {
                    // RETURNING *: each column of the table in order, the set ones as their SET expressions
                    java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo> info = ctx.table(u.getTable().getName());
                    if (info.isEmpty() || info.get().columns().isEmpty()) {
                        return refuse(st, ctx, "RETURNING * after an UPDATE needs the table's columns (SchemaInfo)");
                    }
                    for (com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo col : info.get().columns()) {
                        Expression value = set.get(col.name().toLowerCase(Locale.ROOT));
                        if (set.containsKey(col.name().toLowerCase(Locale.ROOT)) && value == null) {
                            return refuse(st, ctx, "RETURNING " + col.name() + " needs the value a row-valued SET gives it");
                        }
                        returning.add(value == null ? SelectItem.from(new net.sf.jsqlparser.schema.Column(col.name()))
                                : SelectItem.from(value, new net.sf.jsqlparser.expression.Alias(col.name(), true)));
                    }
                    continue;
                }
                String text = item.getExpression().toString();
                String replaced = substitute(text, set);
                if (replaced == null) {
                    return refuse(st, ctx, "the UPDATE's RETURNING list computes from a column it sets in a way"
                            + " that cannot be rewritten on the old row");
                }
                if (!replaced.equals(text)) {
                    try {
                        Expression e2 = net.sf.jsqlparser.parser.CCJSqlParserUtil.parseExpression(replaced);
                        returning.add(SelectItem.from(e2, item.getAlias() != null ? item.getAlias()
                                : new net.sf.jsqlparser.expression.Alias(plainName(text), true)));
                        continue;
                    } catch (net.sf.jsqlparser.JSQLParserException e3) {
                        return refuse(st, ctx, "the UPDATE's RETURNING list computes from a column it sets");
                    }
                }
                returning.add(item);
            }
            table = u.getTable();
            where = u.getWhere();
            Update plain = new Update();
            plain.setTable(table);
            plain.setUpdateSets(u.getUpdateSets());
            plain.setWhere(where);
            change = plain;
        } else {
            return refuse(st, ctx, "an INSERT CTE has no emulation (its RETURNING values do not exist before it runs)");
        }
        if (st instanceof Insert ins && ins.getTable().getName().equalsIgnoreCase(table.getName())) {
            return refuse(st, ctx, "the main INSERT writes the table the CTE changes");
        }
        PlainSelect rows = new PlainSelect();
        rows.setSelectItems(new ArrayList<>(returning));
        rows.setFromItem(table);
        rows.setWhere(where);
        ParenthesedSelect body = new ParenthesedSelect();
        body.setSelect(rows);
        WithItem<ParenthesedSelect> item = new WithItem<>(body, withs.get(at).getAlias());
        item.setWithItemList(withs.get(at).getWithItemList());
        @SuppressWarnings("unchecked")
        List<WithItem<?>> list = (List<WithItem<?>>) withs;
        list.set(at, item);
        if (st instanceof Insert ins && ins.getSelect() != null && ins.getSelect().getWithItemsList() == null) {
            // INSERT INTO t WITH d AS (...) SELECT ...: the WITH inside the INSERT is what MariaDB accepts too
            ins.getSelect().setWithItemsList(list);
            ins.setWithItemsList(null);
        }
        String main = renderOne(st, ctx);
        String second = renderOne(change, ctx);
        ctx.emulated(RULE, "WITH");
        if (st instanceof Select) {
            ctx.rowsFromFirstPart(); // the SELECT's rows answer the query, read before the change
        }
        return main + '\u0000' + second;
    }

    /**
     * {@code text} with every (possibly qualified, possibly quoted) name of a set column replaced by its SET
     * expression in parentheses, string literals left alone; null for a name set by a row-valued SET.
     */
    static String substitute(String text, java.util.Map<String, Expression> set) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) != '\'' || j + 1 < text.length() && text.charAt(j + 1) == '\'')) {
                    j += text.charAt(j) == '\'' ? 2 : 1;
                }
                b.append(text, i, Math.min(j + 1, text.length()));
                i = j + 1;
                continue;
            }
            if (Character.isLetter(c) || c == '_' || c == '"') {
                int j = i;
                String last = null;
                while (j < text.length()) {
                    int k = j;
                    if (text.charAt(k) == '"') {
                        int close = text.indexOf('"', k + 1);
                        if (close < 0) {
                            return null;
                        }
                        last = text.substring(k + 1, close);
                        k = close + 1;
                    } else if (Character.isLetter(text.charAt(k)) || text.charAt(k) == '_') {
                        while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_'
                                || text.charAt(k) == '$')) {
                            k++;
                        }
                        last = text.substring(j, k);
                    } else {
                        break;
                    }
                    j = k;
                    if (j < text.length() - 1 && text.charAt(j) == '.' && text.charAt(j + 1) != '.') {
                        j++;
                        continue;
                    }
                    break;
                }
                int after = j;
                while (after < text.length() && text.charAt(after) == ' ') {
                    after++;
                }
                String key = last == null ? null : last.toLowerCase(Locale.ROOT);
                boolean call = after < text.length() && text.charAt(after) == '(';
                if (key != null && !call && set.containsKey(key)) {
                    if (set.get(key) == null) {
                        return null;
                    }
                    b.append('(').append(set.get(key)).append(')');
                } else {
                    b.append(text, i, j);
                }
                i = j;
                continue;
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** The column name PostgreSQL gives an unaliased RETURNING expression ("?column?" when none is evident). */
    private static String plainName(String text) {
        java.util.regex.Matcher m = Pattern.compile("^\\s*(?:\\w+\\.)?(\\w+)\\s*\\(").matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "q_returned";
    }

    private static String renderOne(Statement st, RenderContext ctx) {
        StatementRenderer fresh = StatementRenderer.create(ctx);
        String special = StatementRules.render(st, fresh);
        if (special != null) {
            return special;
        }
        st.accept(fresh, null);
        return fresh.getBuilder().toString();
    }

    private static String refuse(Statement st, RenderContext ctx, String why) {
        ctx.unsupported(RULE, "WITH", ctx.to() + " has no data-modifying CTE; " + why);
        return st.toString();
    }
}
