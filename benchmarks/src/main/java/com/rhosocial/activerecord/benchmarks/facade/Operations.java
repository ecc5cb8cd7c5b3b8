package com.rhosocial.activerecord.benchmarks.facade;

import java.sql.SQLException;
import java.util.List;

/**
 * The five operations of the facade suite, written once per way of talking to the database. Each call is a whole
 * unit of work: it borrows a pooled connection and gives it back.
 */
public interface Operations {

    /** A user as the benchmark reads it, with its posts when loaded eagerly. */
    final class User {
        public final int id;
        public final String name;
        public final String email;
        public final int age;
        public final List<Post> posts;

        public User(int id, String name, String email, int age, List<Post> posts) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.age = age;
            this.posts = posts;
        }
    }

    /** A post of a user. */
    final class Post {
        public final int id;
        public final int userId;
        public final String title;

        public Post(int id, int userId, String title) {
            this.id = id;
            this.userId = userId;
            this.title = title;
        }
    }

    /** {@code bench_user} by primary key. */
    User findById(int id) throws SQLException;

    /** One row into {@code bench_event}; returns its generated id. */
    long insertOne(int userId, String kind) throws SQLException;

    /** Sets the age of one {@code bench_user} row. */
    int updateOne(int id, int age) throws SQLException;

    /** 100 users with {@code age >= minAge}, ordered by id. */
    List<User> query100(int minAge) throws SQLException;

    /** Ten users from {@code firstId} with their posts, loaded with one query per table (no N+1). */
    List<User> hasManyEager(int firstId) throws SQLException;
}
