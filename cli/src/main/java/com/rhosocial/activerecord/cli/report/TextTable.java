package com.rhosocial.activerecord.cli.report;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small fixed-width text table for terminal output: a header, a rule, and rows; long cells are cut with an
 * ellipsis and NULL shows as {@code NULL}. Not thread-safe.
 *
 * <pre>{@code
 * TextTable t = new TextTable("name", "city");
 * t.row("Ada", "London");
 * t.print(out, "  ");
 * }</pre>
 */
public final class TextTable {

    private static final int MAX_CELL = 48;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
    }

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row; values are shown with {@code String.valueOf}, null as NULL. Returns this table. */
    public TextTable row(Object... values) {
        List<String> r = new ArrayList<>(values.length);
        for (Object v : values) {
            r.add(cell(v));
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** Reads up to {@code maxRows} rows of {@code rs} into a table with its column labels. */
    public static TextTable of(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= md.getColumnCount(); c++) {
            names.add(md.getColumnLabel(c));
        }
        TextTable t = new TextTable(names);
        int n = 0;
        while (n < maxRows && rs.next()) {
            Object[] values = new Object[names.size()];
            for (int c = 1; c <= names.size(); c++) {
                values[c - 1] = rs.getObject(c);
            }
            t.row(values);
            n++;
        }
        return t;
    }

    /** Prints the table, each line starting with {@code indent}. */
    public void print(PrintWriter out, String indent) {
        int[] w = new int[header.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = header.get(c).length();
            for (List<String> r : rows) {
                w[c] = Math.max(w[c], c < r.size() ? r.get(c).length() : 0);
            }
        }
        out.println(indent + line(header, w));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(w[c]));
        }
        out.println(indent + rule);
        for (List<String> r : rows) {
            out.println(indent + line(r, w));
        }
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String v = c < cells.size() ? cells.get(c) : "";
            sb.append(c == 0 ? "" : " | ").append(v).append(" ".repeat(w[c] - v.length()));
        }
        return sb.toString().stripTrailing();
    }

    static String cell(Object v) {
        if (v == null) {
            return "NULL";
        }
        String s = v instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(v);
        s = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }
}
