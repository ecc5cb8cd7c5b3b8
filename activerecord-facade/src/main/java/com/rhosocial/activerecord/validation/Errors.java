package com.rhosocial.activerecord.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation errors of one record, per attribute in the order they were found. Errors that concern the record
 * as a whole (a vetoing hook) sit under {@link #BASE}. Not thread-safe (it belongs to one record).
 */
public final class Errors {

    /** The attribute name for errors about the whole record. */
    public static final String BASE = "base";

    private final Map<String, List<String>> byAttribute = new LinkedHashMap<>();

    /** Adds {@code message} for {@code attribute}. */
    public void add(String attribute, String message) {
        byAttribute.computeIfAbsent(attribute, k -> new ArrayList<>()).add(message);
    }

    /** The messages for {@code attribute} (empty when none). */
    public List<String> on(String attribute) {
        List<String> l = byAttribute.get(attribute);
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    public boolean isEmpty() {
        return byAttribute.isEmpty();
    }

    /** The number of messages. */
    public int size() {
        int n = 0;
        for (List<String> l : byAttribute.values()) {
            n += l.size();
        }
        return n;
    }

    /** Attributes that have errors. */
    public List<String> attributes() {
        return List.copyOf(byAttribute.keySet());
    }

    /** Every message, prefixed with its attribute ({@code "email has already been taken"}). */
    public List<String> fullMessages() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byAttribute.entrySet()) {
            for (String m : e.getValue()) {
                out.add(e.getKey().equals(BASE) ? m : e.getKey() + " " + m);
            }
        }
        return out;
    }

    public void clear() {
        byAttribute.clear();
    }

    @Override
    public String toString() {
        return String.join("; ", fullMessages());
    }
}
