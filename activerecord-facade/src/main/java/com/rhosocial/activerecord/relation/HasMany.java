package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each owner has any number of targets, which reference it through a foreign key on the target
 * ({@code orders.user_id}). Declare with {@code User.FIND.hasMany("orders", Order.class)}.
 */
public final class HasMany<O extends ActiveRecord, T extends ActiveRecord> extends Relation<O, T> {

    private final String foreignKey;

    public HasMany(Class<O> owner, String name, Class<T> target, String foreignKey) {
        super(owner, name, target);
        this.foreignKey = foreignKey;
    }

    /** The related records in key order (cached after the first access; an unmodifiable list). */
    @SuppressWarnings("unchecked")
    public List<T> get(O record) {
        return (List<T>) loadOne(record);
    }

    @Override
    public List<String[]> joinClauses() {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        Property fk = requireProperty(tm, foreignKey);
        return List.<String[]>of(new String[]{tm.table(), tm.table() + "." + fk.column(), om.table() + "." + om.id().column()});
    }

    @Override
    public List<T> preload(List<O> owners) {
        ModelMeta om = ModelMeta.of(owner);
        Property fk = requireProperty(ModelMeta.of(target), foreignKey);
        List<T> targets = loadWhereIn(fk.column(), keys(owners, om.id()));
        boolean same = sameKeyClass(fk, om.id());
        Map<Object, List<T>> byOwner = new HashMap<>();
        for (T t : targets) {
            byOwner.computeIfAbsent(key(fk.get(t), same), k -> new ArrayList<>()).add(t);
        }
        for (O o : owners) {
            List<T> l = byOwner.get(key(om.id().get(o), same));
            store(o, l == null ? List.of() : List.copyOf(l));
        }
        return targets;
    }
}
