package com.rhosocial.activerecord;

import com.rhosocial.activerecord.fixtures.TestDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The facade suite on Oracle Free in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class OracleFacadeTest extends FacadeSuite {
    @Override
    TestDatabase database() {
        return TestDatabase.ORACLE;
    }
}
