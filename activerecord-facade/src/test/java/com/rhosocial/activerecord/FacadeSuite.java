package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.Article;
import com.rhosocial.activerecord.fixtures.Order;
import com.rhosocial.activerecord.fixtures.OrderItem;
import com.rhosocial.activerecord.fixtures.Post;
import com.rhosocial.activerecord.fixtures.Profile;
import com.rhosocial.activerecord.fixtures.Sample;
import com.rhosocial.activerecord.fixtures.Tag;
import com.rhosocial.activerecord.fixtures.TestDatabase;
import com.rhosocial.activerecord.fixtures.User;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.query.Page;
import com.rhosocial.activerecord.relation.StrictLoading;
import com.rhosocial.activerecord.transaction.Isolation;
import com.rhosocial.activerecord.transaction.UnsupportedIsolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.rhosocial.activerecord.query.Col.col;
import static com.rhosocial.activerecord.query.Predicate.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The facade's one test suite. Each subclass names a real database ({@link TestDatabase}); the tests themselves are
 * the same for every backend and state their expectations by hand.
 */
abstract class FacadeSuite {

    /** The backend this run of the suite talks to. */
    abstract TestDatabase database();

    @BeforeEach
    void setUp() throws SQLException {
        TestDatabase db = database();
        db.ensureDatabase();
        ActiveRecord.configure(db.config(), db.backend());
        try (Connection c = User.FIND.dataSource().getConnection()) {
            db.resetSchema(c);
        }
        User.EVENTS.clear();
        User.failAfterCreate = false;
        ActiveRecord.strictLoading(StrictLoading.OFF);
    }

    @AfterEach
    void tearDown() {
        ActiveRecord.strictLoading(StrictLoading.OFF);
    }

    static User user(String name, String email, Integer age) {
        User u = new User();
        u.name = name;
        u.email = email;
        u.age = age;
        return u;
    }

    static User saved(String name, String email, Integer age) {
        User u = user(name, email, age);
        u.saveOrFail();
        return u;
    }

    /** Runs SQL on a separate pooled connection, as unrelated legacy code would. */
    long scalar(String sql, Object... params) throws SQLException {
        try (Connection c = User.FIND.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(database().legacy(sql))) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long statements() {
        return Registry.resolve(User.class).statementCount();
    }

    // ============================================================ records

    @Test
    void insertReadsBackGeneratedKeyAndDatabaseDefaults() {
        User u = user("Ada", "ada@example.com", 36);
        assertThat(u.isNewRecord()).isTrue();
        assertThat(u.save()).isTrue();
        assertThat(u.id).isNotNull().isPositive();
        assertThat(u.active).isTrue(); // column default, not sent
        assertThat(u.createdAt).isNotNull();
        assertThat(u.updatedAt).isEqualTo(u.createdAt);
        assertThat(u.isPersisted()).isTrue();
        assertThat(u.isDirty()).isFalse();

        User again = User.FIND.findOrFail(u.id);
        assertThat(again.name).isEqualTo("Ada");
        assertThat(again.email).isEqualTo("ada@example.com");
        assertThat(again.age).isEqualTo(36);
        assertThat(again.active).isTrue();
        assertThat(again.createdAt).isEqualTo(u.createdAt);
    }

    @Test
    void updateSendsOnlyChangedColumns() throws SQLException {
        User u = saved("Bob", "bob@example.com", 20);
        // someone else changes the email behind our back; our update of the name must not overwrite it
        try (Connection c = User.FIND.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(database().legacy("UPDATE users SET email = 'robert@example.com' WHERE id = ") + u.id);
        }
        u.name = "Robert";
        assertThat(u.changedAttributes()).containsExactly("name");
        u.saveOrFail();
        User fresh = User.FIND.findOrFail(u.id);
        assertThat(fresh.name).isEqualTo("Robert");
        assertThat(fresh.email).isEqualTo("robert@example.com");
        assertThat(User.EVENTS).contains("afterUpdate:Robert");
    }

    @Test
    void saveWithoutChangesRunsNoStatement() {
        User u = saved("Carl", "carl@example.com", 30);
        long before = statements();
        assertThat(u.save()).isTrue();
        // validation's uniqueness check runs a query; no UPDATE follows
        assertThat(statements() - before).isEqualTo(1);
        assertThat(User.FIND.findOrFail(u.id).updatedAt).isEqualTo(u.updatedAt);
    }

    @Test
    void deleteReloadFindAndExists() {
        User u = saved("Dora", "dora@example.com", 41);
        assertThat(User.FIND.exists(u.id)).isTrue();
        assertThat(User.FIND.findBy("email", "dora@example.com")).map(x -> x.id).contains(u.id);
        assertThat(User.FIND.findBy(col("name").eq("nobody"))).isEmpty();

        u.name = "changed in memory";
        u.reload();
        assertThat(u.name).isEqualTo("Dora");

        assertThat(u.delete()).isTrue();
        assertThat(u.isDestroyed()).isTrue();
        assertThat(User.FIND.find(u.id)).isEmpty();
        assertThat(User.FIND.exists(u.id)).isFalse();
        assertThatThrownBy(() -> User.FIND.findOrFail(u.id))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("User with id=" + u.id);
    }

    @Test
    void createBuildsValidatesAndSaves() {
        User u = User.FIND.create(x -> {
            x.name = "Eve";
            x.email = "eve@example.com";
        });
        assertThat(u.id).isNotNull();
        assertThat(User.FIND.count()).isEqualTo(1);
        assertThatThrownBy(() -> User.FIND.create(x -> x.name = "no email"))
                .isInstanceOf(RecordInvalidException.class)
                .hasMessage("User is invalid: email can't be blank");
    }

    @Test
    void everyMappedTypeReadsBackEqual() {
        Sample s = new Sample();
        s.code = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        s.flag = true;
        s.amount = new BigDecimal("12345.6789");
        s.day = LocalDate.of(2024, 2, 29);
        s.localTs = LocalDateTime.of(2024, 3, 31, 2, 30, 15, 123_456_000);
        s.offsetTs = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 500_000_000, ZoneOffset.UTC);
        s.instantTs = Instant.parse("1999-12-31T23:59:59.999999Z");
        s.color = Sample.Color.GREEN;
        s.payload = "{\"a\": [1, 2, {\"b\": null}], \"s\": \"x'y\"}";
        s.data = new byte[]{0, 1, 2, (byte) 0xff, 0x7f, (byte) 0x80};
        s.counter = 9_007_199_254_740_993L;
        s.ratio = 0.1;
        s.scratch = "not mapped";
        s.saveOrFail();
        assertThat(s.note).isEqualTo("n/a"); // database default read back

        Sample r = Sample.FIND.findOrFail(s.code);
        assertThat(r.code).isEqualTo(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        assertThat(r.flag).isTrue();
        assertThat(r.amount).isEqualTo(new BigDecimal("12345.6789"));
        assertThat(r.day).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(r.localTs).isEqualTo(LocalDateTime.of(2024, 3, 31, 2, 30, 15, 123_456_000));
        assertThat(r.offsetTs).isEqualTo(OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 500_000_000, ZoneOffset.UTC));
        assertThat(r.instantTs).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z"));
        assertThat(r.color).isEqualTo(Sample.Color.GREEN);
        assertThat(r.payload).isEqualTo("{\"a\": [1, 2, {\"b\": null}], \"s\": \"x'y\"}");
        assertThat(r.data).containsExactly(0, 1, 2, 0xff, 0x7f, 0x80);
        assertThat(r.counter).isEqualTo(9_007_199_254_740_993L);
        assertThat(r.ratio).isEqualTo(0.1);
        assertThat(r.note).isEqualTo("n/a");
        assertThat(r.scratch).isNull();

        // an offset other than UTC keeps the instant and comes back at UTC
        r.offsetTs = OffsetDateTime.of(2024, 6, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2));
        r.flag = false;
        r.saveOrFail();
        Sample r2 = Sample.FIND.findOrFail(s.code);
        assertThat(r2.offsetTs).isEqualTo(OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(r2.flag).isFalse();
        assertThat(Sample.FIND.query().where(col("color").eq(Sample.Color.GREEN)).count()).isEqualTo(1);
        assertThat(Sample.FIND.query().where(col("day").between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).count()).isEqualTo(1);
    }

    @Test
    void nullsOfEveryTypeReadBackAsNull() {
        Sample s = new Sample();
        s.code = UUID.randomUUID();
        s.saveOrFail();
        Sample r = Sample.FIND.findOrFail(s.code);
        assertThat(r.flag).isNull();
        assertThat(r.amount).isNull();
        assertThat(r.day).isNull();
        assertThat(r.instantTs).isNull();
        assertThat(r.color).isNull();
        assertThat(r.payload).isNull();
        assertThat(r.data).isNull();
        assertThat(r.counter).isZero();
        // setting a value to null sends an explicit NULL of the right type
        r.note = null;
        r.saveOrFail();
        assertThat(Sample.FIND.findOrFail(s.code).note).isNull();
    }

    @Test
    void hostileStringsAreStoredVerbatimAndChangeNothingElse() throws SQLException {
        saved("keeper", "keeper@example.com", 50);
        List<String> hostile = List.of(
                "'; DROP TABLE users; --",
                "Robert'); DROP TABLE users;--",
                "\" OR \"1\"=\"1",
                "x' OR '1'='1",
                "/* comment */ SELECT 1",
                "back\\slash \\' quote",
                "`tick` [bracket] $$dollar$$",
                "unicode ✓ 日本語 🎉 \u00e9\u0301");
        int i = 0;
        for (String h : hostile) {
            User u = user(h, "h" + (i++) + "@example.com", 1);
            u.saveOrFail();
            User back = User.FIND.findOrFail(u.id);
            assertThat(back.name).isEqualTo(h);
            assertThat(User.FIND.query().where(col("name").eq(h)).pluck("id")).hasSize(1);
            assertThat(User.FIND.query().where("name = ?", h).count()).isEqualTo(1);
            assertThat(User.FIND.query().where(col("name").like(h)).count()).isLessThanOrEqualTo(1);
        }
        assertThat(scalar("SELECT COUNT(*) FROM users")).isEqualTo(1 + hostile.size());
        assertThat(scalar("SELECT COUNT(*) FROM users WHERE name = ?", "keeper")).isEqualTo(1);
        assertThat(User.FIND.query().updateAll(Map.of("name", hostile.get(0)))).isEqualTo(1 + hostile.size());
        assertThat(scalar("SELECT COUNT(*) FROM users WHERE name = ?", hostile.get(0))).isEqualTo(1 + hostile.size());
    }

    @Test
    void identifiersThatAreNotPlainAreRejected() {
        assertThatThrownBy(() -> User.FIND.query().orderBy("name; DROP TABLE users").list())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name; DROP TABLE users");
        assertThatThrownBy(() -> User.FIND.query().where(col("name\" OR 1=1 --").eq("x")).list())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain SQL identifier");
        assertThatThrownBy(() -> User.FIND.query().select("id", "password FROM users --").list())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.FIND.query().join("orders o", "o.user_id", "users.id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ============================================================ queries

    void seedUsers() {
        saved("Ann", "ann@example.com", 17);
        saved("Ben", "ben@example.com", 25);
        saved("Cid", "cid@example.com", 35);
        saved("Dee", "dee@example.org", null);
        User e = user("Eli", "eli@example.com", 45);
        e.active = false;
        e.saveOrFail();
    }

    List<String> names(List<User> users) {
        List<String> l = new ArrayList<>();
        for (User u : users) {
            l.add(u.name);
        }
        return l;
    }

    @Test
    void typedPredicatesFilterAsWritten() {
        seedUsers();
        assertThat(names(User.FIND.where(col("age").gt(25)).orderBy("name").list())).containsExactly("Cid", "Eli");
        assertThat(names(User.FIND.where(col("age").lt(25)).list())).containsExactly("Ann");
        assertThat(names(User.FIND.where(col("age").ne(25)).orderBy("name").list())).containsExactly("Ann", "Cid", "Eli");
        assertThat(names(User.FIND.where(col("name").in("Ben", "Dee", "Zed")).orderBy("name").list())).containsExactly("Ben", "Dee");
        assertThat(names(User.FIND.where(col("name").in(List.of())).list())).isEmpty();
        assertThat(names(User.FIND.where(col("age").between(20, 40)).orderBy("name").list())).containsExactly("Ben", "Cid");
        assertThat(names(User.FIND.where(col("email").like("%.org")).list())).containsExactly("Dee");
        assertThat(names(User.FIND.where(col("age").isNull()).list())).containsExactly("Dee");
        assertThat(names(User.FIND.where(col("age").eq(null)).list())).containsExactly("Dee");
        assertThat(names(User.FIND.where(col("age").lt(20).or(col("age").gt(40))).orderBy("name").list()))
                .containsExactly("Ann", "Eli");
        // (LIKE is case-insensitive on SQLite and case-sensitive under binary collations: patterns avoid case here)
        assertThat(names(User.FIND.where(not(col("name").like("%n%")).and(col("age").isNotNull())).orderBy("name").list()))
                .containsExactly("Cid", "Eli");
        assertThat(names(User.FIND.query().where(col("active").eq(true)).where("age >= ?", 18).orderBy("name").list()))
                .containsExactly("Ben", "Cid");
    }

    @Test
    void orderLimitOffsetDistinctAndPages() {
        seedUsers();
        assertThat(names(User.FIND.query().orderByDesc("name").limit(2).list())).containsExactly("Eli", "Dee");
        assertThat(names(User.FIND.query().orderBy("name").limit(2).offset(1).list())).containsExactly("Ben", "Cid");
        assertThat(names(User.FIND.query().orderBy("name").offset(3).list())).containsExactly("Dee", "Eli");
        assertThat(User.FIND.query().select("active").distinct().pluck("active", Boolean.class))
                .containsExactlyInAnyOrder(true, false);
        assertThat(User.FIND.query().select("active").distinct().count()).isEqualTo(2);
        Page<User> p = User.FIND.query().orderBy("name").page(2, 2);
        assertThat(names(p.items())).containsExactly("Cid", "Dee");
        assertThat(p.total()).isEqualTo(5);
        assertThat(p.pages()).isEqualTo(3);
        assertThat(p.hasNext()).isTrue();
        assertThat(User.FIND.query().orderBy("name").limit(2).count()).isEqualTo(2);
    }

    @Test
    void aggregatesPluckFirstLastExists() {
        seedUsers();
        assertThat(User.FIND.count()).isEqualTo(5);
        assertThat(User.FIND.query().sum("age")).isEqualByComparingTo("122");
        assertThat(User.FIND.query().avg("age")).isEqualByComparingTo("30.5");
        assertThat(User.FIND.query().min("age")).isEqualTo(17);
        assertThat(User.FIND.query().max("age", Integer.class)).isEqualTo(45);
        assertThat(User.FIND.query().where(col("age").gt(100)).sum("age")).isNull();
        assertThat(User.FIND.query().orderBy("name").pluck("email", String.class))
                .containsExactly("ann@example.com", "ben@example.com", "cid@example.com", "dee@example.org", "eli@example.com");
        assertThat(User.FIND.query().orderBy("name").first()).map(u -> u.name).contains("Ann");
        assertThat(User.FIND.query().orderBy("name").last()).map(u -> u.name).contains("Eli");
        assertThat(User.FIND.query().first()).map(u -> u.name).contains("Ann"); // by key
        assertThat(User.FIND.query().where(col("age").gt(40)).exists()).isTrue();
        assertThat(User.FIND.query().where(col("age").gt(90)).exists()).isFalse();
        assertThat(User.FIND.query().where(col("age").gt(90)).first()).isEmpty();
        assertThatThrownBy(() -> User.FIND.query().where(col("age").gt(90)).firstOrFail())
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void namedScopesCompose() {
        seedUsers();
        assertThat(names(User.FIND.scope(User.ACTIVE).scope(User.ADULTS).orderBy("name").list())).containsExactly("Ben", "Cid");
        assertThat(User.FIND.scope(User.ACTIVE).count()).isEqualTo(4);
    }

    @Test
    void joinsGroupByHavingAndSubqueries() {
        seedUsers();
        User ann = User.FIND.findBy("name", "Ann").orElseThrow();
        User ben = User.FIND.findBy("name", "Ben").orElseThrow();
        order(ann, "10.50", Order.Status.PAID);
        order(ann, "20.00", Order.Status.NEW);
        order(ben, "5.25", Order.Status.PAID);

        List<User> buyers = User.FIND.query().join("orders", "orders.user_id", "users.id")
                .where(col("orders.status").eq(Order.Status.PAID)).orderBy("users.name").list();
        assertThat(names(buyers)).containsExactly("Ann", "Ben");

        assertThat(names(User.FIND.query().joins("orders").distinct().orderBy("users.name").list())).containsExactly("Ann", "Ben");

        List<User> repeat = User.FIND.query().select("users.id", "users.name").join("orders", "orders.user_id", "users.id")
                .groupBy("users.id", "users.name").having("COUNT(*) > ?", 1).list();
        assertThat(names(repeat)).containsExactly("Ann");

        List<User> withPaid = User.FIND.where(col("id").in(Order.FIND.where(col("status").eq(Order.Status.PAID)).select("userId")))
                .orderBy("name").list();
        assertThat(names(withPaid)).containsExactly("Ann", "Ben");
        List<User> without = User.FIND.where(col("id").notIn(Order.FIND.query().select("userId"))).orderBy("name").list();
        assertThat(names(without)).containsExactly("Cid", "Dee", "Eli");

        assertThat(Order.FIND.query().sum("total")).isEqualByComparingTo("35.75");
        record StatusTotal(Order.Status status, BigDecimal total, long n) {
        }
        List<StatusTotal> totals = Order.FIND.query().select("status").selectRaw("SUM(total) AS total")
                .selectRaw("COUNT(*) AS n").groupBy("status").orderBy("status").as(StatusTotal.class);
        assertThat(totals).hasSize(2);
        assertThat(totals.get(0).status()).isEqualTo(Order.Status.NEW);
        assertThat(totals.get(0).total()).isEqualByComparingTo("20.00");
        assertThat(totals.get(1).status()).isEqualTo(Order.Status.PAID);
        assertThat(totals.get(1).total()).isEqualByComparingTo("15.75");
        assertThat(totals.get(1).n()).isEqualTo(2);
    }

    static Order order(User u, String total, Order.Status status) {
        Order o = new Order();
        o.userId = u.id;
        o.total = new BigDecimal(total);
        o.status = status;
        o.createdAt = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        o.saveOrFail();
        return o;
    }

    @Test
    void updateAllAndDeleteAllUseTheConditions() {
        seedUsers();
        assertThat(User.FIND.where(col("age").lt(30)).updateAll(Map.of("active", false))).isEqualTo(2);
        assertThat(names(User.FIND.where(col("active").eq(false)).orderBy("name").list())).containsExactly("Ann", "Ben", "Eli");
        assertThat(User.FIND.where(col("active").eq(false)).deleteAll()).isEqualTo(3);
        assertThat(names(User.FIND.query().orderBy("name").list())).containsExactly("Cid", "Dee");
    }

    @Test
    void findEachVisitsEveryRowInKeysetBatches() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(user("u" + i, "u" + i + "@example.com", i));
        }
        User.FIND.insertAll(many);
        List<String> seen = new ArrayList<>();
        long before = statements();
        User.FIND.where(col("age").ge(3)).findEach(10, u -> seen.add(u.name));
        assertThat(statements() - before).isEqualTo(3); // 10 + 10 + 2
        assertThat(seen).hasSize(22).startsWith("u3", "u4").endsWith("u24");
    }

    @Test
    void rawSqlEscapeHatchBindsParameters() {
        seedUsers();
        List<User> l = User.FIND.findBySql("SELECT * FROM users WHERE age > ? AND name <> ? ORDER BY name", 20, "Cid");
        assertThat(names(l)).containsExactly("Ben", "Eli");
        assertThat(User.FIND.execute("UPDATE users SET age = age + ? WHERE name = ?", 1, "Ann")).isEqualTo(1);
        assertThat(User.FIND.findBy("name", "Ann").orElseThrow().age).isEqualTo(18);
    }

    @Test
    void toSqlShowsTheStatementAndBindsEveryValue() {
        var q = User.FIND.where(col("name").eq("x'; --")).orderBy("createdAt").limit(5);
        assertThat(q.toCanonicalSql()).isEqualTo(
                "SELECT \"users\".* FROM \"users\" WHERE \"name\" = ? ORDER BY \"created_at\" LIMIT ?");
        assertThat(q.params()).containsExactly("x'; --", 5L);
        assertThat(q.toSql()).doesNotContain("x'; --");
        assertThat(q.list()).isEmpty();
    }

    @Test
    void forUpdateLocksInsideATransaction() {
        User u = saved("Lock", "lock@example.com", 1);
        User.FIND.transaction(() -> {
            User locked = User.FIND.where(col("id").eq(u.id)).forUpdate().firstOrFail();
            locked.age = 2;
            locked.saveOrFail();
        });
        assertThat(User.FIND.findOrFail(u.id).age).isEqualTo(2);
    }

    // ============================================================ transactions

    @Test
    void transactionCommitsWhenTheBlockReturns() {
        Long id = User.FIND.transaction(() -> saved("Tx", "tx@example.com", 1).id);
        assertThat(User.FIND.exists(id)).isTrue();
        assertThat(User.EVENTS).containsSubsequence("afterCreate:Tx", "afterCommit:Tx");
    }

    @Test
    void transactionRollsBackOnAnyException() {
        assertThatThrownBy(() -> User.FIND.transaction(() -> {
            saved("One", "one@example.com", 1);
            saved("Two", "two@example.com", 2);
            throw new IOException("disk full");
        })).isInstanceOf(ActiveRecordException.class).hasCauseInstanceOf(IOException.class);
        assertThat(User.FIND.count()).isZero();
        assertThat(User.EVENTS).contains("afterRollback:One", "afterRollback:Two").doesNotContain("afterCommit:One");

        assertThatThrownBy(() -> ActiveRecord.transaction(() -> {
            saved("Three", "three@example.com", 3);
            saved("Three again", "three@example.com", 3); // fails validation: saveOrFail throws
        })).isInstanceOf(RecordInvalidException.class).hasMessageContaining("email has already been taken");
        assertThat(User.FIND.count()).isZero();
    }

    @Test
    void afterCommitRunsOnlyOnceTheOuterTransactionEnds() {
        User.FIND.transaction(() -> {
            saved("Inner", "inner@example.com", 1);
            assertThat(User.EVENTS).doesNotContain("afterCommit:Inner");
        });
        assertThat(User.EVENTS).contains("afterCommit:Inner");
    }

    @Test
    void nestedTransactionIsASavepoint() {
        User.FIND.transaction(() -> {
            saved("Outer", "outer@example.com", 1);
            assertThatThrownBy(() -> User.FIND.transaction(() -> {
                saved("Nested", "nested@example.com", 2);
                throw new IllegalStateException("undo the nested block only");
            })).isInstanceOf(IllegalStateException.class);
            User.FIND.transaction(() -> saved("Kept", "kept@example.com", 3));
        });
        assertThat(names(User.FIND.query().orderBy("name").list())).containsExactly("Kept", "Outer");
        assertThat(User.EVENTS).contains("afterRollback:Nested", "afterCommit:Outer", "afterCommit:Kept")
                .doesNotContain("afterCommit:Nested");
    }

    @Test
    void isolationLevelsAreMappedOrRefused() {
        User.FIND.transaction(Isolation.SERIALIZABLE, () -> saved("Ser", "ser@example.com", 1));
        assertThat(User.FIND.count()).isEqualTo(1);
        if (database() == TestDatabase.SQLITE) {
            assertThatThrownBy(() -> User.FIND.transaction(Isolation.REPEATABLE_READ, () -> saved("RR", "rr@example.com", 1)))
                    .isInstanceOf(UnsupportedIsolationException.class)
                    .hasMessageContaining("REPEATABLE_READ is not supported by backend sqlite");
            assertThat(User.FIND.count()).isEqualTo(1);
        } else {
            Integer level = User.FIND.transaction(Isolation.REPEATABLE_READ, () -> {
                saved("RR", "rr@example.com", 1);
                try (Connection c = User.FIND.dataSource().getConnection()) {
                    return c.getTransactionIsolation();
                }
            });
            assertThat(User.FIND.count()).isEqualTo(2);
            assertThat(level).isNotNull();
        }
        assertThatThrownBy(() -> User.FIND.transaction(Isolation.SERIALIZABLE,
                () -> User.FIND.transaction(Isolation.READ_UNCOMMITTED, () -> { })))
                .isInstanceOf(UnsupportedIsolationException.class).hasMessageContaining("inside an open transaction");
    }

    @Test
    void legacyJdbcAndModelsShareOnePoolAndOneTransaction() throws SQLException {
        // the same configuration yields the same pool for legacy code and for the models
        var legacyDs = com.rhosocial.activerecord.jdbc.ActiveRecordDataSource.of(database().config(), database().backend());
        assertThat(legacyDs.unwrap(javax.sql.DataSource.class)).isNotNull();
        try (Connection a = legacyDs.getConnection()) {
            assertThat(a).isNotNull();
        }
        boolean[] bound = {false};
        try {
            User.FIND.transaction(() -> {
                saved("Shared", "shared@example.com", 1);
                // legacy JDBC inside the block, on the same datasource, sees the uncommitted row: same connection
                try (Connection c = legacyDs.getConnection();
                     PreparedStatement ps = c.prepareStatement(database().legacy("SELECT COUNT(*) FROM users WHERE email = ?"))) {
                    ps.setString(1, "shared@example.com");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        bound[0] = rs.getLong(1) == 1;
                    }
                    // and so does legacy code that opens its connection through DriverManager and the driver's URL
                    var cfg = database().config();
                    String url = "jdbc:activerecord:" + (cfg.url() != null ? cfg.url() : "sqlite:" + cfg.database()).replaceFirst("^jdbc:", "");
                    java.util.Properties props = new java.util.Properties();
                    props.putAll(cfg.options());
                    if (cfg.username() != null) {
                        props.setProperty("user", cfg.username());
                    }
                    if (cfg.password() != null) {
                        props.setProperty("password", cfg.password());
                    }
                    try (Connection viaUrl = java.sql.DriverManager.getConnection(url, props);
                         PreparedStatement ps2 = viaUrl.prepareStatement(database().legacy("SELECT COUNT(*) FROM users"))) {
                        try (ResultSet rs = ps2.executeQuery()) {
                            rs.next();
                            assertThat(rs.getLong(1)).isEqualTo(1);
                        }
                    }
                    if (bound[0]) {
                        try (PreparedStatement ins = c.prepareStatement(
                                database().legacy("INSERT INTO users (name, email, active) VALUES (?, ?, ?)"))) {
                            ins.setString(1, "Legacy");
                            ins.setString(2, "legacy@example.com");
                            ins.setBoolean(3, true);
                            ins.executeUpdate();
                        }
                    }
                }
                throw new IllegalStateException("roll back both");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(bound[0]).as("legacy JDBC inside the block saw the block's uncommitted row").isTrue();
        assertThat(scalar("SELECT COUNT(*) FROM users")).isZero();
    }

    // ============================================================ validations and hooks

    @Test
    void validationsCollectEveryErrorAndSaveReturnsFalse() {
        User u = user("", "not-an-email", 200);
        assertThat(u.save()).isFalse();
        assertThat(u.isNewRecord()).isTrue();
        assertThat(u.errors().fullMessages()).containsExactly(
                "name can't be blank",
                "name is too short (minimum is 1 characters)",
                "email is invalid",
                "age must be less than or equal to 150");
        assertThat(u.errors().on("email")).containsExactly("is invalid");
        assertThatThrownBy(u::saveOrFail).isInstanceOf(RecordInvalidException.class)
                .hasMessage("User is invalid: name can't be blank; name is too short (minimum is 1 characters); "
                        + "email is invalid; age must be less than or equal to 150");
        assertThat(User.FIND.count()).isZero();
        User ok = user("N".repeat(51), "ok@example.com", -1);
        assertThat(ok.isValid()).isFalse();
        assertThat(ok.errors().fullMessages()).containsExactly(
                "name is too long (maximum is 50 characters)", "age must be greater than or equal to 0");
    }

    @Test
    void uniquenessIsCheckedAgainstTheDatabase() {
        User first = saved("First", "same@example.com", 1);
        User second = user("Second", "same@example.com", 2);
        assertThat(second.save()).isFalse();
        assertThat(second.errors().fullMessages()).containsExactly("email has already been taken");
        // the record itself does not count as a duplicate
        first.age = 3;
        assertThat(first.save()).isTrue();
    }

    @Test
    void hooksRunInOrderAndCanVeto() {
        User u = user("Hooked", "hooked@example.com", 1);
        u.refuseSave = true;
        assertThat(u.save()).isFalse();
        assertThat(u.errors().fullMessages()).containsExactly("save vetoed by User.beforeSave");
        assertThat(User.FIND.count()).isZero();
        u.refuseSave = false;
        User.EVENTS.clear();
        assertThat(u.save()).isTrue();
        assertThat(User.EVENTS).containsExactly("beforeSave:Hooked", "afterCreate:Hooked", "afterCommit:Hooked");
    }

    @Test
    void anExceptionInAnAfterHookUndoesTheWrite() {
        User.failAfterCreate = true;
        try {
            User u = user("Doomed", "doomed@example.com", 1);
            assertThatThrownBy(u::save).isInstanceOf(IllegalStateException.class).hasMessage("afterCreate failed for Doomed");
            assertThat(User.FIND.count()).isZero();
            assertThat(User.EVENTS).doesNotContain("afterCommit:Doomed");
        } finally {
            User.failAfterCreate = false;
        }
    }

    @Test
    void timestampsAreSetOnCreateAndUpdate() throws InterruptedException {
        Article a = new Article();
        a.title = "Hello";
        a.saveOrFail();
        assertThat(a.createdAt).isNotNull();
        assertThat(a.updatedAt).isEqualTo(a.createdAt);
        LocalDateTime created = a.createdAt;
        Thread.sleep(5);
        a.title = "Hello again";
        a.saveOrFail();
        assertThat(a.createdAt).isEqualTo(created);
        assertThat(a.updatedAt).isAfter(created);
        Article back = Article.FIND.findOrFail(a.id);
        assertThat(back.updatedAt).isEqualTo(a.updatedAt);
        assertThat(back.title).isEqualTo("Hello again");
    }

    @Test
    void staleUpdateThrowsWithOptimisticLocking() {
        Article a = new Article();
        a.title = "v0";
        a.saveOrFail();
        assertThat(a.lockVersion).isZero();
        Article mine = Article.FIND.findOrFail(a.id);
        Article theirs = Article.FIND.findOrFail(a.id);
        theirs.title = "theirs";
        theirs.saveOrFail();
        assertThat(theirs.lockVersion).isEqualTo(1);
        mine.title = "mine";
        assertThatThrownBy(mine::save).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("Article with id=" + a.id + " and lockVersion=0 was changed or deleted by someone else");
        assertThat(mine.lockVersion).isZero();
        assertThat(Article.FIND.findOrFail(a.id).title).isEqualTo("theirs");
        mine.reload();
        mine.title = "mine";
        mine.saveOrFail();
        assertThat(Article.FIND.findOrFail(a.id).lockVersion).isEqualTo(2);
    }

    @Test
    void softDeleteHidesRowsUntilRestored() throws SQLException {
        Article a = new Article();
        a.title = "soft";
        a.saveOrFail();
        Article b = new Article();
        b.title = "kept";
        b.saveOrFail();
        assertThat(a.delete()).isTrue();
        assertThat(a.isSoftDeleted()).isTrue();
        assertThat(Article.FIND.find(a.id)).isEmpty();
        assertThat(Article.FIND.count()).isEqualTo(1);
        assertThat(Article.FIND.query().withDeleted().count()).isEqualTo(2);
        assertThat(Article.FIND.query().onlyDeleted().pluck("title", String.class)).containsExactly("soft");
        assertThat(scalar("SELECT COUNT(*) FROM articles")).isEqualTo(2);
        Article deleted = Article.FIND.query().withDeleted().where(col("id").eq(a.id)).firstOrFail();
        deleted.restore();
        assertThat(Article.FIND.count()).isEqualTo(2);
        assertThat(Article.FIND.findOrFail(a.id).deletedAt).isNull();
        Article.FIND.findOrFail(b.id).forceDelete();
        assertThat(scalar("SELECT COUNT(*) FROM articles")).isEqualTo(1);
    }

    // ============================================================ relations

    void seedShop() {
        seedUsers();
        User ann = User.FIND.findBy("name", "Ann").orElseThrow();
        User ben = User.FIND.findBy("name", "Ben").orElseThrow();
        Order o1 = order(ann, "10.00", Order.Status.PAID);
        Order o2 = order(ann, "20.00", Order.Status.NEW);
        Order o3 = order(ben, "30.00", Order.Status.SHIPPED);
        for (Order o : List.of(o1, o2, o3)) {
            for (int i = 1; i <= 2; i++) {
                OrderItem it = new OrderItem();
                it.orderId = o.id;
                it.sku = "sku-" + o.id + "-" + i;
                it.quantity = i;
                it.saveOrFail();
            }
        }
        Profile p = new Profile();
        p.userId = ben.id;
        p.bio = "Ben's bio";
        p.saveOrFail();
    }

    @Test
    void relationsLoadLazilyAndCache() {
        seedShop();
        User ann = User.FIND.findBy("name", "Ann").orElseThrow();
        assertThat(ann.orders()).extracting(o -> o.total.toPlainString()).containsExactly("10.00", "20.00");
        long before = statements();
        assertThat(ann.orders()).hasSize(2); // cached
        assertThat(statements()).isEqualTo(before);
        Order o = ann.orders().get(0);
        assertThat(o.user().name).isEqualTo("Ann");
        assertThat(o.items()).extracting(i -> i.quantity).containsExactly(1, 2);
        assertThat(ann.profile()).isNull();
        User ben = User.FIND.findBy("name", "Ben").orElseThrow();
        assertThat(ben.profile().bio).isEqualTo("Ben's bio");
        User cid = User.FIND.findBy("name", "Cid").orElseThrow();
        assertThat(cid.orders()).isEmpty();
    }

    @Test
    void includesLoadsNestedRelationsWithOneQueryPerRelation() {
        seedShop();
        ActiveRecord.strictLoading(StrictLoading.THROW);
        long before = statements();
        List<User> users = User.FIND.query().includes("orders.items", "profile").orderBy("name").list();
        assertThat(statements() - before).isEqualTo(4); // users, orders, items, profiles
        assertThat(users).hasSize(5);
        assertThat(users.get(0).orders()).hasSize(2);
        assertThat(users.get(0).orders().get(1).items()).extracting(i -> i.sku).hasSize(2);
        assertThat(users.get(1).orders().get(0).items()).hasSize(2);
        assertThat(users.get(1).profile().bio).isEqualTo("Ben's bio");
        assertThat(users.get(2).orders()).isEmpty();
        assertThat(statements() - before).isEqualTo(4);

        List<Order> orders = Order.FIND.query().includes("user").list();
        assertThat(orders).extracting(o -> o.user().name).containsExactly("Ann", "Ann", "Ben");
    }

    @Test
    void strictLoadingReportsNPlusOneWithRelationAndCallSite() {
        seedShop();
        ActiveRecord.strictLoading(StrictLoading.THROW);
        List<User> users = User.FIND.query().orderBy("name").list();
        assertThatThrownBy(() -> users.get(0).orders())
                .isInstanceOf(StrictLoadingException.class)
                .hasMessageContaining("User.orders")
                .hasMessageContaining(getClass().getSuperclass().getName() + ".lambda$strictLoadingReportsNPlusOneWithRelationAndCallSite");
        // a record loaded alone is not an N+1
        assertThat(User.FIND.findBy("name", "Ann").orElseThrow().orders()).hasSize(2);
        // warn mode loads and logs
        ActiveRecord.strictLoading(StrictLoading.WARN);
        assertThat(User.FIND.query().orderBy("name").list().get(0).orders()).hasSize(2);
        ActiveRecord.strictLoading(StrictLoading.OFF);
        // per model
        User.FIND.strictLoading(StrictLoading.THROW);
        try {
            List<User> again = User.FIND.query().orderBy("name").list();
            assertThatThrownBy(() -> again.get(1).orders()).isInstanceOf(StrictLoadingException.class);
            assertThat(Order.FIND.query().list().get(0).user()).isNotNull(); // other models unaffected
        } finally {
            User.FIND.strictLoading(null);
        }
        // per query
        User single = User.FIND.query().where(col("name").eq("Ann")).strictLoading().list().get(0);
        assertThatThrownBy(single::orders).isInstanceOf(StrictLoadingException.class);
    }

    @Test
    void manyToManyThroughAJoinTable() {
        Post p1 = new Post();
        p1.title = "first";
        p1.saveOrFail();
        Post p2 = new Post();
        p2.title = "second";
        p2.saveOrFail();
        Tag java = new Tag();
        java.label = "java";
        java.saveOrFail();
        Tag sql = new Tag();
        sql.label = "sql";
        sql.saveOrFail();
        Post.TAGS.add(p1, java);
        Post.TAGS.add(p1, sql);
        Post.TAGS.add(p2, sql);
        assertThat(Post.TAGS.get(p1)).extracting(t -> t.label).containsExactly("java", "sql");
        long before = statements();
        List<Post> posts = Post.FIND.query().includes("tags").orderBy("title").list();
        assertThat(statements() - before).isEqualTo(2);
        assertThat(Post.TAGS.get(posts.get(1))).extracting(t -> t.label).containsExactly("sql");
        assertThat(Post.FIND.query().joins("tags").where(col("tags.label").eq("java")).pluck("title", String.class))
                .containsExactly("first");
        Post.TAGS.remove(p1, java);
        assertThat(Post.TAGS.get(p1)).extracting(t -> t.label).containsExactly("sql");
    }

    // ============================================================ projections and batches

    record UserView(Long id, String name, Integer age) {
    }

    @Test
    void projectsIntoJavaRecordsWithoutBuildingModels() {
        seedUsers();
        List<UserView> views = User.FIND.where(col("age").isNotNull()).select("id", "name", "age").orderBy("name").as(UserView.class);
        assertThat(views).extracting(UserView::name).containsExactly("Ann", "Ben", "Cid", "Eli");
        assertThat(views.get(0).age()).isEqualTo(17);
        assertThat(User.FIND.query().orderBy("name").limit(1).as(UserView.class)).extracting(UserView::name).containsExactly("Ann");
    }

    @Test
    void insertAllSendsOneStatementPerChunk() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(user("bulk" + i, "bulk" + i + "@example.com", i % 90));
        }
        long before = statements();
        assertThat(User.FIND.insertAll(many, 500)).isEqualTo(1200);
        assertThat(statements() - before).isEqualTo(3);
        assertThat(User.FIND.count()).isEqualTo(1200);
        assertThat(User.FIND.query().where(col("active").eq(true)).count()).isEqualTo(1200);
        if (User.FIND.dataSource().capabilities().returning()) {
            // with RETURNING (PostgreSQL, MariaDB 10.5+, SQLite 3.35+) the server returns one key per row; generated
            // keys give one per statement on the others: no keys assigned
            assertThat(User.FIND.findOrFail(many.get(1199).id).name).isEqualTo("bulk1199");
            assertThat(many.get(1199).isPersisted()).isTrue();
        } else {
            assertThat(many.get(0).id).isNull();
            assertThat(many.get(0).isNewRecord()).isTrue();
        }
        Optional<User> first = User.FIND.findBy("email", "bulk0@example.com");
        assertThat(first).map(u -> u.createdAt).isPresent();
    }

    /**
     * Stress: several threads save, query and run transactions through one finder and one pool at once. SQLite
     * serialises writers on its file lock; it runs with fewer threads. Run alone with
     * {@code mvn -pl activerecord-facade -am test -Dtest='*FacadeTest#manyThreads*' -Dsurefire.failIfNoSpecifiedTests=false}.
     */
    @Test
    void manyThreadsShareFindersPoolAndTransactionsSafely() throws Exception {
        int threads = database() == TestDatabase.SQLITE ? 2 : 4;
        int perThread = 25;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int tn = t;
                futures.add(pool.submit(() -> {
                    long seen = 0;
                    for (int i = 0; i < perThread; i++) {
                        String name = "t" + tn + "-" + i;
                        int age = i;
                        if (i % 5 == 0) {
                            User.FIND.transaction(() -> saved(name, name + "@example.com", age));
                        } else {
                            saved(name, name + "@example.com", i);
                        }
                        seen += User.FIND.where(col("name").like("t" + tn + "-%")).count();
                    }
                    return seen;
                }));
            }
            for (var f : futures) {
                // thread t sees its own 1, 2, ..., 25 rows: 325 in total
                assertThat(f.get(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(perThread * (perThread + 1) / 2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(User.FIND.count()).isEqualTo((long) threads * perThread);
    }

    @Test
    void changedAttributesTrackAssignments() {
        User u = saved("Dirty", "dirty@example.com", 1);
        assertThat(u.changedAttributes()).isEmpty();
        u.age = 1;
        assertThat(u.isDirty()).isFalse();
        u.age = 2;
        u.email = "dirty2@example.com";
        assertThat(u.changedAttributes()).isEqualTo(Set.of("age", "email"));
    }
}
