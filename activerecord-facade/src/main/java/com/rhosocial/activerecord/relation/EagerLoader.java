package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.internal.RecordAccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a dotted relation path ({@code "orders.items"}) for a list of records: one query per relation level, never
 * one per record. Levels already loaded on every record (from an earlier path such as {@code "orders"}) are reused.
 */
public final class EagerLoader {

    private EagerLoader() {
    }

    /** Loads {@code path} for {@code records} of {@code model}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void load(Class<?> model, List<? extends ActiveRecord> records, String path) {
        Class<?> type = model;
        List<ActiveRecord> level = new ArrayList<>(records);
        for (String segment : path.split("\\.")) {
            Relation rel = Relation.find(type, segment.trim());
            List<ActiveRecord> missing = new ArrayList<>();
            for (ActiveRecord r : level) {
                if (!RecordAccess.get().relations(r).containsKey(rel.name())) {
                    missing.add(r);
                }
            }
            if (!missing.isEmpty()) {
                rel.preload(missing);
            }
            // the next level: every target now cached on this level's records (identity-deduplicated)
            Map<ActiveRecord, Boolean> next = new IdentityHashMap<>();
            List<ActiveRecord> ordered = new ArrayList<>();
            for (ActiveRecord r : level) {
                Object v = RecordAccess.get().relations(r).get(rel.name());
                if (v instanceof Collection) {
                    for (Object o : (Collection<?>) v) {
                        if (next.put((ActiveRecord) o, Boolean.TRUE) == null) {
                            ordered.add((ActiveRecord) o);
                        }
                    }
                } else if (v != null && next.put((ActiveRecord) v, Boolean.TRUE) == null) {
                    ordered.add((ActiveRecord) v);
                }
            }
            level = ordered;
            type = rel.targetType();
            if (level.isEmpty()) {
                return;
            }
        }
    }
}
