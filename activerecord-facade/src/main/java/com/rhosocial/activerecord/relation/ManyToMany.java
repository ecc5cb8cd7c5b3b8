package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.internal.Db;
import com.rhosocial.activerecord.internal.Hydrator;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Naming;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.query.Col;
import com.rhosocial.activerecord.query.Query;
import com.rhosocial.activerecord.query.SqlWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owners and targets linked through a join table ({@code post_tags(post_id, tag_id)}). Declare with
 * {@code Post.FIND.manyToMany("tags", Tag.class, "post_tags")}; link with {@link #add} and {@link #remove}.
 * Loading reads targets joined with the join table in one query.
 */
public final class ManyToMany<O extends ActiveRecord, T extends ActiveRecord> extends Relation<O, T> {

    private static final String OWNER_KEY = "ar_owner_key";

    private final String joinTable;
    private final String ownerColumn;
    private final String targetColumn;

    public ManyToMany(Class<O> owner, String name, Class<T> target, String joinTable, String ownerColumn, String targetColumn) {
        super(owner, name, target);
        this.joinTable = Naming.requirePlain(joinTable);
        this.ownerColumn = Naming.requirePlain(ownerColumn);
        this.targetColumn = Naming.requirePlain(targetColumn);
    }

    /** The linked targets in key order (cached after the first access). */
    @SuppressWarnings("unchecked")
    public List<T> get(O record) {
        return (List<T>) loadOne(record);
    }

    /** Inserts the link row between {@code record} and {@code value} (both saved) and drops the cached list. */
    public void add(O record, T value) {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        SqlWriter w = new SqlWriter(null);
        w.sql("INSERT INTO ").ident(joinTable).sql(" (").ident(ownerColumn).sql(", ").ident(targetColumn)
                .sql(") VALUES (").param(om.id().bindValue(record)).sql(", ").param(tm.id().bindValue(value)).sql(")");
        Registry.resolve(owner).update(w.sqlText(), w.params());
        reset(record);
    }

    /** Deletes the link row between {@code record} and {@code value} and drops the cached list. */
    public void remove(O record, T value) {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        SqlWriter w = new SqlWriter(null);
        w.sql("DELETE FROM ").ident(joinTable).sql(" WHERE ").ident(ownerColumn).sql(" = ").param(om.id().bindValue(record))
                .sql(" AND ").ident(targetColumn).sql(" = ").param(tm.id().bindValue(value));
        Registry.resolve(owner).update(w.sqlText(), w.params());
        reset(record);
    }

    @Override
    public List<String[]> joinClauses() {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        return List.of(
                new String[]{joinTable, joinTable + "." + ownerColumn, om.table() + "." + om.id().column()},
                new String[]{tm.table(), tm.table() + "." + tm.id().column(), joinTable + "." + targetColumn});
    }

    @Override
    public List<T> preload(List<O> owners) {
        ModelMeta om = ModelMeta.of(owner);
        ModelMeta tm = ModelMeta.of(target);
        Property id = om.id();
        List<Object> keys = keys(owners, id);
        Map<Object, List<T>> byOwner = new HashMap<>();
        Map<Object, T> distinct = new LinkedHashMap<>();
        Db db = Registry.resolve(target);
        for (int i = 0; i < keys.size(); i += IN_CHUNK) {
            List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + IN_CHUNK));
            SqlWriter alias = new SqlWriter(null);
            alias.ident(joinTable).sql(".").ident(ownerColumn).sql(" AS ").ident(OWNER_KEY);
            Query<T> q = new Query<>(target).select(tm.table() + ".*").selectRaw(alias.sqlText())
                    .join(joinTable, joinTable + "." + targetColumn, tm.table() + "." + tm.id().column())
                    .where(Col.col(joinTable + "." + ownerColumn).in(chunk))
                    .orderBy(tm.table() + "." + tm.id().column());
            List<Object[]> rows = db.query(q.toCanonicalSql(), q.params(), (rs, idx) -> new Object[]{
                    Hydrator.read(tm, db.types(), rs, idx),
                    db.types().read(rs, idx.indexOf(OWNER_KEY), id.kind(), id.type())});
            for (Object[] row : rows) {
                @SuppressWarnings("unchecked")
                T t = (T) row[0];
                T shared = distinct.computeIfAbsent(norm(tm.id().get(t)), k -> t);
                byOwner.computeIfAbsent(norm(row[1]), k -> new ArrayList<>()).add(shared);
            }
        }
        for (O o : owners) {
            List<T> l = byOwner.get(norm(id.get(o)));
            store(o, l == null ? List.of() : List.copyOf(l));
        }
        return new ArrayList<>(distinct.values());
    }
}
