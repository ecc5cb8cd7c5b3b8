package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.TestDatabase;

/** The facade suite on the local PostgreSQL 15. */
class PostgreSQLFacadeTest extends FacadeSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
