package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.TranslationWarning;
import com.rhosocial.activerecord.dialect.internal.text.SqlScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * State of one translation: source and target dialects, schema, policies, the warnings and unsupported
 * constructs found so far, and the tables in scope (for schema-aware rules). Not thread-safe; one per call.
 */
public final class RenderContext {
    private final DialectSpec from;
    private final DialectSpec to;
    private final SchemaInfo schema;
    private final Semantics semantics;
    private final String sourceSql;
    private final List<TranslationWarning> warnings = new ArrayList<>();
    private final List<TranslationWarning> unsupported = new ArrayList<>();
    private final Map<String, TableInfo> tablesInScope = new HashMap<>();
    private boolean emulated;
    private String upsertTarget;
    private boolean changed;
    private List<String> generatedKeyColumns = List.of();
    private boolean rowsFromFirstPart;

    public RenderContext(DialectSpec from, DialectSpec to, SchemaInfo schema, Semantics semantics, String sourceSql) {
        this.from = from;
        this.to = to;
        this.schema = schema == null ? SchemaInfo.NONE : schema;
        this.semantics = semantics;
        this.sourceSql = sourceSql;
    }

    /** Columns of a dropped INSERT ... RETURNING, for the caller to read as generated keys; empty when none. */
    /**
     * Marks the statement being rendered as a script whose first part yields the rows (a read before a change);
     * see {@link com.rhosocial.activerecord.dialect.Translation#resultStatement()}.
     */
    public void rowsFromFirstPart() {
        rowsFromFirstPart = true;
    }

    /** Whether {@link #rowsFromFirstPart()} was called, clearing it. */
    public boolean takeRowsFromFirstPart() {
        boolean v = rowsFromFirstPart;
        rowsFromFirstPart = false;
        return v;
    }

    public List<String> generatedKeyColumns() {
        return generatedKeyColumns;
    }

    public void generatedKeyColumns(List<String> columns) {
        this.generatedKeyColumns = List.copyOf(columns);
    }

    public DialectSpec from() {
        return from;
    }

    public DialectSpec to() {
        return to;
    }

    public SchemaInfo schema() {
        return schema;
    }

    /** True when semantics=preserve: add guards where the same spelling means something else. */
    public boolean preserve() {
        return semantics == Semantics.PRESERVE;
    }

    /** While rendering an upsert's update list: the style references to the proposed row take; else null. */
    public String upsertTarget() {
        return upsertTarget;
    }

    public void upsertTarget(String style) {
        this.upsertTarget = style;
    }

    private String mergeAlias;
    private Map<String, net.sf.jsqlparser.expression.Expression> mergeRow;
    private String mergeTargetAlias;
    private String mergeTargetQualifier;

    /** While rendering a MERGE as an upsert: the source alias and row, the target alias and its replacement. */
    public void mergeSource(String alias, Map<String, net.sf.jsqlparser.expression.Expression> row, String targetAlias,
                            String targetQualifier) {
        this.mergeAlias = alias;
        this.mergeRow = row;
        this.mergeTargetAlias = targetAlias;
        this.mergeTargetQualifier = targetQualifier;
    }

    private final Map<String, Map<String, net.sf.jsqlparser.expression.Expression>> derivedValues =
            new java.util.HashMap<>();

    /** Makes {@code qualifier.column} read as {@code value} (a VALUES row source turned into a row index). */
    public void derivedValue(String qualifier, String column, net.sf.jsqlparser.expression.Expression value) {
        derivedValues.computeIfAbsent(unquote(qualifier).toLowerCase(Locale.ROOT), k -> new java.util.HashMap<>())
                .put(unquote(column).toLowerCase(Locale.ROOT), value);
    }

    /** What {@link #derivedValue} set for {@code qualifier.column}, or null. */
    public net.sf.jsqlparser.expression.Expression derivedValue(String qualifier, String column) {
        if (derivedValues.isEmpty() || qualifier == null) {
            return null;
        }
        Map<String, net.sf.jsqlparser.expression.Expression> m =
                derivedValues.get(unquote(qualifier).toLowerCase(Locale.ROOT));
        return m == null ? null : m.get(unquote(column).toLowerCase(Locale.ROOT));
    }

    /** The value a MERGE source column stands for, or null. */
    public net.sf.jsqlparser.expression.Expression mergeValue(String qualifier, String column) {
        if (mergeAlias == null || qualifier == null || !unquote(qualifier).equalsIgnoreCase(unquote(mergeAlias))) {
            return null;
        }
        return mergeRow.get(unquote(column).toLowerCase(Locale.ROOT));
    }

    /** For a MERGE target-alias reference: the qualifier to write ("" for none), or null when not one. */
    public String mergeTarget(String qualifier) {
        if (mergeTargetAlias == null || qualifier == null || !unquote(qualifier).equalsIgnoreCase(unquote(mergeTargetAlias))) {
            return null;
        }
        return mergeTargetQualifier == null ? "" : mergeTargetQualifier;
    }

    private String upsertQualifier;
    private String currentTable;

    /** The table the statement being rendered writes to (INSERT/UPDATE/DELETE), or null. */
    public String currentTable() {
        return currentTable;
    }

    public void currentTable(String t) {
        this.currentTable = t;
    }

    /** Qualifier for unqualified column references in an upsert's update list (they mean the existing row). */
    public String upsertQualifier() {
        return upsertQualifier;
    }

    public void upsertQualifier(String q) {
        this.upsertQualifier = q;
    }

    private final java.util.Set<net.sf.jsqlparser.schema.Column> groupRepresentatives =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Marks a column reference that must read one value of its case-insensitive group ({@code MIN(col)}). */
    public void groupRepresentative(net.sf.jsqlparser.schema.Column c) {
        groupRepresentatives.add(c);
    }

    private final java.util.Map<net.sf.jsqlparser.schema.Column, net.sf.jsqlparser.expression.Expression>
            rollupKeys = new java.util.IdentityHashMap<>();

    /** A representative column under ROLLUP: NULL in the subtotal rows where {@code key} is rolled up. */
    public void rollupKey(net.sf.jsqlparser.schema.Column c, net.sf.jsqlparser.expression.Expression key) {
        rollupKeys.put(c, key);
    }

    /** The ROLLUP grouping key of a representative column, or null. */
    public net.sf.jsqlparser.expression.Expression rollupKey(net.sf.jsqlparser.schema.Column c) {
        return rollupKeys.isEmpty() ? null : rollupKeys.get(c);
    }

    /** True when {@code c} (this very node) was marked by {@link #groupRepresentative}. */
    public boolean isGroupRepresentative(net.sf.jsqlparser.schema.Column c) {
        return !groupRepresentatives.isEmpty() && groupRepresentatives.contains(c);
    }

    private final java.util.Set<net.sf.jsqlparser.schema.Column> rollupNulls =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The column references that read NULL in the super-aggregate rows being rendered (WITH ROLLUP emulation). */
    public java.util.Set<net.sf.jsqlparser.schema.Column> rollupNulls() {
        return rollupNulls;
    }

    /** Marks the result as emulated (meaning kept through a more complex form). */
    public void emulated(String rule, String what) {
        emulated = true;
        changed = true;
    }

    public boolean isEmulated() {
        return emulated;
    }

    /**
     * False when the source text does not contain {@code fragment} (ignoring case), so that a rule looking for a
     * rare construct ({@code (+)}, ROWNUM) can skip printing the tree to look for it. Pre-pass rewrites never
     * introduce these.
     */
    public boolean sourceMayContain(String fragment) {
        if (sourceSql == null) {
            return true;
        }
        for (int i = 0, last = sourceSql.length() - fragment.length(); i <= last; i++) {
            if (sourceSql.regionMatches(true, i, fragment, 0, fragment.length())) {
                return true;
            }
        }
        return false;
    }

    /** Notes that the rendering differs from the source in more than layout. */
    public void changed() {
        changed = true;
    }

    public boolean isChanged() {
        return changed;
    }

    /** Adds a warning; {@code near} is a word of the source text used to find the position (may be null). */
    public void warn(String rule, String near, String message) {
        warnings.add(at(rule, near, message));
    }

    /** Reports a construct the target cannot express. */
    public void unsupported(String rule, String near, String reason) {
        unsupported.add(at(rule, near, reason));
    }

    /** As {@link #unsupported(String, String, String)} at a known 1-based line and column (a parse error's token). */
    public void unsupported(String rule, int line, int column, String reason) {
        unsupported.add(new TranslationWarning(rule, line, column, reason));
    }

    public List<TranslationWarning> warnings() {
        return warnings;
    }

    public List<TranslationWarning> unsupportedConstructs() {
        return unsupported;
    }

    private TranslationWarning at(String rule, String near, String message) {
        int line = 0;
        int col = 0;
        if (near != null && !near.isEmpty()) {
            int idx = sourceSql.toUpperCase(Locale.ROOT).indexOf(near.toUpperCase(Locale.ROOT));
            if (idx >= 0) {
                long lc = SqlScanner.lineColumn(sourceSql, idx);
                line = (int) (lc >>> 32);
                col = (int) lc;
            }
        }
        return new TranslationWarning(rule, line, col, message);
    }

    /** Registers a table referenced by the statement being rendered (for column lookups). */
    public void tableInScope(String name) {
        String key = unquote(name).toLowerCase(Locale.ROOT);
        if (!tablesInScope.containsKey(key)) {
            Optional<TableInfo> t = schema.table(unquote(name));
            tablesInScope.put(key, t.orElse(null));
        }
    }

    private final Map<String, String> aliases = new HashMap<>();

    /** Records that {@code alias} names {@code table} in the statement being rendered. */
    public void alias(String alias, String table) {
        aliases.put(unquote(alias).toLowerCase(Locale.ROOT), table);
        tableInScope(table);
    }

    /** Looks a table up in the schema (unquoted, case-insensitive), resolving aliases of the statement. */
    public Optional<TableInfo> table(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String real = aliases.get(unquote(name).toLowerCase(Locale.ROOT));
        Optional<TableInfo> t = schema.table(unquote(real != null ? real : name));
        if (t.isEmpty() && real == null && name.contains(".")) {
            t = schema.table(unquote(name.substring(name.lastIndexOf('.') + 1)));
        }
        return t;
    }

    /**
     * Finds a column among the tables in scope: the column info when exactly known, empty when unknown.
     */
    public Optional<TableInfo.ColumnInfo> column(String table, String column) {
        String col = unquote(column);
        if (table != null) {
            return table(table).flatMap(t -> t.column(col));
        }
        for (TableInfo t : tablesInScope.values()) {
            if (t != null) {
                Optional<TableInfo.ColumnInfo> c = t.column(col);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The column a SQLite rowid alias ({@code rowid}, {@code _rowid_}, {@code oid}) stands for: the single INTEGER
     * primary key of {@code table} (or of the only known table in scope when unqualified), which SQLite makes the
     * rowid itself. Empty when the table or its key is unknown or not a single integer column.
     */
    public Optional<String> rowidColumn(String table) {
        TableInfo t = null;
        if (table != null) {
            t = table(table).orElse(null);
        } else {
            for (TableInfo x : tablesInScope.values()) {
                if (x != null) {
                    if (t != null && !t.name().equalsIgnoreCase(x.name())) {
                        return Optional.empty();
                    }
                    t = x;
                }
            }
        }
        if (t == null || t.primaryKey().size() != 1) {
            return Optional.empty();
        }
        Optional<TableInfo.ColumnInfo> pk = t.column(t.primaryKey().get(0));
        return pk.filter(c -> c.jdbcType() == java.sql.Types.INTEGER || c.jdbcType() == java.sql.Types.BIGINT
                || c.jdbcType() == java.sql.Types.SMALLINT || c.jdbcType() == java.sql.Types.NUMERIC
                || c.jdbcType() == java.sql.Types.DECIMAL).map(TableInfo.ColumnInfo::name);
    }

    /** Strips one level of any identifier quotes. */
    public static String unquote(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        char a = name.charAt(0);
        char b = name.charAt(name.length() - 1);
        if ((a == '"' && b == '"') || (a == '`' && b == '`') || (a == '[' && b == ']')) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
