package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.upsert.UpsertType;

/**
 * Insert-or-update and insert-or-ignore: MySQL {@code ON DUPLICATE KEY UPDATE} / {@code INSERT IGNORE} /
 * {@code REPLACE}, PostgreSQL and SQLite {@code ON CONFLICT}, Oracle and SQL Server {@code MERGE}. The conflict
 * target a target needs (PostgreSQL's {@code ON CONFLICT (k)}, MERGE's {@code ON}) comes from the source, or from
 * the table's primary / first unique key in {@code SchemaInfo}, or, failing both, the first inserted column.
 * References to the proposed row ({@code VALUES(c)}, {@code EXCLUDED.c}) are rewritten for the target.
 */
public final class Upserts {

    /** What to do on a key conflict. */
    enum Action { UPDATE, NOTHING, REPLACE }

    private Upserts() {
    }

    /** Renders {@code ins} when it is an upsert or insert-ignore, or returns null to let the renderer do it. */
    static String insert(Insert ins, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        Action action = null;
        List<UpdateSet> sets = null;
        List<String> keys = null;
        if (ins.getDuplicateUpdateSets() != null && !ins.getDuplicateUpdateSets().isEmpty()) {
            action = Action.UPDATE;
            sets = ins.getDuplicateUpdateSets();
            UpdateAssignmentOrder.duplicateSets(sets, ins.getTable().getName(), ctx);
            ins.withDuplicateUpdateSets(null);
            ins.setDuplicateAction(null);
        } else if (ins.getConflictAction() != null) {
            action = ins.getConflictAction().getConflictActionType() == ConflictActionType.DO_NOTHING
                    ? Action.NOTHING : Action.UPDATE;
            sets = ins.getConflictAction().getUpdateSets();
            Expression where = ins.getConflictAction().getWhereExpression();
            if (where != null && sets != null) {
                // DO UPDATE ... WHERE c: each assignment keeps the old value when c is false.
                List<UpdateSet> guarded = new ArrayList<>();
                for (UpdateSet s : sets) {
                    for (int i = 0; i < s.getColumns().size(); i++) {
                        net.sf.jsqlparser.expression.CaseExpression ce = new net.sf.jsqlparser.expression.CaseExpression();
                        ce.setWhenClauses(List.of(new net.sf.jsqlparser.expression.WhenClause()
                                .withWhenExpression(where).withThenExpression((Expression) s.getValues().get(i))));
                        ce.setElseExpression(new Column(s.getColumns().get(i).getColumnName()));
                        guarded.add(new UpdateSet(new Column(s.getColumns().get(i).getColumnName()), ce));
                    }
                }
                sets = guarded;
            }
            if (ins.getConflictTarget() != null && ins.getConflictTarget().getIndexColumnNames() != null
                    && !ins.getConflictTarget().getIndexColumnNames().isEmpty()) {
                keys = new ArrayList<>(ins.getConflictTarget().getIndexColumnNames());
            }
            ins.setConflictAction(null);
            ins.setConflictTarget(null);
        } else if (ins.isModifierIgnore()) {
            action = Action.NOTHING;
            ins.setModifierIgnore(false);
        }
        if (action == null) {
            return null;
        }
        ctx.changed();
        return write(ins.getTable().getFullyQualifiedName(), columnNames(ins.getColumns()), ins, null, action, sets,
                keys, sr);
    }

    /** REPLACE INTO / INSERT OR REPLACE / INSERT OR IGNORE parsed as JSqlParser's Upsert. */
    static String upsert(Upsert up, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        Identifiers.table(up.getTable(), ctx);
        ctx.tableInScope(up.getTable().getFullyQualifiedName());
        UpsertType type = up.getUpsertType();
        Action action = type == UpsertType.INSERT_OR_IGNORE ? Action.NOTHING
                : type == UpsertType.REPLACE || type == UpsertType.INSERT_OR_REPLACE ? Action.REPLACE : null;
        if (action == null || up.getSelect() == null) {
            ctx.unsupported("upsert", "UPSERT", "this upsert form is not translated");
            return "";
        }
        ctx.changed();
        BooleanColumns.values(up.getTable().getFullyQualifiedName(), up.getColumns(),
                up.getSelect() instanceof Values v ? v : null, ctx);
        return write(up.getTable().getFullyQualifiedName(), columnNames(up.getColumns()), null, up, action, null,
                null, sr);
    }

    private static List<String> columnNames(ExpressionList<Column> cols) {
        List<String> out = new ArrayList<>();
        if (cols != null) {
            for (Column c : cols) {
                out.add(c.getColumnName());
            }
        }
        return out;
    }

    private static String write(String table, List<String> columns, Insert ins, Upsert up, Action action,
                                List<UpdateSet> sets, List<String> keys, StatementRenderer sr) {
        RenderContext ctx = sr.ctx();
        DialectSpec to = ctx.to();
        ctx.currentTable(table);
        Optional<TableInfo> info = ctx.table(table);
        if (columns.isEmpty() && info.isPresent()) {
            for (TableInfo.ColumnInfo c : info.get().columns()) {
                columns.add(c.name());
            }
        }
        boolean fromSchema = keys == null;
        if (keys == null && action != Action.NOTHING) {
            keys = keyOf(info, columns, ctx);
        }
        if (action == Action.REPLACE && to.replaceInto() != null) {
            return to.replaceInto() + body(table, columns, ins, up, sr);
        }
        if (action == Action.REPLACE) {
            String deleteFirst = deleteConflicting(table, columns, up, info, sr);
            if (deleteFirst != null) {
                return deleteFirst + "\u0000INSERT INTO" + body(table, columns, ins, up, sr);
            }
        }
        if (action == Action.REPLACE) {
            sets = new ArrayList<>();
            for (String c : columns) {
                if (keys == null || keys.stream().noneMatch(k -> RenderContext.unquote(k).equalsIgnoreCase(
                        RenderContext.unquote(c)))) {
                    sets.add(new UpdateSet(new Column(c), new Column(new net.sf.jsqlparser.schema.Table("EXCLUDED"), c)));
                }
            }
            action = sets.isEmpty() ? Action.NOTHING : Action.UPDATE;
        }
        switch (to.upsertStyle()) {
            case ON_DUPLICATE_KEY: {
                if (action == Action.NOTHING) {
                    return "INSERT IGNORE INTO" + body(table, columns, ins, up, sr);
                }
                return "INSERT INTO" + body(table, columns, ins, up, sr) + " ON DUPLICATE KEY UPDATE "
                        + sets(sets, sr, "ON_DUPLICATE_KEY");
            }
            case ON_CONFLICT: {
                if (action == Action.NOTHING) {
                    return "INSERT INTO" + body(table, columns, ins, up, sr) + " ON CONFLICT DO NOTHING";
                }
                if (keys == null) {
                    ctx.unsupported("upsert", "DUPLICATE", "conflict target unknown: no key for " + table);
                    return "";
                }
                List<List<String>> several = fromSchema ? suppliedKeys(info, columns) : List.of();
                if (several.size() > 1 && "MULTIPLE_CLAUSES".equals(to.severalConflictKeys())) {
                    // The row may collide on any of these keys (MySQL checks them all): one clause per key.
                    StringBuilder b = new StringBuilder("INSERT INTO").append(body(table, columns, ins, up, sr));
                    for (List<String> k : several) {
                        b.append(" ON CONFLICT (").append(String.join(", ", k)).append(") DO UPDATE SET ")
                                .append(sets(sets, sr, "ON_CONFLICT"));
                    }
                    ctx.emulated("upsert", "ON CONFLICT");
                    return b.toString();
                }
                if (several.size() > 1 && "MERGE".equals(to.severalConflictKeys()) && ins != null
                        && ins.getValues() != null) {
                    return merge(table, columns, ins, up, action, sets, several, sr, true);
                }
                return "INSERT INTO" + body(table, columns, ins, up, sr) + " ON CONFLICT (" + String.join(", ", keys)
                        + ") DO UPDATE SET " + sets(sets, sr, "ON_CONFLICT");
            }
            default:
                return merge(table, columns, ins, up, action, sets, keys == null ? null : List.of(keys), sr, false);
        }
    }

    /** An INSERT of one VALUES row with a value per column (what the MERGE emulation handles). */
    private static boolean singleRow(Insert ins, List<String> columns) {
        if (ins == null || ins.getValues() == null || ins.getValues().getExpressions() == null) {
            return false;
        }
        ExpressionList<?> ex = ins.getValues().getExpressions();
        if (ex.size() == 1 && ex.get(0) instanceof ParenthesedExpressionList<?> p) {
            return p.size() == columns.size();
        }
        // One row parsed as the list itself; a parenthesised value (a rewritten flag) is no second row.
        return ex.size() == columns.size() && (ex instanceof ParenthesedExpressionList<?>
                || ex.stream().noneMatch(x -> x instanceof ParenthesedExpressionList<?>));
    }

    /** The primary and unique keys whose columns the insert supplies (each can collide). */
    private static List<List<String>> suppliedKeys(Optional<TableInfo> info, List<String> columns) {
        List<List<String>> out = new ArrayList<>();
        if (info.isEmpty() || columns.isEmpty()) {
            return out;
        }
        List<List<String>> candidates = new ArrayList<>();
        candidates.add(info.get().primaryKey());
        candidates.addAll(info.get().uniqueKeys());
        for (List<String> k : candidates) {
            if (!k.isEmpty() && k.stream().allMatch(kc -> columns.stream().anyMatch(
                    c -> RenderContext.unquote(c).equalsIgnoreCase(RenderContext.unquote(kc))))) {
                out.add(new ArrayList<>(k));
            }
        }
        return out;
    }

    /**
     * REPLACE of one row into a table with several keys the row fills (primary key and unique keys): the rows it
     * conflicts with on any of them are deleted before the plain insert, which is what REPLACE does. One
     * ON CONFLICT target could name only one key, and a conflict on another would fail. Null for other shapes.
     */
    private static String deleteConflicting(String table, List<String> columns, Upsert up, Optional<TableInfo> info,
                                            StatementRenderer sr) {
        if (up == null || info.isEmpty() || !(up.getSelect() instanceof Values v) || v.getExpressions() == null
                || v.getExpressions().size() != columns.size()
                || v.getExpressions().stream().anyMatch(e -> e instanceof ParenthesedExpressionList)) {
            return null;
        }
        List<List<String>> keys = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        candidates.add(info.get().primaryKey());
        candidates.addAll(info.get().uniqueKeys());
        for (List<String> k : candidates) {
            if (!k.isEmpty() && k.stream().allMatch(kc -> columns.stream().anyMatch(
                    c -> RenderContext.unquote(c).equalsIgnoreCase(RenderContext.unquote(kc))))) {
                keys.add(k);
            }
        }
        if (keys.size() < 2) {
            return null;
        }
        StringBuilder where = new StringBuilder();
        for (List<String> k : keys) {
            where.append(where.length() == 0 ? "" : " OR ").append("(");
            for (int i = 0; i < k.size(); i++) {
                String kc = k.get(i);
                int at = 0;
                while (!RenderContext.unquote(columns.get(at)).equalsIgnoreCase(RenderContext.unquote(kc))) {
                    at++;
                }
                where.append(i > 0 ? " AND " : "").append(columns.get(at)).append(" = ")
                        .append(sr.expressions().capture(v.getExpressions().get(at)));
            }
            where.append(")");
        }
        sr.ctx().emulated("upsert", "REPLACE as DELETE of the rows conflicting on any key, then INSERT");
        return "DELETE FROM " + table + " WHERE " + where;
    }

    private static List<String> keyOf(Optional<TableInfo> info, List<String> columns, RenderContext ctx) {
        if (info.isPresent() && !columns.isEmpty()) {
            // The key that can conflict is one whose columns are all inserted: primary key first, then unique keys.
            List<List<String>> candidates = new ArrayList<>();
            candidates.add(info.get().primaryKey());
            candidates.addAll(info.get().uniqueKeys());
            for (List<String> k : candidates) {
                if (!k.isEmpty() && k.stream().allMatch(kc -> columns.stream().anyMatch(
                        c -> RenderContext.unquote(c).equalsIgnoreCase(RenderContext.unquote(kc))))) {
                    return new ArrayList<>(k);
                }
            }
        }
        if (info.isPresent()) {
            if (!info.get().primaryKey().isEmpty()) {
                return new ArrayList<>(info.get().primaryKey());
            }
            if (!info.get().uniqueKeys().isEmpty()) {
                return new ArrayList<>(info.get().uniqueKeys().get(0));
            }
        }
        if (!columns.isEmpty()) {
            ctx.warn("upsert", "INSERT", "no key known for the table; assuming its first inserted column "
                    + columns.get(0) + " is the key");
            return new ArrayList<>(List.of(columns.get(0)));
        }
        return null;
    }

    /** " t (a, b) VALUES (...)" or " t (a, b) SELECT ...". */
    private static String body(String table, List<String> columns, Insert ins, Upsert up, StatementRenderer sr) {
        StatementRenderer fresh = StatementRenderer.create(sr.ctx());
        if (ins != null) {
            ins.accept(fresh, null);
            String s = fresh.getBuilder().toString();
            // The base renderer wrote "INSERT INTO t ...": keep what follows INSERT INTO.
            int at = s.toUpperCase(Locale.ROOT).indexOf("INTO");
            s = s.substring(at + 4);
            int dup = s.toUpperCase(Locale.ROOT).lastIndexOf(" ON DUPLICATE KEY UPDATE");
            return dup > 0 && s.substring(dup + 24).isBlank() ? s.substring(0, dup) : s;
        }
        StringBuilder b = new StringBuilder(" ").append(table);
        if (!columns.isEmpty()) {
            b.append(" (").append(String.join(", ", columns)).append(")");
        }
        b.append(' ');
        up.getSelect().accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) fresh.getSelectDeParser(), null);
        b.append(fresh.getBuilder());
        return b.toString();
    }

    private static String sets(List<UpdateSet> sets, StatementRenderer sr, String style) {
        RenderContext ctx = sr.ctx();
        ExpressionRenderer e = new ExpressionRenderer(ctx);
        StringBuilder b = new StringBuilder();
        e.setBuilder(b);
        e.setSelectVisitor(StatementRenderer.create(ctx).getSelectDeParser());
        ctx.upsertTarget(style);
        ctx.upsertQualifier(style.equals("ON_CONFLICT") ? table(sr) : null);
        try {
            for (int i = 0; i < sets.size(); i++) {
                UpdateSet s = sets.get(i);
                if (i > 0) {
                    b.append(", ");
                }
                for (int j = 0; j < s.getColumns().size(); j++) {
                    if (j > 0) {
                        b.append(", ");
                    }
                    Column c = s.getColumns().get(j);
                    b.append(unqualified(c));
                    b.append(" = ");
                    Expression v = (Expression) s.getValues().get(j);
                    v.accept(e, null);
                }
            }
        } finally {
            ctx.upsertTarget(null);
            ctx.upsertQualifier(null);
        }
        return b.toString();
    }


    private static String table(StatementRenderer sr) {
        return sr.ctx().currentTable();
    }

    private static String unqualified(Column c) {
        return c.getColumnName();
    }

    /**
     * MERGE for a single VALUES row (Oracle, SQL Server; PostgreSQL when several keys can collide). A target row
     * matches when any of {@code keys} matches. {@code typed}: parameters get the column's type and the SET list
     * names bare columns (PostgreSQL).
     */
    private static String merge(String table, List<String> columns, Insert ins, Upsert up, Action action,
                                List<UpdateSet> sets, List<List<String>> keys, StatementRenderer sr, boolean typed) {
        RenderContext ctx = sr.ctx();
        DialectSpec to = ctx.to();
        Values values = ins != null ? ins.getValues() : up.getValues();
        if (values == null || values.getExpressions() == null || columns.isEmpty() || keys == null) {
            ctx.unsupported("upsert", "INSERT", "MERGE emulation needs a column list, one VALUES row and a key");
            return "";
        }
        List<List<Expression>> rows = new ArrayList<>();
        ExpressionList<?> ex = values.getExpressions();
        if (ex.size() == 1 && ex.get(0) instanceof ParenthesedExpressionList<?> p) {
            rows.add(new ArrayList<>(p));
        } else if (ex.size() == columns.size() && (ex instanceof ParenthesedExpressionList<?>
                || ex.stream().noneMatch(x -> x instanceof ParenthesedExpressionList<?>))) {
            rows.add(new ArrayList<>(ex));
        } else if (typed && ex.stream().allMatch(x -> x instanceof ParenthesedExpressionList<?>)) {
            for (Expression x : ex) {
                rows.add(new ArrayList<>((ParenthesedExpressionList<?>) x));
            }
        } else {
            ctx.unsupported("upsert", "INSERT", "MERGE emulation supports one VALUES row");
            return "";
        }
        for (List<Expression> row : rows) {
            if (row.size() != columns.size()) {
                ctx.unsupported("upsert", "INSERT", "column and value counts differ");
                return "";
            }
        }
        ExpressionRenderer e = new ExpressionRenderer(ctx);
        StringBuilder b = new StringBuilder();
        e.setBuilder(b);
        e.setSelectVisitor(StatementRenderer.create(ctx).getSelectDeParser());
        // One row: USING (SELECT v AS c, ...); several (PostgreSQL): USING (VALUES (...), (...)) s(c, ...).
        boolean many = rows.size() > 1;
        b.append("MERGE INTO ").append(table).append(many ? " t USING (VALUES " : " t USING (SELECT ");
        for (int r = 0; r < rows.size(); r++) {
            List<Expression> row = rows.get(r);
            b.append(many ? (r > 0 ? ", (" : "(") : "");
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                Expression v = row.get(i);
                Optional<TableInfo.ColumnInfo> col = typed ? ctx.column(table, columns.get(i)) : Optional.empty();
                if (col.isPresent() && to.strictBooleans()
                        && Typing.ofJdbc(col.get().jdbcType(), col.get().typeName()) == Typing.Kind.BOOLEAN
                        && Predicates.booleanValue(e, v)) {
                    // 0/1 for a BOOLEAN column, written as the target's boolean
                } else if (col.isPresent() && (v instanceof net.sf.jsqlparser.expression.JdbcParameter
                        || many && r == 0)) {
                    // A bare parameter has no type (nor has a VALUES column beyond its first row's): the column's.
                    b.append("CAST(");
                    v.accept(e, null);
                    b.append(" AS ").append(col.get().typeName()).append(")");
                } else {
                    v.accept(e, null);
                }
                if (!many) {
                    b.append(" AS ").append(columns.get(i));
                }
            }
            b.append(many ? ")" : "");
        }
        if (many) {
            b.append(") s (").append(String.join(", ", columns)).append(") ON (");
        } else {
            b.append(to.fromDual()).append(") s ON (");
        }
        for (int k = 0; k < keys.size(); k++) {
            if (k > 0) {
                b.append(" OR ");
            }
            b.append(keys.size() > 1 ? "(" : "");
            for (int i = 0; i < keys.get(k).size(); i++) {
                if (i > 0) {
                    b.append(" AND ");
                }
                // key names come from SchemaInfo unquoted: a reserved one (app_config.key) needs quoting
                String key = keys.get(k).get(i);
                String name = to.isReserved(RenderContext.unquote(key)) && RenderContext.unquote(key).equals(key)
                        ? to.quote(to.fold(key)) : key;
                b.append("t.").append(name).append(" = s.").append(name);
            }
            b.append(keys.size() > 1 ? ")" : "");
        }
        b.append(")");
        if (action == Action.UPDATE && sets != null && !sets.isEmpty()) {
            b.append(" WHEN MATCHED THEN UPDATE SET ");
            ctx.upsertTarget("MERGE");
            ctx.upsertQualifier("t");
            try {
                for (int i = 0; i < sets.size(); i++) {
                    UpdateSet s = sets.get(i);
                    for (int j = 0; j < s.getColumns().size(); j++) {
                        if (i > 0 || j > 0) {
                            b.append(", ");
                        }
                        b.append(typed ? "" : "t.").append(s.getColumns().get(j).getColumnName()).append(" = ");
                        ((Expression) s.getValues().get(j)).accept(e, null);
                    }
                }
            } finally {
                ctx.upsertTarget(null);
                ctx.upsertQualifier(null);
            }
        }
        b.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append("s.").append(columns.get(i));
        }
        b.append(")").append(to.mergeTerminator());
        ctx.emulated("upsert", "MERGE");
        return b.toString();
    }

    /** Renders a reference to the proposed row's column {@code col} in the current upsert style. */
    static void newValue(ExpressionRenderer r, String style, Expression col) {
        String name = col instanceof Column c ? c.getColumnName() : col.toString();
        switch (style) {
            case "ON_DUPLICATE_KEY" -> r.text("VALUES(" + name + ")");
            case "ON_CONFLICT" -> r.text("EXCLUDED." + name);
            default -> r.text("s." + name);
        }
    }
}
