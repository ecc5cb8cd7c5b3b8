package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.Dialect;

/** MariaDB 10.11: MySQL plus {@code RETURNING} on INSERT/DELETE and {@code EXCEPT}/{@code INTERSECT}. */
public class MariaDbSpec extends MySqlSpec {

    public MariaDbSpec() {
        super(Dialect.MARIADB);
    }

    @Override
    public boolean supportsReturning() {
        // INSERT ... RETURNING and DELETE ... RETURNING since 10.5; UPDATE ... RETURNING not in 10.11.
        return true;
    }
}
