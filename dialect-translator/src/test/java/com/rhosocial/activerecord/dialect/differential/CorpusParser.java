package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the corpus format described in {@code src/test/resources/corpus/README.md}: blocks opened by
 * {@code == id}, header lines {@code key: value}, then the sections {@code sql:}, {@code check:} and
 * {@code expected:}. Lines starting with {@code #} are comments. Errors name the file and line.
 */
public final class CorpusParser {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CorpusParser() {
    }

    /** Parses one corpus file from the classpath. */
    public static List<CorpusCase> parseResource(String resource) throws IOException {
        try (InputStream in = CorpusParser.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("corpus resource not found: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Parses corpus text; {@code name} is used in error messages. */
    public static List<CorpusCase> parse(String name, String text) {
        List<CorpusCase> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Builder b = null;
        String section = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = name + ":" + (i + 1);
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(line.substring(3).trim(), where);
                section = null;
                continue;
            }
            if (b == null) {
                if (!line.isBlank()) {
                    throw new IllegalArgumentException(where + ": text before the first '== id' line: " + line);
                }
                continue;
            }
            String trimmed = line.trim();
            if (trimmed.equals("sql:") || trimmed.equals("check:") || trimmed.equals("expected:")
                    || trimmed.equals("verify:")) {
                section = trimmed.substring(0, trimmed.length() - 1);
                if (section.equals("expected")) {
                    b.expected = new ArrayList<>();
                }
                continue;
            }
            if (section == null) {
                b.header(trimmed, where);
                continue;
            }
            switch (section) {
                case "sql" -> b.sql.append(line).append('\n');
                case "check" -> b.check.append(line).append('\n');
                case "verify" -> b.verify.append(line).append('\n');
                default -> {
                    if (!trimmed.isEmpty()) {
                        b.expected.add(parseCells(trimmed, '|', where));
                    }
                }
            }
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    /** Splits {@code a | 'b|c' | NULL} at {@code sep} into typed values (README: NULL, numbers, true/false, 'text'). */
    static List<Object> parseCells(String text, char sep, String where) {
        List<Object> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inQuote = !inQuote;
                cur.append(c);
            } else if (c == sep && !inQuote) {
                cells.add(parseValue(cur.toString().trim(), where));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (inQuote) {
            throw new IllegalArgumentException(where + ": unterminated quote in " + text);
        }
        cells.add(parseValue(cur.toString().trim(), where));
        return cells;
    }

    static Object parseValue(String v, String where) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty cell; write '' for an empty string or NULL");
        }
        if (v.equals("NULL")) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.startsWith("DATE '") && v.endsWith("'")) {
            return Date.valueOf(v.substring(6, v.length() - 1));
        }
        if (v.startsWith("TIMESTAMP '") && v.endsWith("'")) {
            return Timestamp.valueOf(v.substring(11, v.length() - 1));
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (NUMBER.matcher(v).matches()) {
            BigDecimal d = new BigDecimal(v);
            if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0 && !v.contains(".")
                    && !v.toLowerCase(Locale.ROOT).contains("e")) {
                return d.intValueExact();
            }
            return d;
        }
        return v;
    }

    /** Splits a {@code sql:} section into statements at lines that end with ';'. */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String t = line.stripTrailing();
            if (t.endsWith(";")) {
                cur.append(t, 0, t.length() - 1);
                add(out, cur);
            } else {
                cur.append(line).append('\n');
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }

    private static final class Builder {
        final String id;
        final String where;
        Dialect source;
        String category;
        List<String> tags = List.of();
        List<Object> params = List.of();
        final StringBuilder sql = new StringBuilder();
        final StringBuilder check = new StringBuilder();
        final StringBuilder verify = new StringBuilder();
        List<List<Object>> expected;
        boolean orderInsensitive;
        boolean lowerCase;
        int columns;
        List<String> cleanup = List.of();
        Set<String> targets = Set.of();

        Builder(String id, String where) {
            if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
                throw new IllegalArgumentException(where + ": case id must be lower-case letters, digits, '-' or '.': " + id);
            }
            this.id = id;
            this.where = where;
        }

        void header(String line, String at) {
            if (line.isEmpty()) {
                return;
            }
            int colon = line.indexOf(':');
            String key = (colon < 0 ? line : line.substring(0, colon)).trim();
            String value = colon < 0 ? "" : line.substring(colon + 1).trim();
            switch (key) {
                case "source" -> source = Dialect.of(value);
                case "category" -> {
                    if (!CorpusCase.CATEGORIES.contains(value)) {
                        throw new IllegalArgumentException(at + ": category must be one of " + CorpusCase.CATEGORIES + ": " + value);
                    }
                    category = value;
                }
                case "tags" -> tags = list(value);
                case "params" -> params = parseCells(value, ',', at);
                case "order-insensitive" -> orderInsensitive = true;
                case "lower-case" -> lowerCase = true;
                case "columns" -> columns = Integer.parseInt(value);
                case "cleanup" -> cleanup = list(value);
                case "targets" -> targets = new LinkedHashSet<>(list(value));
                case "note" -> { }
                default -> throw new IllegalArgumentException(at + ": unknown header '" + key + "' in case " + id);
            }
        }

        private static List<String> list(String v) {
            List<String> out = new ArrayList<>();
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }

        CorpusCase build() {
            if (source == null) {
                throw new IllegalArgumentException(where + ": case " + id + " has no 'source:'");
            }
            if (category == null) {
                throw new IllegalArgumentException(where + ": case " + id + " has no 'category:'");
            }
            List<String> statements = splitStatements(sql.toString());
            if (statements.isEmpty()) {
                throw new IllegalArgumentException(where + ": case " + id + " has no 'sql:'");
            }
            String chk = check.toString().strip();
            if (chk.endsWith(";")) {
                chk = chk.substring(0, chk.length() - 1).strip();
            }
            String ver = verify.toString().strip();
            if (ver.endsWith(";")) {
                ver = ver.substring(0, ver.length() - 1).strip();
            }
            if (!ver.isEmpty() && expected == null) {
                throw new IllegalArgumentException(where + ": case " + id + " has 'verify:' but no 'expected:' rows");
            }
            return new CorpusCase(id, where, source, category, tags, statements, params,
                    chk.isEmpty() ? null : chk, expected, ver.isEmpty() ? null : ver, orderInsensitive, lowerCase, columns, cleanup, targets);
        }
    }
}
