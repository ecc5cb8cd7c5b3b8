package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;

/**
 * MySQL {@code DELETE t1, t2 FROM t1 JOIN t2 ON ... WHERE ...} removes the joined rows of both tables in one pass.
 * Deleting from one table and then the other would lose the join for the second, so where the target has
 * data-modifying CTEs (PostgreSQL) every DELETE goes into one statement, where all see the rows as they were; other
 * targets report it unsupported ({@code DmlRules}).
 */
public final class MultiTableDeletes {
    private MultiTableDeletes() {
    }

    /** The statement as one WITH ... DELETE, or null when {@code d} deletes from one table or the target cannot. */
    public static String render(Delete d, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (d.getTables() == null || d.getTables().size() < 2 || ctx.to().supportsDmlLimit()
                || !ctx.to().dataModifyingCte() || d.getLimit() != null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Table target : d.getTables()) {
            Delete one = new Delete();
            one.setTable(d.getTable());
            one.setTables(new ArrayList<>(List.of(target)));
            one.setJoins(d.getJoins());
            one.setWhere(d.getWhere());
            StatementRenderer fresh = StatementRenderer.create(ctx);
            String special = StatementRules.render(one, fresh);
            if (special == null) {
                one.accept(fresh, null);
                special = fresh.getBuilder().toString();
            }
            parts.add(special);
        }
        StringBuilder b = new StringBuilder("WITH ");
        for (int i = 0; i < parts.size() - 1; i++) {
            b.append(i > 0 ? ", " : "").append("deleted_").append(i + 1).append(" AS (").append(parts.get(i))
                    .append(")");
        }
        b.append(' ').append(parts.get(parts.size() - 1));
        ctx.emulated("multi-table-delete", "DELETE");
        return b.toString();
    }
}
