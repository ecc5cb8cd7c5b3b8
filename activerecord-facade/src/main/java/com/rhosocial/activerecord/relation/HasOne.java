package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each owner has at most one target, which references it through a foreign key on the target
 * ({@code profiles.user_id}). Declare with {@code User.FIND.hasOne("profile", Profile.class)}.
 */
public final class HasOne<O extends ActiveRecord, T extends ActiveRecord> extends Relation<O, T> {

    private final String foreignKey;

    public HasOne(Class<O> owner, String name, Class<T> target, String foreignKey) {
        super(owner, name, target);
        this.foreignKey = foreignKey;
    }

    /** The related record (the one with the lowest key if several exist), or null. */
    @SuppressWarnings("unchecked")
    public T get(O record) {
        return (T) loadOne(record);
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
        Map<Object, T> byOwner = new HashMap<>();
        for (T t : targets) {
            byOwner.putIfAbsent(key(fk.get(t), same), t);
        }
        for (O o : owners) {
            store(o, byOwner.get(key(om.id().get(o), same)));
        }
        return targets;
    }
}
