package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The facade suite on SQL Server 2022 in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class SQLServerFacadeTest extends FacadeSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.SQLSERVER;
    }
}
