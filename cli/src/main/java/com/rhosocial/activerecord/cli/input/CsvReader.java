package com.rhosocial.activerecord.cli.input;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, line breaks inside quotes), enough for what
 * {@code psql \copy ... CSV HEADER} and spreadsheet tools write. Rows come with the line they start on.
 */
final class CsvReader {

    /** One row: its fields and the 1-based line where it starts. */
    record Row(List<String> fields, int line) {
    }

    private CsvReader() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        int line = 1;
        int rowLine = 1;
        char sep = text.lines().findFirst().map(CsvReader::separatorOf).orElse(',');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                rowHasContent = true;
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (rowHasContent || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(List.copyOf(fields), rowLine));
                }
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                rowHasContent = true;
            }
        }
        if (rowHasContent || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), rowLine));
        }
        return rows;
    }

    /** The header's field names (the first line only). */
    static List<String> parseHeader(String firstLine) {
        List<Row> rows = parse(firstLine);
        return rows.isEmpty() ? List.of() : rows.get(0).fields().stream().map(String::strip).toList();
    }

    /** Tab-separated exports are read too; comma otherwise. */
    private static char separatorOf(String header) {
        return header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
    }
}
