package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.TestDatabase;

/** The facade suite on embedded SQLite. */
class SQLiteFacadeTest extends FacadeSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLITE;
    }
}
