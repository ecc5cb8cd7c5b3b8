package com.rhosocial.activerecord.query;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.RecordNotFoundException;
import com.rhosocial.activerecord.internal.Db;
import com.rhosocial.activerecord.internal.Hydrator;
import com.rhosocial.activerecord.internal.RecordAccess;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.model.Kind;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Naming;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.model.TypeMapping;
import com.rhosocial.activerecord.relation.EagerLoader;
import com.rhosocial.activerecord.relation.Relation;
import com.rhosocial.activerecord.relation.StrictLoading;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A query over one model's table. Immutable: every builder method returns a new query, so a query (or a
 * {@link Scope}) can be kept and reused. Nothing runs until a terminal method ({@link #list()}, {@link #first()},
 * {@link #count()}, {@link #pluck(String)}, ...) is called; the datasource is resolved then, so a per-thread switch
 * of datasource applies.
 *
 * <pre>{@code
 * List<User> adults = User.FIND.query()
 *     .where(col("age").ge(18).and(col("email").like("%@example.com")))
 *     .orderBy("name").limit(20)
 *     .list();
 * }</pre>
 */
public final class Query<T> {

    private enum Deleted { DEFAULT, WITH, ONLY }

    private record Join(String kind, String table, String left, String right) {
    }

    private record OrderItem(String column, boolean desc) {
    }

    private record SelectItem(String column, String raw, List<Object> params) {
    }

    private final Class<T> type;
    private final ModelMeta meta;
    private List<SelectItem> selects = List.of();
    private boolean distinct;
    private List<Join> joins = List.of();
    private List<Predicate> wheres = List.of();
    private List<String> groupBy = List.of();
    private List<Predicate> havings = List.of();
    private List<OrderItem> orders = List.of();
    private Long limit;
    private Long offset;
    private boolean forUpdate;
    private List<String> includes = List.of();
    private StrictLoading strict;
    private Deleted deleted = Deleted.DEFAULT;

    /** A query over all rows of {@code type}'s table; usually obtained from the model's finder. */
    public Query(Class<T> type) {
        this.type = type;
        this.meta = ModelMeta.of(type);
    }

    private Query<T> copy() {
        Query<T> q = new Query<>(type);
        q.selects = selects;
        q.distinct = distinct;
        q.joins = joins;
        q.wheres = wheres;
        q.groupBy = groupBy;
        q.havings = havings;
        q.orders = orders;
        q.limit = limit;
        q.offset = offset;
        q.forUpdate = forUpdate;
        q.includes = includes;
        q.strict = strict;
        q.deleted = deleted;
        return q;
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> plus(List<E> list, E item) {
        Object[] a = list.toArray(new Object[list.size() + 1]);
        a[a.length - 1] = item;
        return (List<E>) List.of(a);
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public Class<T> modelType() {
        return type;
    }

    // ---------------------------------------------------------------- building

    /** Adds a condition (ANDed with the others). Returns a new query. */
    public Query<T> where(Predicate condition) {
        Query<T> q = copy();
        q.wheres = plus(wheres, condition);
        return q;
    }

    /** Adds a raw condition in canonical SQL with bound parameters. Returns a new query. */
    public Query<T> where(String sql, Object... params) {
        return where(Predicate.raw(sql, params));
    }

    /** Adds {@code column = value} ({@code IS NULL} for null). Returns a new query. */
    public Query<T> whereEq(String column, Object value) {
        return where(Col.col(column).eq(value));
    }

    /** Selects these columns (field or column names, or {@code table.column}) instead of all. Returns a new query. */
    public Query<T> select(String... columns) {
        Query<T> q = copy();
        List<SelectItem> l = new ArrayList<>(selects);
        for (String c : columns) {
            l.add(new SelectItem(c, null, List.of()));
        }
        q.selects = List.copyOf(l);
        return q;
    }

    /** Selects a raw expression in canonical SQL (for example {@code COUNT(*) AS n}). Returns a new query. */
    public Query<T> selectRaw(String expression, Object... params) {
        Query<T> q = copy();
        q.selects = plus(selects, new SelectItem(null, expression, Arrays.asList(params)));
        return q;
    }

    /** {@code SELECT DISTINCT}. Returns a new query. */
    public Query<T> distinct() {
        Query<T> q = copy();
        q.distinct = true;
        return q;
    }

    /** {@code INNER JOIN table ON left = right}; both sides are (qualified) column names. Returns a new query. */
    public Query<T> join(String table, String leftColumn, String rightColumn) {
        Query<T> q = copy();
        q.joins = plus(joins, new Join("INNER JOIN", Naming.requirePlain(table), leftColumn, rightColumn));
        return q;
    }

    /** {@code LEFT JOIN table ON left = right}. Returns a new query. */
    public Query<T> leftJoin(String table, String leftColumn, String rightColumn) {
        Query<T> q = copy();
        q.joins = plus(joins, new Join("LEFT JOIN", Naming.requirePlain(table), leftColumn, rightColumn));
        return q;
    }

    /** Inner-joins the table of a declared relation ({@code joins("orders")}). Returns a new query. */
    public Query<T> joins(String relationName) {
        Relation<?, ?> r = Relation.find(type, relationName);
        Query<T> q = this;
        for (String[] j : r.joinClauses()) {
            q = q.join(j[0], j[1], j[2]);
        }
        return q;
    }

    /** {@code GROUP BY}. Returns a new query. */
    public Query<T> groupBy(String... columns) {
        Query<T> q = copy();
        List<String> l = new ArrayList<>(groupBy);
        l.addAll(Arrays.asList(columns));
        q.groupBy = List.copyOf(l);
        return q;
    }

    /** {@code HAVING}. Returns a new query. */
    public Query<T> having(Predicate condition) {
        Query<T> q = copy();
        q.havings = plus(havings, condition);
        return q;
    }

    /** {@code HAVING} in raw canonical SQL with bound parameters. Returns a new query. */
    public Query<T> having(String sql, Object... params) {
        return having(Predicate.raw(sql, params));
    }

    /** {@code ORDER BY column ASC}; {@code "name desc"} is also accepted. Returns a new query. */
    public Query<T> orderBy(String column) {
        if (!hasWhitespace(column)) {
            return orderBy(column, false); // the common case, without a regular expression
        }
        String[] parts = column.trim().split("\\s+");
        if (parts.length == 2 && (parts[1].equalsIgnoreCase("desc") || parts[1].equalsIgnoreCase("asc"))) {
            return orderBy(parts[0], parts[1].equalsIgnoreCase("desc"));
        }
        return orderBy(column, false);
    }

    /** {@code ORDER BY column DESC}. Returns a new query. */
    public Query<T> orderByDesc(String column) {
        return orderBy(column, true);
    }

    private Query<T> orderBy(String column, boolean desc) {
        Query<T> q = copy();
        q.orders = plus(orders, new OrderItem(column, desc));
        return q;
    }

    /** At most {@code n} rows. Returns a new query. */
    public Query<T> limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + n);
        }
        Query<T> q = copy();
        q.limit = n;
        return q;
    }

    /** Skips {@code n} rows. Returns a new query. */
    public Query<T> offset(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + n);
        }
        Query<T> q = copy();
        q.offset = n;
        return q;
    }

    /** Locks the selected rows ({@code FOR UPDATE}, rendered per database). Returns a new query. */
    public Query<T> forUpdate() {
        Query<T> q = copy();
        q.forUpdate = true;
        return q;
    }

    /** Eager-loads relations, nested with dots ({@code "orders.items"}); one query per relation. Returns a new query. */
    public Query<T> includes(String... paths) {
        Query<T> q = copy();
        List<String> l = new ArrayList<>(includes);
        l.addAll(Arrays.asList(paths));
        q.includes = List.copyOf(l);
        return q;
    }

    /** Strict loading for records of this query (lazy loads on them throw). Returns a new query. */
    public Query<T> strictLoading() {
        return strictLoading(StrictLoading.THROW);
    }

    /** Strict-loading mode for records of this query. Returns a new query. */
    public Query<T> strictLoading(StrictLoading mode) {
        Query<T> q = copy();
        q.strict = mode;
        return q;
    }

    /** Includes soft-deleted rows. Returns a new query. */
    public Query<T> withDeleted() {
        Query<T> q = copy();
        q.deleted = Deleted.WITH;
        return q;
    }

    /** Only soft-deleted rows. Returns a new query. */
    public Query<T> onlyDeleted() {
        Query<T> q = copy();
        q.deleted = Deleted.ONLY;
        return q;
    }

    /** Applies a named scope. Returns the scope's query. */
    public Query<T> scope(Scope<T> scope) {
        return scope.apply(this);
    }

    // ---------------------------------------------------------------- rendering

    private void renderFrom(SqlWriter w) {
        w.sql(" FROM ").ident(meta.table());
        for (Join j : joins) {
            w.sql(" ").sql(j.kind).sql(" ").ident(j.table).sql(" ON ").column(j.left).sql(" = ").column(j.right);
        }
        renderWhere(w);
    }

    private void renderWhere(SqlWriter w) {
        List<Predicate> all = new ArrayList<>(wheres);
        Property soft = meta.softDelete();
        if (soft != null && deleted != Deleted.WITH) {
            String ref = meta.table() + "." + soft.column();
            all.add(deleted == Deleted.ONLY ? Col.col(ref).isNotNull() : Col.col(ref).isNull());
        }
        if (!all.isEmpty()) {
            w.sql(" WHERE ");
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    w.sql(" AND ");
                }
                all.get(i).render(w);
            }
        }
    }

    private void renderGroupHaving(SqlWriter w) {
        if (!groupBy.isEmpty()) {
            w.sql(" GROUP BY ");
            for (int i = 0; i < groupBy.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                w.column(groupBy.get(i));
            }
        }
        if (!havings.isEmpty()) {
            w.sql(" HAVING ");
            for (int i = 0; i < havings.size(); i++) {
                if (i > 0) {
                    w.sql(" AND ");
                }
                havings.get(i).render(w);
            }
        }
    }

    private void renderOrderLimit(SqlWriter w, List<OrderItem> order) {
        if (!order.isEmpty()) {
            w.sql(" ORDER BY ");
            for (int i = 0; i < order.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                w.column(order.get(i).column);
                if (order.get(i).desc) {
                    w.sql(" DESC");
                }
            }
        }
        if (limit != null || offset != null) {
            // LIMIT is always present so that every dialect has a row count to page with
            w.sql(" LIMIT ").param(limit != null ? limit : Long.MAX_VALUE);
            if (offset != null) {
                w.sql(" OFFSET ").param(offset);
            }
        }
    }

    /** Renders the SELECT this query runs into {@code w} (used for subqueries too). */
    public void renderSelect(SqlWriter w) {
        SqlWriter inner = w.meta() == meta ? w : null;
        SqlWriter target = w;
        if (inner == null) {
            // a subquery resolves its own names against its own model, then lands in the outer writer
            target = new SqlWriter(meta);
        }
        target.sql(distinct ? "SELECT DISTINCT " : "SELECT ");
        if (selects.isEmpty()) {
            target.ident(meta.table()).sql(".*");
        } else {
            for (int i = 0; i < selects.size(); i++) {
                if (i > 0) {
                    target.sql(", ");
                }
                SelectItem s = selects.get(i);
                if (s.column != null) {
                    target.column(s.column);
                } else {
                    target.raw(s.raw, s.params);
                }
            }
        }
        renderFrom(target);
        renderGroupHaving(target);
        renderOrderLimit(target, orders);
        if (forUpdate) {
            target.sql(" FOR UPDATE");
        }
        if (target != w) {
            w.raw(target.sqlText(), target.params());
        }
    }

    private SqlWriter selectWriter() {
        SqlWriter w = new SqlWriter(meta);
        renderSelect(w);
        return w;
    }

    /** The SQL this query runs on the model's current datasource, after translation. */
    public String toSql() {
        return db().targetSql(selectWriter().sqlText());
    }

    /** The canonical SQL (PostgreSQL spelling) before translation. */
    public String toCanonicalSql() {
        return selectWriter().sqlText();
    }

    /** The values bound to the query's parameters, in order. */
    public List<Object> params() {
        return List.copyOf(selectWriter().params());
    }

    private Db db() {
        return Registry.resolve(type);
    }

    // ---------------------------------------------------------------- terminal operations

    /** Runs the query and returns every record (with {@code includes} eager-loaded). */
    public List<T> list() {
        SqlWriter w = selectWriter();
        Db db = db();
        TypeMapping types = db.types();
        List<T> rows = db.query(w.sqlText(), w.params(), (rs, idx) -> Hydrator.read(meta, types, rs, idx));
        boolean multi = rows.size() > 1;
        if (multi || strict != null) {
            RecordAccess access = RecordAccess.get();
            for (T r : rows) {
                access.loaded((ActiveRecord) r, null, multi, strict);
            }
        }
        if (!includes.isEmpty() && !rows.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<ActiveRecord> records = (List<ActiveRecord>) rows;
            for (String path : includes) {
                EagerLoader.load(type, records, path);
            }
        }
        return rows;
    }

    /** The first record (by the query's order, else by primary key), if any. */
    public Optional<T> first() {
        Query<T> q = orders.isEmpty() ? orderBy(meta.id().name()) : this;
        List<T> l = q.limit(1).list();
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The first record or {@link RecordNotFoundException}. */
    public T firstOrFail() {
        return first().orElseThrow(() -> new RecordNotFoundException(meta.modelName() + ": no record matches " + toCanonicalSql()));
    }

    /** The last record by primary key (or the reversed query order). */
    public Optional<T> last() {
        Query<T> q = copy();
        if (orders.isEmpty()) {
            q.orders = List.of(new OrderItem(meta.id().name(), true));
        } else {
            List<OrderItem> rev = new ArrayList<>();
            for (OrderItem o : orders) {
                rev.add(new OrderItem(o.column, !o.desc));
            }
            q.orders = List.copyOf(rev);
        }
        List<T> l = q.limit(1).list();
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The number of matching rows (of groups, when grouped). */
    public long count() {
        SqlWriter w = new SqlWriter(meta);
        if (distinct || !groupBy.isEmpty() || limit != null || offset != null) {
            SqlWriter inner = new SqlWriter(meta);
            Query<T> q = copy();
            q.orders = List.of();
            q.forUpdate = false;
            if (q.selects.isEmpty() && !distinct) {
                q.selects = List.of(new SelectItem(null, "1", List.of()));
            }
            q.renderSelect(inner);
            w.sql("SELECT COUNT(*) FROM (").raw(inner.sqlText(), inner.params()).sql(") ").ident("counted");
        } else {
            w.sql("SELECT COUNT(*)");
            renderFrom(w);
        }
        Db db = db();
        List<Long> l = db.query(w.sqlText(), w.params(), (rs, idx) -> rs.getLong(1));
        return l.get(0);
    }

    /** Whether any row matches. */
    public boolean exists() {
        SqlWriter w = new SqlWriter(meta);
        w.sql("SELECT 1");
        renderFrom(w);
        renderGroupHaving(w);
        w.sql(" LIMIT ").param(1L);
        return !db().query(w.sqlText(), w.params(), (rs, idx) -> Boolean.TRUE).isEmpty();
    }

    private Object aggregate(String fn, String column, Kind kind, Class<?> type) {
        SqlWriter w = new SqlWriter(meta);
        w.sql("SELECT ").sql(fn).sql("(").column(column).sql(")");
        renderFrom(w);
        Db db = db();
        TypeMapping types = db.types();
        return db.query(w.sqlText(), w.params(), (rs, idx) -> kind == null
                ? rs.getObject(1) : types.read(rs, 1, kind, type)).get(0);
    }

    /** {@code SUM(column)}, or null when no rows match. */
    public BigDecimal sum(String column) {
        return toDecimal(aggregate("SUM", column, null, null));
    }

    /** {@code AVG(column)}, or null when no rows match. */
    public BigDecimal avg(String column) {
        return toDecimal(aggregate("AVG", column, null, null));
    }

    /** {@code MIN(column)} read as the column's mapped type (or the driver's type for unmapped columns). */
    public Object min(String column) {
        Property p = propertyOf(column);
        return aggregate("MIN", column, p == null ? null : p.kind(), p == null ? null : p.type());
    }

    /** {@code MAX(column)} read as the column's mapped type. */
    public Object max(String column) {
        Property p = propertyOf(column);
        return aggregate("MAX", column, p == null ? null : p.kind(), p == null ? null : p.type());
    }

    /** {@code MIN(column)} read as {@code type}. */
    public <V> V min(String column, Class<V> type) {
        return type.cast(aggregate("MIN", column, Kind.of(type), type));
    }

    /** {@code MAX(column)} read as {@code type}. */
    public <V> V max(String column, Class<V> type) {
        return type.cast(aggregate("MAX", column, Kind.of(type), type));
    }

    private static BigDecimal toDecimal(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal) {
            return (BigDecimal) o;
        }
        return new BigDecimal(o.toString());
    }

    private Property propertyOf(String column) {
        int dot = column.indexOf('.');
        return meta.property(dot < 0 ? column : column.substring(dot + 1));
    }

    /** The values of one column, without building models; mapped columns are read as their field type. */
    public List<Object> pluck(String column) {
        Property p = propertyOf(column);
        return pluckAs(column, p == null ? null : p.kind(), p == null ? null : p.type());
    }

    /** The values of one column read as {@code type}. */
    @SuppressWarnings("unchecked")
    public <V> List<V> pluck(String column, Class<V> type) {
        Kind k = Kind.of(type);
        return (List<V>) pluckAs(column, k, type);
    }

    private List<Object> pluckAs(String column, Kind kind, Class<?> t) {
        Query<T> q = copy();
        q.selects = List.of(new SelectItem(column, null, List.of()));
        SqlWriter w = q.selectWriter();
        Db db = db();
        TypeMapping types = db.types();
        return db.query(w.sqlText(), w.params(), (rs, idx) -> kind == null ? rs.getObject(1) : types.read(rs, 1, kind, t));
    }

    /**
     * Reads the rows into a Java record without building models: each component is read from the column named
     * like it (snake case, as fields map) as the component's type. Without {@code select(...)} the record's
     * components are selected.
     */
    public <R extends Record> List<R> as(Class<R> recordType) {
        RecordComponent[] comps = recordType.getRecordComponents();
        if (comps == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record");
        }
        Class<?>[] types = new Class<?>[comps.length];
        Kind[] kinds = new Kind[comps.length];
        String[] labels = new String[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            kinds[i] = Kind.of(types[i]);
            labels[i] = Naming.snake(comps[i].getName());
        }
        MethodHandle ctor;
        try {
            ctor = MethodHandles.privateLookupIn(recordType, MethodHandles.lookup())
                    .findConstructor(recordType, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, comps.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot use the canonical constructor of " + recordType.getName(), e);
        }
        Query<T> q = this;
        if (selects.isEmpty()) {
            List<String> cols = new ArrayList<>();
            for (String l : labels) {
                cols.add(meta.table() + "." + l);
            }
            q = select(cols.toArray(new String[0]));
        }
        SqlWriter w = q.selectWriter();
        Db db = db();
        TypeMapping tm = db.types();
        return db.query(w.sqlText(), w.params(), (rs, idx) -> {
            Object[] args = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                int c = idx.indexOf(labels[i]);
                if (c < 0) {
                    c = idx.indexOf(comps[i].getName());
                }
                if (c < 0) {
                    throw new SQLException("projection " + recordType.getSimpleName() + "." + comps[i].getName()
                            + ": no column " + labels[i] + " in the result", "42000");
                }
                args[i] = readComponent(tm, rs, c, kinds[i], types[i]);
            }
            try {
                return recordType.cast((Object) ctor.invokeExact(args));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        });
    }

    private static Object readComponent(TypeMapping tm, ResultSet rs, int c, Kind kind, Class<?> type) throws SQLException {
        Object v = tm.read(rs, c, kind, type);
        if (v == null && type.isPrimitive()) {
            throw new SQLException("NULL read for primitive component of type " + type, "22002");
        }
        return v;
    }

    /** One page (1-based) of {@code size} records, with the total count. */
    public Page<T> page(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be >= 1, got page=" + page + ", size=" + size);
        }
        long total = count();
        Query<T> q = orders.isEmpty() ? orderBy(meta.id().name()) : this;
        List<T> items = q.limit(size).offset((long) (page - 1) * size).list();
        return new Page<>(items, page, size, total);
    }

    /**
     * Visits every matching record in batches of {@code batchSize}, paging by primary key (keyset: each batch asks
     * for keys greater than the last one seen), so memory stays bounded and concurrent inserts do not shift pages.
     * The query's own order and limit are ignored.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void findEach(int batchSize, Consumer<? super T> action) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        Property id = meta.id();
        Object last = null;
        while (true) {
            Query<T> q = copy();
            q.orders = List.of(new OrderItem(id.name(), false));
            q.limit = (long) batchSize;
            q.offset = null;
            if (last != null) {
                q = q.where(Col.col(meta.table() + "." + id.column()).gt(last));
            }
            List<T> batch = q.list();
            for (T r : batch) {
                action.accept(r);
            }
            if (batch.size() < batchSize) {
                return;
            }
            last = id.get(batch.get(batch.size() - 1));
        }
    }

    /** Updates every matching row: {@code column -> value} (field or column names). Returns the row count. */
    public int updateAll(Map<String, ?> values) {
        if (!joins.isEmpty()) {
            throw new IllegalStateException("updateAll does not support joins; use a subquery in where(...)");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("updateAll needs at least one column to set");
        }
        SqlWriter w = new SqlWriter(meta);
        w.sql("UPDATE ").ident(meta.table()).sql(" SET ");
        int i = 0;
        for (Map.Entry<String, ?> e : new LinkedHashMap<>(values).entrySet()) {
            if (i++ > 0) {
                w.sql(", ");
            }
            Property p = meta.property(e.getKey());
            Object v = e.getValue();
            if (p != null && p.kind() == Kind.JSON && v instanceof String) {
                v = new TypeMapping.JsonText((String) v);
            }
            w.ident(meta.column(e.getKey())).sql(" = ").param(v);
        }
        renderWhere(w);
        return db().update(w.sqlText(), w.params());
    }

    /**
     * Deletes every matching row; for a soft-delete model, marks them deleted instead (use
     * {@link #forceDeleteAll()} to remove them). Returns the row count.
     */
    public int deleteAll() {
        Property soft = meta.softDelete();
        if (soft != null) {
            return updateAll(Map.of(soft.name(), com.rhosocial.activerecord.internal.Clock.now(soft.kind())));
        }
        return forceDeleteAll();
    }

    /** Deletes every matching row, soft-delete model or not. Returns the row count. */
    public int forceDeleteAll() {
        if (!joins.isEmpty()) {
            throw new IllegalStateException("deleteAll does not support joins; use a subquery in where(...)");
        }
        SqlWriter w = new SqlWriter(meta);
        w.sql("DELETE FROM ").ident(meta.table());
        renderWhere(w);
        return db().update(w.sqlText(), w.params());
    }

    @Override
    public String toString() {
        return "Query[" + meta.modelName() + ": " + toCanonicalSql() + "]";
    }

}
