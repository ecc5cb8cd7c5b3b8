package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;

/**
 * JSON functions on text documents: {@code JSON_GET(doc, path)} (the JSON value at a MySQL-style path
 * {@code $.a.b[1]}), {@code JSON_GET_TEXT} (the same, unquoted), {@code JSON_OBJECT(k, v, ...)},
 * {@code JSON_ARRAYAGG(x)} and {@code JSON_ARRAY_LENGTH(doc)}. PostgreSQL takes paths as text arrays
 * ({@code #> '{a,b,1}'}), so only literal paths are translated there.
 */
public final class JsonFunctions {
    private JsonFunctions() {
    }

    /** MySQL / MariaDB spellings. */
    static void readMysql(Map<String, FunctionReader> r) {
        r.put("JSON_EXTRACT", (n, a) -> a.size() == 2 ? new Call("JSON_GET", a) : null);
        r.put("JSON_UNQUOTE", (n, a) -> {
            if (a.size() != 1) {
                return null;
            }
            Expression inner = a.get(0);
            if (inner instanceof CallNode c && c.call().name().equals("JSON_GET")) {
                return new Call("JSON_GET_TEXT", c.call().args());
            }
            if (inner instanceof net.sf.jsqlparser.expression.Function f && !(inner instanceof CallNode)
                    && "JSON_EXTRACT".equalsIgnoreCase(f.getName()) && f.getParameters() != null
                    && f.getParameters().size() == 2) {
                return new Call("JSON_GET_TEXT", new ArrayList<>(f.getParameters()));
            }
            return null;
        });
        r.put("JSON_OBJECT", (n, a) -> a.size() % 2 == 0 ? new Call("JSON_OBJECT", a) : null);
        r.put("JSON_ARRAYAGG", (n, a) -> a.size() == 1 ? new Call("JSON_ARRAYAGG", a) : null);
        r.put("JSON_LENGTH", (n, a) -> a.size() == 1 ? new Call("JSON_ARRAY_LENGTH", a) : null);
    }

    /** PostgreSQL spellings (json and jsonb alike). */
    static void readPostgres(Map<String, FunctionReader> r) {
        for (String t : new String[] {"JSON", "JSONB"}) {
            r.put(t + "_BUILD_OBJECT", (n, a) -> a.size() % 2 == 0 ? new Call("JSON_OBJECT", a) : null);
            r.put(t + "_AGG", (n, a) -> a.size() == 1 ? new Call("JSON_ARRAYAGG", a) : null);
            r.put(t + "_ARRAY_LENGTH", (n, a) -> a.size() == 1 ? new Call("JSON_ARRAY_LENGTH", a) : null);
        }
    }

    /** PostgreSQL (the common default). */
    static void writePostgres(Map<String, FunctionWriter> w) {
        w.put("JSON_GET", (c, o) -> pgPath(c, o, "#>"));
        w.put("JSON_GET_TEXT", (c, o) -> pgPath(c, o, "#>>"));
        w.put("JSON_OBJECT", rename("JSON_BUILD_OBJECT"));
        w.put("JSON_ARRAYAGG", rename("JSON_AGG"));
        w.put("JSON_ARRAY_LENGTH", template("JSON_ARRAY_LENGTH(CAST({0} AS JSON))"));
    }

    static void writeMysql(Map<String, FunctionWriter> w) {
        w.put("JSON_GET", rename("JSON_EXTRACT"));
        w.put("JSON_GET_TEXT", template("JSON_UNQUOTE(JSON_EXTRACT({0}, {1}))"));
        w.put("JSON_OBJECT", rename("JSON_OBJECT"));
        w.put("JSON_ARRAYAGG", rename("JSON_ARRAYAGG"));
        w.put("JSON_ARRAY_LENGTH", rename("JSON_LENGTH"));
    }

    /** SQLite's JSON1 functions take MySQL-style paths; json_extract already returns scalars unquoted. */
    static void writeSqlite(Map<String, FunctionWriter> w) {
        w.put("JSON_GET", rename("JSON_EXTRACT"));
        w.put("JSON_GET_TEXT", rename("JSON_EXTRACT"));
        w.put("JSON_OBJECT", rename("JSON_OBJECT"));
        w.put("JSON_ARRAYAGG", rename("JSON_GROUP_ARRAY"));
        w.put("JSON_ARRAY_LENGTH", rename("JSON_ARRAY_LENGTH"));
    }

    private static void pgPath(Call c, Out o, String op) {
        List<String> keys = c.arg(1) instanceof StringValue s ? pathKeys(s.getValue()) : null;
        if (keys == null) {
            o.ctx().unsupported("json-path", String.valueOf(c.arg(1)),
                    "only a literal JSON path of keys and array indexes ($.a.b[1]) has a PostgreSQL spelling");
            o.text("JSON_EXTRACT(").args(c, 0).text(")");
            return;
        }
        o.text("(CAST(").expr(c.arg(0)).text(" AS JSONB) " + op + " '{");
        for (int i = 0; i < keys.size(); i++) {
            o.text((i > 0 ? "," : "") + keys.get(i).replace("'", "''"));
        }
        o.text("}')");
    }

    /** The steps of a path {@code $.a."b c"[2]}, or null when it has wildcards or other forms. */
    static List<String> pathKeys(String path) {
        String p = path.trim();
        if (!p.startsWith("$")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        while (i < p.length()) {
            char ch = p.charAt(i);
            if (ch == '.') {
                i++;
                if (i < p.length() && p.charAt(i) == '"') {
                    int end = p.indexOf('"', i + 1);
                    if (end < 0) {
                        return null;
                    }
                    out.add("\"" + p.substring(i + 1, end) + "\"");
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < p.length() && (Character.isLetterOrDigit(p.charAt(i)) || p.charAt(i) == '_')) {
                        i++;
                    }
                    if (i == start) {
                        return null;
                    }
                    out.add(p.substring(start, i));
                }
            } else if (ch == '[') {
                int end = p.indexOf(']', i);
                if (end < 0 || !p.substring(i + 1, end).trim().matches("[0-9]+")) {
                    return null;
                }
                out.add(p.substring(i + 1, end).trim());
                i = end + 1;
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * PostgreSQL {@code doc -> 'a' ->> 'b'}, {@code doc #>> '{a,b,1}'} as {@code JSON_GET} / {@code JSON_GET_TEXT}
     * with a MySQL-style path, or null when a step is not a literal key or index.
     */
    public static Call fromPostgresOperators(net.sf.jsqlparser.expression.JsonExpression j) {
        List<Map.Entry<Expression, String>> steps = new ArrayList<>();
        flatten(j.getIdentList(), steps);
        if (steps.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder("$");
        for (Map.Entry<Expression, String> step : steps) {
            String op = step.getValue();
            Expression key = step.getKey();
            if (op.equals("->") || op.equals("->>")) {
                if (key instanceof net.sf.jsqlparser.expression.LongValue n) {
                    path.append('[').append(n.getValue()).append(']');
                } else if (key instanceof StringValue k) {
                    key(path, k.getValue());
                } else {
                    return null;
                }
            } else if ((op.equals("#>") || op.equals("#>>")) && key instanceof StringValue arr
                    && arr.getValue().trim().startsWith("{") && arr.getValue().trim().endsWith("}")) {
                String body = arr.getValue().trim();
                body = body.substring(1, body.length() - 1);
                for (String part : body.isBlank() ? new String[0] : body.split(",")) {
                    String t = part.trim();
                    if (t.matches("[0-9]+")) {
                        path.append('[').append(t).append(']');
                    } else {
                        key(path, t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2 ? t.substring(1, t.length() - 1) : t);
                    }
                }
            } else {
                return null;
            }
        }
        Expression doc = j.getExpression();
        if (doc instanceof net.sf.jsqlparser.expression.CastExpression c && c.getColDataType() != null
                && c.getColDataType().getDataType().toUpperCase(java.util.Locale.ROOT).startsWith("JSON")) {
            doc = c.getLeftExpression();
        }
        String last = steps.get(steps.size() - 1).getValue();
        boolean text = last.equals("->>") || last.equals("#>>");
        return new Call(text ? "JSON_GET_TEXT" : "JSON_GET", List.of(doc, new StringValue(path.toString())));
    }

    private static void key(StringBuilder path, String k) {
        if (k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            path.append('.').append(k);
        } else {
            path.append(".\"").append(k.replace("\"", "\\\"")).append('"');
        }
    }

    /** {@code doc -> 'a' ->> 'b'} parses as one step whose key is itself {@code 'a' ->> 'b'}: unnest it. */
    private static void flatten(List<Map.Entry<Expression, String>> idents, List<Map.Entry<Expression, String>> out) {
        for (Map.Entry<Expression, String> e : idents) {
            if (e.getKey() instanceof net.sf.jsqlparser.expression.JsonExpression inner) {
                out.add(Map.entry(inner.getExpression(), e.getValue()));
                flatten(inner.getIdentList(), out);
            } else {
                out.add(e);
            }
        }
    }
}
