package com.rhosocial.activerecord.benchmarks.facade;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.model.Table;
import com.rhosocial.activerecord.relation.HasMany;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.rhosocial.activerecord.query.Col.col;

/**
 * The operations through the ActiveRecord facade, on the facade's own {@link ActiveRecordDataSource} (the pool the
 * JDBC and jOOQ variants of the suite share). Models are plain classes over the suite's tables.
 *
 * <p>"Update one" is the ActiveRecord idiom on a record already loaded (change a field, {@code save()}), which
 * issues one {@code UPDATE} of the changed column, like the JDBC and jOOQ variants; the records are loaded once at
 * setup.
 */
public final class FacadeOperations implements Operations {

    /** {@code bench_user}. */
    @Table("bench_user")
    public static class BenchUser extends ActiveRecord {
        public static final Finder<BenchUser> FIND = ActiveRecord.finder(BenchUser.class);
        public static final HasMany<BenchUser, BenchPost> POSTS = FIND.hasMany("posts", BenchPost.class, "user_id");

        public Integer id;
        public String name;
        public String email;
        public Integer age;
    }

    /** {@code bench_post}. */
    @Table("bench_post")
    public static class BenchPost extends ActiveRecord {
        public static final Finder<BenchPost> FIND = ActiveRecord.finder(BenchPost.class);

        public Integer id;
        public Integer userId;
        public String title;
        public String body;
    }

    /** {@code bench_event}; {@code createdAt} is set by the facade on insert. */
    @Table("bench_event")
    public static class BenchEvent extends ActiveRecord {
        public static final Finder<BenchEvent> FIND = ActiveRecord.finder(BenchEvent.class);

        public Long id;
        public Integer userId;
        public String kind;
        public LocalDateTime createdAt;
    }

    private final List<BenchUser> loaded;

    private FacadeOperations(List<BenchUser> loaded) {
        this.loaded = loaded;
    }

    /** The facade configured on {@code pool}, with 100 users loaded for the update operation. */
    public static Operations create(ActiveRecordDataSource pool) {
        ActiveRecord.configure(pool);
        List<BenchUser> users = BenchUser.FIND.query().orderBy("id").limit(100).list();
        return new FacadeOperations(new ArrayList<>(users));
    }

    @Override
    public User findById(int id) {
        return BenchUser.FIND.find(id).map(u -> user(u, null)).orElse(null);
    }

    @Override
    public long insertOne(int userId, String kind) {
        BenchEvent e = new BenchEvent();
        e.userId = userId;
        e.kind = kind;
        e.saveOrFail();
        return e.id;
    }

    @Override
    public int updateOne(int id, int age) {
        // a record loaded at setup (the id only picks which one); changing the age makes it dirty
        BenchUser u = loaded.get(ThreadLocalRandom.current().nextInt(loaded.size()));
        u.age = u.age == age ? age + 1 : age;
        u.saveOrFail();
        return 1;
    }

    @Override
    public List<User> query100(int minAge) {
        List<User> out = new ArrayList<>(100);
        for (BenchUser u : BenchUser.FIND.query().where(col("age").ge(minAge)).orderBy("id").limit(100).list()) {
            out.add(user(u, null));
        }
        return out;
    }

    @Override
    public List<User> hasManyEager(int firstId) {
        List<User> out = new ArrayList<>(10);
        for (BenchUser u : BenchUser.FIND.query().where(col("id").ge(firstId)).where(col("id").le(firstId + 9))
                .orderBy("id").includes("posts").list()) {
            List<Post> posts = new ArrayList<>();
            for (BenchPost p : BenchUser.POSTS.get(u)) {
                posts.add(new Post(p.id, p.userId, p.title));
            }
            out.add(user(u, posts));
        }
        return out;
    }

    private static User user(BenchUser u, List<Post> posts) {
        return new User(u.id, u.name, u.email, u.age, posts);
    }
}
