package com.rhosocial.activerecord.benchmarks.facade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The operations as hand-written JDBC: the floor the facade is measured against. */
public final class JdbcOperations implements Operations {
    private final DataSource dataSource;

    public JdbcOperations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public User findById(int id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, email, age FROM bench_user WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? user(rs, null) : null;
            }
        }
    }

    @Override
    public long insertOne(int userId, String kind) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO bench_event (user_id, kind, created_at) VALUES (?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, userId);
            ps.setString(2, kind);
            ps.setObject(3, java.time.LocalDateTime.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public int updateOne(int id, int age) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE bench_user SET age = ? WHERE id = ?")) {
            ps.setInt(1, age);
            ps.setInt(2, id);
            return ps.executeUpdate();
        }
    }

    @Override
    public List<User> query100(int minAge) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, name, email, age FROM bench_user WHERE age >= ? ORDER BY id LIMIT 100")) {
            ps.setInt(1, minAge);
            List<User> out = new ArrayList<>(100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(user(rs, null));
                }
            }
            return out;
        }
    }

    @Override
    public List<User> hasManyEager(int firstId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, List<Post>> posts = new HashMap<>();
            List<int[]> order = new ArrayList<>();
            List<User> users = new ArrayList<>(10);
            List<Object[]> rows = new ArrayList<>(10);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, email, age FROM bench_user WHERE id BETWEEN ? AND ? ORDER BY id")) {
                ps.setInt(1, firstId);
                ps.setInt(2, firstId + 9);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int id = rs.getInt(1);
                        rows.add(new Object[] {id, rs.getString(2), rs.getString(3), rs.getInt(4)});
                        posts.put(id, new ArrayList<>());
                        order.add(new int[] {id});
                    }
                }
            }
            if (rows.isEmpty()) {
                return users;
            }
            StringBuilder sql = new StringBuilder("SELECT id, user_id, title FROM bench_post WHERE user_id IN (");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") ORDER BY id");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < rows.size(); i++) {
                    ps.setInt(i + 1, (Integer) rows.get(i)[0]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Post p = new Post(rs.getInt(1), rs.getInt(2), rs.getString(3));
                        posts.get(p.userId).add(p);
                    }
                }
            }
            for (Object[] r : rows) {
                users.add(new User((Integer) r[0], (String) r[1], (String) r[2], (Integer) r[3], posts.get((Integer) r[0])));
            }
            return users;
        }
    }

    private static User user(ResultSet rs, List<Post> posts) throws SQLException {
        return new User(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), posts);
    }
}
