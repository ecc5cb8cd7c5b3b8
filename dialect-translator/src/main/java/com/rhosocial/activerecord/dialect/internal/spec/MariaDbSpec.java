package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.Dialect;

/** MariaDB 10.11: MySQL plus {@code RETURNING} on INSERT/DELETE and {@code EXCEPT}/{@code INTERSECT}. */
public class MariaDbSpec extends MySqlSpec {

    public MariaDbSpec() {
        super(Dialect.MARIADB);
        // MariaDB accepts Oracle's NVL and NVL2 in its default mode (since 10.3).
        readers.put("NVL", FunctionReader.as("COALESCE"));
        readers.put("NVL2", FunctionReader.as("NVL2"));
        CharMaps.mariadb(writers);
    }

    @Override
    public String binaryCollation() {
        // utf8mb4_bin pads with blanks ('a' = 'a '); the NO PAD variant keeps trailing blanks significant.
        return "utf8mb4_nopad_bin";
    }

    @Override
    protected boolean dialectSupportsReturning() {
        // INSERT ... RETURNING and DELETE ... RETURNING since 10.5; UPDATE ... RETURNING not in 10.11.
        return true;
    }

    @Override
    protected boolean dialectSupportsUpdateReturning() {
        return false;
    }

    @Override
    public boolean viewIfNotExists() {
        return true;
    }

    @Override
    public boolean supportsLagDefault() {
        return false;
    }

    @Override
    protected boolean dialectSupportsSequences() {
        return true;
    }

    @Override
    public String sequenceNext(String name) {
        return "NEXTVAL(" + name + ")";
    }

    @Override
    public String sequenceCurrent(String name) {
        return "LASTVAL(" + name + ")";
    }

    @Override
    public String noCycleKeyword() {
        return "NOCYCLE";
    }
}
