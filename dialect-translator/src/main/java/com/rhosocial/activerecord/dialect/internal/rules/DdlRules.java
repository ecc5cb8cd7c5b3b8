package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * DDL: CREATE TABLE with the canonical type table, auto-increment and identity forms, defaults, inline and table
 * constraints, MySQL inline indexes (moved to CREATE INDEX where the target has none), table options;
 * ALTER TABLE ADD/MODIFY column types; TRUNCATE on SQLite.
 */
final class DdlRules {
    private DdlRules() {
    }

    /**
     * PostgreSQL / SQLite {@code CREATE TEMP TABLE}: MariaDB and MySQL only know {@code TEMPORARY}, which PostgreSQL
     * and SQLite read too.
     */
    private static void temporaryKeyword(CreateTable ct, RenderContext ctx) {
        List<String> options = ct.getCreateOptionsStrings();
        if (options == null || !ctx.to().family().equals("MYSQL") && !ctx.to().family().equals("MARIADB")) {
            return;
        }
        List<String> fixed = new ArrayList<>();
        boolean changed = false;
        for (String o : options) {
            boolean temp = "TEMP".equalsIgnoreCase(o);
            fixed.add(temp ? "TEMPORARY" : o);
            changed |= temp;
        }
        if (changed) {
            ct.setCreateOptionsStrings(fixed);
            ctx.changed();
        }
    }

    static String createTable(CreateTable ct, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        DialectSpec to = ctx.to();
        temporaryKeyword(ct, ctx);
        if (ct.getColumnDefinitions() == null || ct.getColumnDefinitions().isEmpty()) {
            return null;
        }
        TypeRules types = new TypeRules(r.expressions());
        Identifiers.table(ct.getTable(), ctx);
        String table = ct.getTable().getFullyQualifiedName();
        List<String> pk = new ArrayList<>();
        List<String> afterwards = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        if (ct.getIndexes() != null) {
            for (Index i : ct.getIndexes()) {
                String type = i.getType() == null ? "" : i.getType().toUpperCase(Locale.ROOT);
                if (type.startsWith("PRIMARY")) {
                    pk.addAll(i.getColumnsNames());
                } else if (i instanceof ForeignKeyIndex) {
                    constraints.add(i.toString());
                } else if (type.startsWith("UNIQUE")) {
                    constraints.add((i.getName() != null && !(i instanceof net.sf.jsqlparser.statement.create.table.NamedConstraint)
                            ? "" : i.getName() != null ? "CONSTRAINT " + i.getName() + " " : "") + "UNIQUE ("
                            + String.join(", ", i.getColumnsNames()) + ")");
                } else if (type.equals("KEY") || type.equals("INDEX")) {
                    String name = i.getName() != null ? i.getName() : "idx_" + RenderContext.unquote(table) + "_"
                            + RenderContext.unquote(i.getColumnsNames().get(0));
                    afterwards.add("CREATE INDEX " + name + " ON " + table + " ("
                            + String.join(", ", i.getColumnsNames()) + ")");
                } else if (type.startsWith("CHECK") || type.startsWith("CONSTRAINT")) {
                    constraints.add(i.toString());
                } else {
                    constraints.add(i.toString());
                }
            }
        }
        StringBuilder b = new StringBuilder("CREATE ");
        if (ct.getCreateOptionsStrings() != null) {
            for (String o : ct.getCreateOptionsStrings()) {
                b.append(o).append(' ');
            }
        }
        b.append("TABLE ");
        if (ct.isIfNotExists() && to.supportsIfNotExists()) {
            b.append("IF NOT EXISTS ");
        }
        b.append(table).append(" (");
        boolean first = true;
        boolean pkInline = false;
        for (ColumnDefinition cd : ct.getColumnDefinitions()) {
            Column col = column(cd, types, ctx);
            if (!first) {
                b.append(", ");
            }
            first = false;
            boolean singlePk = col.primaryKey || pk.size() == 1 && RenderContext.unquote(pk.get(0))
                    .equalsIgnoreCase(RenderContext.unquote(cd.getColumnName()));
            b.append(cd.getColumnName()).append(' ');
            if (col.autoIncrement) {
                String canonical = com.rhosocial.activerecord.dialect.internal.spec.Types.DECIMAL.equals(col.canonical)
                        ? com.rhosocial.activerecord.dialect.internal.spec.Types.BIGINT : col.canonical;
                String auto = to.autoIncrementColumn(canonical, singlePk);
                b.append(auto);
                if (auto.contains("PRIMARY KEY")) {
                    pkInline = true;
                } else if (col.primaryKey) {
                    b.append(" PRIMARY KEY");
                    pkInline = true;
                }
                String rest = col.rest.replace("NOT NULL", "").replaceAll("\\s+", " ").trim();
                if (!rest.isEmpty()) {
                    b.append(' ').append(rest);
                }
                ctx.changed();
            } else {
                boolean keyed = col.primaryKey || pk.stream().anyMatch(k -> RenderContext.unquote(k)
                        .equalsIgnoreCase(RenderContext.unquote(cd.getColumnName())))
                        || col.rest.toUpperCase(Locale.ROOT).contains("UNIQUE");
                if (keyed && to.keyTextType() != null && (col.type.toUpperCase(Locale.ROOT).endsWith("TEXT")
                        || col.type.equalsIgnoreCase("CLOB"))) {
                    // SQLite's TEXT PRIMARY KEY / UNIQUE: MySQL cannot index a TEXT column without a prefix length
                    b.append(to.keyTextType());
                    ctx.changed();
                } else {
                    b.append(col.type);
                }
                if (!col.rest.isEmpty()) {
                    b.append(' ').append(col.rest);
                }
                if (col.primaryKey) {
                    b.append(" PRIMARY KEY");
                    pkInline = true;
                }
            }
        }
        if (!pk.isEmpty() && !pkInline) {
            b.append(", PRIMARY KEY (").append(String.join(", ", pk)).append(")");
        }
        for (String c : constraints) {
            b.append(", ").append(c);
        }
        b.append(")");
        if (ct.getTableOptionsStrings() != null && !ct.getTableOptionsStrings().isEmpty()
                && ctx.from().family().equals(to.family())) {
            b.append(' ').append(String.join(" ", ct.getTableOptionsStrings()));
        } else if (ct.getTableOptionsStrings() != null && !ct.getTableOptionsStrings().isEmpty()) {
            ctx.changed();
        }
        if (ct.getSelect() != null) {
            return null;
        }
        String out = b.toString();
        if (ct.isIfNotExists() && !to.supportsIfNotExists()) {
            out = to.ifTableMissing(RenderContext.unquote(table), out);
        }
        StringBuilder all = new StringBuilder(out);
        for (String s : afterwards) {
            all.append('\u0000').append(s);
        }
        return all.toString();
    }

    /** One column definition taken apart. */
    private static final class Column {
        String type;
        String canonical;
        boolean autoIncrement;
        boolean primaryKey;
        String rest = "";
    }

    private static Column column(ColumnDefinition cd, TypeRules types, RenderContext ctx) {
        Column c = new Column();
        ColDataType t = cd.getColDataType();
        String base = Typing.baseType(t.getDataType());
        c.canonical = types.canonical(t);
        c.type = types.mapType(t, false);
        if (base.equals("SERIAL") || base.equals("BIGSERIAL") || base.equals("SMALLSERIAL")) {
            c.autoIncrement = true;
        }
        if (ctx.from().integerPrimaryKeyIsRowId() && base.equals("INTEGER") && cd.getColumnSpecs() != null
                && String.join(" ", cd.getColumnSpecs()).toUpperCase(Locale.ROOT).matches("(.*\\s)?PRIMARY\\s+KEY(\\s+(ASC|DESC))?(\\s.*)?")) {
            // SQLite: a column declared INTEGER PRIMARY KEY is the rowid, numbered automatically when not given.
            c.autoIncrement = true;
        }
        List<String> specs = cd.getColumnSpecs() == null ? List.of() : cd.getColumnSpecs();
        List<String> keep = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String s = specs.get(i);
            String u = s.toUpperCase(Locale.ROOT);
            if (u.equals("AUTO_INCREMENT") || u.equals("AUTOINCREMENT") || u.startsWith("GENERATED")
                    && u.contains("IDENTITY")) {
                c.autoIncrement = true;
            } else if (u.equals("IDENTITY")) {
                c.autoIncrement = true;
                if (i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
                    i++;
                }
            } else if (u.equals("GENERATED")) {
                // GENERATED [ALWAYS|BY DEFAULT] AS IDENTITY [(...)] split into words
                int j = i;
                while (j < specs.size() && !specs.get(j).equalsIgnoreCase("IDENTITY")) {
                    j++;
                }
                if (j < specs.size()) {
                    c.autoIncrement = true;
                    i = j;
                    if (i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
                        i++;
                    }
                } else {
                    keep.add(s);
                }
            } else if (u.equals("PRIMARY") && i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("KEY")) {
                c.primaryKey = true;
                i++;
            } else if (u.equals("COMMENT") && i + 1 < specs.size()) {
                i++;
            } else if ((u.equals("CHARACTER") || u.equals("CHARSET")) && !ctx.to().family().equals("MYSQL")) {
                i += u.equals("CHARACTER") ? 2 : 1;
            } else if (u.equals("COLLATE") && !ctx.from().family().equals(ctx.to().family())) {
                i++;
            } else if (u.equals("UNSIGNED") || u.equals("ZEROFILL")) {
                // no equivalent; the type was widened where needed
            } else if (u.equals("ON") && i + 2 < specs.size() && specs.get(i + 1).equalsIgnoreCase("UPDATE")
                    && !ctx.to().family().equals("MYSQL")) {
                ctx.warn("ddl", "ON UPDATE", "ON UPDATE CURRENT_TIMESTAMP has no equivalent on " + ctx.to());
                i += 2;
            } else if (u.equals("DEFAULT") && i + 1 < specs.size()) {
                // DEFAULT first: Oracle rejects it after NOT NULL, every other dialect accepts this order.
                String dv = specs.get(i + 1);
                String plain = dv.replaceAll("[()\\s]", "");
                if (com.rhosocial.activerecord.dialect.internal.spec.Types.BOOLEAN.equals(c.canonical)
                        && (plain.equals("0") || plain.equals("1")) && ctx.to().hasBooleanLiterals()) {
                    // BIT / NUMBER(1) DEFAULT 1 on a real BOOLEAN column: the boolean literal
                    dv = plain.equals("1") ? "TRUE" : "FALSE";
                }
                keep.add(0, defaultValue(dv, ctx, c.type));
                keep.add(0, "DEFAULT");
                i++;
            } else {
                keep.add(s);
            }
        }
        c.rest = String.join(" ", keep);
        return c;
    }

    private static String defaultValue(String v, RenderContext ctx, String targetType) {
        String u = v.toUpperCase(Locale.ROOT).replace(" ", "");
        if (targetType != null && targetType.equalsIgnoreCase("BOOLEAN") && ctx.to().strictBooleans()
                && u.replaceAll("[()']", "").matches("[01]")) {
            // A 0/1 flag default (SQL Server BIT, SQLite, MySQL) on a real BOOLEAN column.
            return ctx.to().booleanLiteral(u.replaceAll("[()']", "").equals("1"));
        }
        switch (u) {
            case "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP()", "NOW()", "GETDATE()", "SYSDATE", "SYSTIMESTAMP",
                    "LOCALTIMESTAMP", "SYSDATETIME()", "(GETDATE())", "(NOW())" -> {
                return ctx.to().currentTimestampDefault();
            }
            case "TRUE", "FALSE" -> {
                return ctx.to().booleanLiteral(u.equals("TRUE"));
            }
            default -> {
                if (u.startsWith("CURRENT_TIMESTAMP(")) {
                    return ctx.to().currentTimestampDefault();
                }
                return v;
            }
        }
    }

    static String other(Statement st, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (st instanceof net.sf.jsqlparser.statement.create.view.CreateView cv && !cv.isMaterialized()
                && cv.getSelect() != null && (cv.getColumnNames() == null || cv.getColumnNames().isEmpty())) {
            return createView(cv, r);
        }
        if (st instanceof Truncate t && !ctx.to().supportsTruncate()) {
            Identifiers.table(t.getTable(), ctx);
            ctx.changed();
            return "DELETE FROM " + t.getTable().getFullyQualifiedName();
        }
        if (st instanceof CreateView cv) {
            return ViewForms.render(cv, r);
        }
        if (st instanceof Alter a) {
            String modify = modifyColumns(a, r);
            if (modify != null) {
                return modify;
            }
            alter(a, r);
            String columns = AlterColumns.render(a, ctx);
            if (columns != null) {
                return columns;
            }
            String add = ctx.to().addColumnKeyword();
            String text = a.toString();
            if (!add.equals("ADD COLUMN") && text.toUpperCase(Locale.ROOT).contains(" ADD COLUMN ")) {
                ctx.changed();
                return text.replaceAll("(?i) ADD COLUMN ", " " + add + " ");
            }
        }
        return null;
    }

    /**
     * Column type changes: MySQL {@code MODIFY [COLUMN] c T}, Oracle {@code MODIFY (c T)}, PostgreSQL
     * {@code ALTER COLUMN c TYPE T}, T-SQL {@code ALTER COLUMN c T}, each written in the target's form.
     */
    private static String modifyColumns(Alter a, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (a.getAlterExpressions() == null || a.getAlterExpressions().size() != 1) {
            return null;
        }
        AlterExpression e = a.getAlterExpressions().get(0);
        String op = e.getOperation() == null ? "" : e.getOperation().name();
        if (!(op.equals("MODIFY") || op.equals("ALTER")) || e.getColDataTypeList() == null
                || e.getColDataTypeList().isEmpty() || ctx.from().family().equals(ctx.to().family())) {
            return null;
        }
        Identifiers.table(a.getTable(), ctx);
        TypeRules types = new TypeRules(r.expressions());
        List<String> parts = new ArrayList<>();
        for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
            if (cdt.getColDataType() == null) {
                return null;
            }
            String type = types.mapType(cdt.getColDataType(), false);
            String specs = cdt.getColumnSpecs() == null ? "" : String.join(" ", cdt.getColumnSpecs())
                    .toUpperCase(Locale.ROOT);
            boolean notNull = specs.contains("NOT NULL");
            String col = cdt.getColumnName();
            String w = ctx.to().modifyColumn(col, type, notNull);
            if (w == null) {
                ctx.unsupported("ddl", "MODIFY", ctx.to() + " cannot change a column's type in place");
                return "";
            }
            parts.add(w);
        }
        ctx.changed();
        return "ALTER TABLE " + a.getTable().getFullyQualifiedName() + " " + String.join(", ", parts);
    }

    /** CREATE [OR REPLACE] VIEW [IF NOT EXISTS]: the query is rendered by the target's rules. */
    /**
     * T-SQL / PostgreSQL {@code SELECT ... INTO newtable FROM ...}, which creates the table: {@code CREATE TABLE
     * newtable AS SELECT ...} where the target reads SELECT INTO otherwise (MySQL, MariaDB: into variables) or not at
     * all (SQLite, Oracle). Null when the statement is left to the renderer (same meaning on the target, or a
     * T-SQL temporary table, or several targets).
     */
    static String selectInto(net.sf.jsqlparser.statement.select.PlainSelect ps, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        String from = ctx.from().family();
        String to = ctx.to().family();
        if (!(from.equals("SQLSERVER") || from.equals("POSTGRESQL")) || to.equals("SQLSERVER")
                || to.equals("POSTGRESQL") || ps.getIntoTables().size() != 1) {
            return null;
        }
        net.sf.jsqlparser.schema.Table into = ps.getIntoTables().get(0);
        if (into.getName() == null || into.getName().startsWith("#") || into.getName().startsWith("@")) {
            return null;
        }
        Identifiers.table(into, ctx);
        String name = into.getFullyQualifiedName();
        ps.setIntoTables(null);
        StatementRenderer q = StatementRenderer.create(ctx);
        ps.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) q.getSelectDeParser(), null);
        ctx.changed();
        return "CREATE TABLE " + name + " AS " + q.getBuilder();
    }

    private static String createView(net.sf.jsqlparser.statement.create.view.CreateView cv, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        DialectSpec to = ctx.to();
        Identifiers.table(cv.getView(), ctx);
        String name = cv.getView().getFullyQualifiedName();
        StatementRenderer q = StatementRenderer.create(ctx);
        cv.getSelect().accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) q.getSelectDeParser(), null);
        String body = q.getBuilder().toString();
        boolean replace = cv.isOrReplace() || cv.isIfNotExists() && !to.viewIfNotExists();
        if (cv.isIfNotExists() && !to.viewIfNotExists()) {
            ctx.warn("create-view", "IF NOT EXISTS", to.dialect() + " has no CREATE VIEW IF NOT EXISTS: an existing view is replaced");
        }
        String head;
        if (replace && to.createOrReplaceView() == null) {
            // SQLite: no OR REPLACE; drop first
            ctx.changed();
            return "DROP VIEW IF EXISTS " + name + "\u0000CREATE VIEW " + name + " AS " + body;
        }
        if (replace) {
            head = to.createOrReplaceView();
        } else if (cv.isIfNotExists()) {
            head = "CREATE VIEW IF NOT EXISTS";
        } else {
            head = "CREATE VIEW";
        }
        ctx.changed();
        return head + " " + name + " AS " + body;
    }

    private static void alter(Alter a, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        Identifiers.table(a.getTable(), ctx);
        if (a.getAlterExpressions() == null) {
            return;
        }
        TypeRules types = new TypeRules(r.expressions());
        for (AlterExpression e : a.getAlterExpressions()) {
            if (e.getColDataTypeList() != null) {
                for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                    ColDataType t = cdt.getColDataType();
                    String mapped = types.mapType(t, false);
                    if (!mapped.equalsIgnoreCase(t.toString())) {
                        ColDataType n = new ColDataType(mapped);
                        cdt.setColDataType(n);
                        ctx.changed();
                    }
                }
            }
        }
    }
}
