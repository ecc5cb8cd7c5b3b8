package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;

/** JSON path helpers: a simple SQLite/MySQL path ({@code $.a.b[1]}) read as its list of keys and indexes. */
public final class Json {
    private Json() {
    }

    /** The keys and array indexes of {@code path} ({@code $.b[1]} is [b, 1]), or null for any other path form. */
    public static List<String> pathKeys(String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_')) {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                keys.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0 || !path.substring(i + 1, end).matches("[0-9]+")) {
                    return null;
                }
                keys.add(path.substring(i + 1, end));
                i = end + 1;
            } else {
                return null;
            }
        }
        return keys;
    }
}
