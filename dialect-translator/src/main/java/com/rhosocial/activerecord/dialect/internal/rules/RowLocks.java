package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ForMode;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Row locks taken by a SELECT ({@code FOR UPDATE}, {@code FOR SHARE}, MySQL {@code LOCK IN SHARE MODE}), written
 * the target's way: a closing clause ({@link com.rhosocial.activerecord.dialect.internal.spec.DialectSpec#rowLockClause}),
 * a table hint on every table of the FROM clause (T-SQL), or nothing with a warning (SQLite, which has no row
 * locks; the transaction's write lock serialises writers instead).
 */
public final class RowLocks {

    /**
     * What the renderer must add for one query block.
     *
     * @param suffix text appended after the block (with a leading blank), or null
     * @param hint table hint for each table in {@code tables}, or null
     * @param tables the tables of the FROM clause that get {@code hint}
     */
    public record Lock(String suffix, String hint, List<Table> tables) {
    }

    private RowLocks() {
    }

    /**
     * Takes the lock clause off {@code ps} when the target writes it differently and returns what to render
     * instead; null when the block takes no lock or JSqlParser's own rendering is right for the target.
     */
    public static Lock apply(PlainSelect ps, RenderContext ctx) {
        ForMode mode = ps.getForMode();
        if (mode != ForMode.UPDATE && mode != ForMode.SHARE && mode != ForMode.NO_KEY_UPDATE
                && mode != ForMode.KEY_SHARE) {
            return null;
        }
        boolean shared = mode == ForMode.SHARE || mode == ForMode.KEY_SHARE;
        if ((ps.isSkipLocked() || ps.isNoWait()) && !ctx.to().supportsSkipLocked() && ctx.to().supportsForUpdate()) {
            ctx.unsupported("row-lock", ps.isSkipLocked() ? "SKIP LOCKED" : "NOWAIT", ctx.to() + " has no "
                    + (ps.isSkipLocked() ? "SKIP LOCKED" : "NOWAIT") + ": the query would wait for locked rows");
            return null;
        }
        lockedOf(ps, ctx);
        String clause = ctx.to().rowLockClause(shared);
        String written = "FOR " + mode.getValue();
        if (clause != null && clause.equalsIgnoreCase(written)) {
            return null;
        }
        if (clause != null && clause.toUpperCase(Locale.ROOT).startsWith("FOR ")) {
            // Another FOR form (Oracle's FOR UPDATE for a shared lock): JSqlParser renders it with its options.
            ps.setForMode(ForMode.valueOf(clause.substring(4).trim().toUpperCase(Locale.ROOT).replace(' ', '_')));
            if (shared && !clause.toUpperCase(Locale.ROOT).contains("SHARE")) {
                ctx.warn("row-lock", written, ctx.to().dialect() + " has no shared row lock; " + clause
                        + " taken instead (blocks other lockers until commit)");
            }
            ctx.changed();
            return null;
        }
        boolean noWait = ps.isNoWait();
        boolean skipLocked = ps.isSkipLocked();
        ps.setForMode(null);
        ps.setForUpdateTable(null);
        ps.setWait(null);
        ps.setNoWait(false);
        ps.setSkipLocked(false);
        ctx.changed();
        if (clause != null) {
            return new Lock(" " + clause + (noWait ? " NOWAIT" : skipLocked ? " SKIP LOCKED" : ""), null, List.of());
        }
        String hint = ctx.to().rowLockHint(shared);
        if (hint == null) {
            ctx.warn("row-lock", written, ctx.to().dialect() + " has no row locks; " + written
                    + " dropped (the transaction's write lock serialises writers)");
            return null;
        }
        if (noWait || skipLocked) {
            hint = hint.substring(0, hint.length() - 1) + (noWait ? ", NOWAIT)" : ", READPAST)");
        }
        List<Table> tables = new ArrayList<>();
        addTable(ps.getFromItem(), tables);
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                addTable(j.getRightItem(), tables);
            }
        }
        return new Lock(null, hint, tables);
    }

    /**
     * {@code FOR UPDATE OF ...}: PostgreSQL names tables (or their aliases), Oracle names columns, MariaDB has no
     * such list. Without a list every row read is locked, a superset of the rows asked for.
     */
    private static void lockedOf(PlainSelect ps, RenderContext ctx) {
        List<Table> of = ps.getForUpdateTables();
        if (of == null || of.isEmpty()) {
            return;
        }
        DialectSpec.LockOf target = ctx.to().rowLockOf();
        DialectSpec.LockOf source = ctx.from().rowLockOf();
        if (target == source) {
            return;
        }
        ctx.changed();
        if (target == DialectSpec.LockOf.NONE || target == DialectSpec.LockOf.COLUMNS) {
            // A column list cannot be made from table names without the columns; lock every row read instead.
            ps.setForUpdateTables(null);
            return;
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : of) {
            // Oracle "OF alias.column" or "OF column": the table is the qualifier, or the first of the FROM clause.
            String q = t.getSchemaName();
            Table named = q != null ? new Table(q) : first(ps);
            if (named != null && tables.stream().noneMatch(x -> x.getFullyQualifiedName().equalsIgnoreCase(named.getFullyQualifiedName()))) {
                tables.add(named);
            }
        }
        ps.setForUpdateTables(tables.isEmpty() ? null : tables);
    }

    private static Table first(PlainSelect ps) {
        if (ps.getFromItem() instanceof Table t) {
            return new Table(t.getAlias() != null ? t.getAlias().getName() : t.getName());
        }
        return null;
    }

    private static void addTable(FromItem item, List<Table> tables) {
        if (item instanceof Table t) {
            tables.add(t);
        }
    }
}
