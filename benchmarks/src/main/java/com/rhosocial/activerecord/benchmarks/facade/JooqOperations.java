package com.rhosocial.activerecord.benchmarks.facade;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/**
 * The operations with jOOQ's DSL and records over the same data source: no code generation, tables and fields
 * declared with {@code DSL.table}/{@code DSL.field}, rows read from {@link Record}s.
 */
public final class JooqOperations implements Operations {
    private static final Table<Record> USER = table(name("bench_user"));
    private static final Field<Integer> U_ID = field(name("id"), Integer.class);
    private static final Field<String> U_NAME = field(name("name"), String.class);
    private static final Field<String> U_EMAIL = field(name("email"), String.class);
    private static final Field<Integer> U_AGE = field(name("age"), Integer.class);
    private static final Table<Record> POST = table(name("bench_post"));
    private static final Field<Integer> P_ID = field(name("id"), Integer.class);
    private static final Field<Integer> P_USER = field(name("user_id"), Integer.class);
    private static final Field<String> P_TITLE = field(name("title"), String.class);
    private static final Table<Record> EVENT = table(name("bench_event"));
    private static final Field<Long> E_ID = field(name("id"), Long.class);
    private static final Field<Integer> E_USER = field(name("user_id"), Integer.class);
    private static final Field<String> E_KIND = field(name("kind"), String.class);
    private static final Field<LocalDateTime> E_AT = field(name("created_at"), LocalDateTime.class);

    private final DSLContext ctx;

    public JooqOperations(DataSource dataSource, SQLDialect dialect) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        this.ctx = DSL.using(dataSource, dialect);
    }

    @Override
    public User findById(int id) {
        Record r = ctx.select(U_ID, U_NAME, U_EMAIL, U_AGE).from(USER).where(U_ID.eq(id)).fetchOne();
        return r == null ? null : user(r, null);
    }

    @Override
    public long insertOne(int userId, String kind) {
        return ctx.insertInto(EVENT, E_USER, E_KIND, E_AT).values(userId, kind, LocalDateTime.now())
                .returningResult(E_ID).fetchOne().value1();
    }

    @Override
    public int updateOne(int id, int age) {
        return ctx.update(USER).set(U_AGE, age).where(U_ID.eq(id)).execute();
    }

    @Override
    public List<User> query100(int minAge) {
        List<User> out = new ArrayList<>(100);
        for (Record r : ctx.select(U_ID, U_NAME, U_EMAIL, U_AGE).from(USER).where(U_AGE.ge(minAge))
                .orderBy(U_ID).limit(100).fetch()) {
            out.add(user(r, null));
        }
        return out;
    }

    @Override
    public List<User> hasManyEager(int firstId) {
        return ctx.connectionResult(c -> {
            DSLContext tx = DSL.using(c, ctx.dialect());
            var users = tx.select(U_ID, U_NAME, U_EMAIL, U_AGE).from(USER).where(U_ID.between(firstId, firstId + 9))
                    .orderBy(U_ID).fetch();
            Map<Integer, List<Post>> posts = new HashMap<>();
            for (Record r : users) {
                posts.put(r.get(U_ID), new ArrayList<>());
            }
            for (Record r : tx.select(P_ID, P_USER, P_TITLE).from(POST).where(P_USER.in(posts.keySet()))
                    .orderBy(P_ID).fetch()) {
                posts.get(r.get(P_USER)).add(new Post(r.get(P_ID), r.get(P_USER), r.get(P_TITLE)));
            }
            List<User> out = new ArrayList<>(users.size());
            for (Record r : users) {
                out.add(user(r, posts.get(r.get(U_ID))));
            }
            return out;
        });
    }

    private static User user(Record r, List<Post> posts) {
        return new User(r.get(U_ID), r.get(U_NAME), r.get(U_EMAIL), r.get(U_AGE), posts);
    }
}
