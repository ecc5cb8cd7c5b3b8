package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each owner references at most one target through a foreign key on the owner ({@code orders.user_id}).
 * Declare with {@code Order.FIND.belongsTo("user", User.class)}; read with {@link #get(ActiveRecord)}.
 */
public final class BelongsTo<O extends ActiveRecord, T extends ActiveRecord> extends Relation<O, T> {

    private final String foreignKey;

    public BelongsTo(Class<O> owner, String name, Class<T> target, String foreignKey) {
        super(owner, name, target);
        this.foreignKey = foreignKey;
    }

    /** The related record (cached after the first access), or null when the key is null or matches nothing. */
    @SuppressWarnings("unchecked")
    public T get(O record) {
        return (T) loadOne(record);
    }

    /** Sets the foreign key from {@code target} (its key must be set) and caches it. */
    public void set(O record, T value) {
        Property fk = requireProperty(ModelMeta.of(owner), foreignKey);
        fk.set(record, value == null ? null : ModelMeta.of(target).id().get(value));
        store(record, value);
    }

    @Override
    public List<String[]> joinClauses() {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        Property fk = requireProperty(om, foreignKey);
        return List.<String[]>of(new String[]{tm.table(), tm.table() + "." + tm.id().column(), om.table() + "." + fk.column()});
    }

    @Override
    public List<T> preload(List<O> owners) {
        ModelMeta tm = ModelMeta.of(target);
        Property fk = requireProperty(ModelMeta.of(owner), foreignKey);
        List<T> targets = loadWhereIn(tm.id().column(), keys(owners, fk));
        boolean same = sameKeyClass(fk, tm.id());
        Map<Object, T> byId = new HashMap<>();
        for (T t : targets) {
            byId.put(key(tm.id().get(t), same), t);
        }
        for (O o : owners) {
            Object k = fk.get(o);
            store(o, k == null ? null : byId.get(key(k, same)));
        }
        return targets;
    }
}
