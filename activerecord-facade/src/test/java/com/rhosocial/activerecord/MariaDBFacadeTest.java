package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.TestDatabase;

/** The facade suite on the local MariaDB 10.11. */
class MariaDBFacadeTest extends FacadeSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
