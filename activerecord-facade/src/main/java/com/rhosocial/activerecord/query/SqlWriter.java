package com.rhosocial.activerecord.query;

import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates one canonical SQL statement and its parameters. Identifiers go through {@link #ident(String)} (validated
 * and double-quoted) and values through {@link #param(Object)} (a {@code ?} plus a bound value); nothing else reaches
 * the text except the builder's own keywords and raw fragments the caller wrote.
 */
public final class SqlWriter {

    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> params = new ArrayList<>();
    private final ModelMeta meta;

    /** A writer resolving unqualified names against {@code meta} (field names map to their columns). */
    public SqlWriter(ModelMeta meta) {
        this.meta = meta;
    }

    public ModelMeta meta() {
        return meta;
    }

    /** Appends SQL text the facade wrote itself (keywords, punctuation). Returns the writer. */
    public SqlWriter sql(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a validated, quoted identifier. Returns the writer. */
    public SqlWriter ident(String name) {
        sql.append('"').append(Naming.requirePlain(name)).append('"');
        return this;
    }

    /**
     * Appends a column reference: {@code name} or {@code table.name}; a field name of the model (or of the model's
     * table when qualified) maps to its column. Returns the writer.
     */
    public SqlWriter column(String ref) {
        int dot = ref.indexOf('.');
        if (dot < 0) {
            return ident(meta == null ? ref : meta.column(ref));
        }
        String table = ref.substring(0, dot);
        String col = ref.substring(dot + 1);
        ident(table).sql(".");
        if (col.equals("*")) {
            return sql("*");
        }
        return ident(meta != null && table.equals(meta.table()) ? meta.column(col) : col);
    }

    /** Appends {@code ?} and binds {@code value}. Returns the writer. */
    public SqlWriter param(Object value) {
        sql.append('?');
        params.add(value);
        return this;
    }

    /** Appends a raw fragment with its own {@code ?} placeholders and their values. Returns the writer. */
    public SqlWriter raw(String fragment, List<Object> values) {
        sql.append(fragment);
        params.addAll(values);
        return this;
    }

    public String sqlText() {
        return sql.toString();
    }

    public List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
