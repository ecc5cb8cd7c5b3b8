package com.rhosocial.activerecord.benchmarks.facade;

import com.rhosocial.activerecord.benchmarks.server.Servers;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The operations through the ActiveRecord facade. (Placeholder until the facade's API lands: {@link #create}
 * fails, so the {@code facade} rows of the suite report as not run.)
 */
public final class FacadeOperations implements Operations {

    private FacadeOperations() {
    }

    /**
     * The facade over {@code pool} on {@code server}.
     *
     * @throws SQLException SQLState 0A000 while the facade has no API to measure
     */
    public static Operations create(DataSource pool, Servers.Server server) throws SQLException {
        throw new java.sql.SQLFeatureNotSupportedException("the ActiveRecord facade has no API to measure yet", "0A000");
    }

    @Override
    public User findById(int id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long insertOne(int userId, String kind) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int updateOne(int id, int age) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<User> query100(int minAge) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<User> hasManyEager(int firstId) {
        throw new UnsupportedOperationException();
    }
}
