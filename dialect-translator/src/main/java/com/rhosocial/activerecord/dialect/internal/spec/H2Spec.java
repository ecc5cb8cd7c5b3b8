package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.Dialect;

/** H2 2.x in its default mode, for tests: ANSI spelling, upper-case folding, OFFSET/FETCH and LIMIT both work. */
public class H2Spec extends DialectSpec {

    public H2Spec() {
        super(Dialect.H2);
        writers.put("CONCAT_NULL", ConcatWriters.pipes(null));
        writers.put("CONCAT_SKIP", FunctionWriter.rename("CONCAT"));
        writers.put("INSTR", FunctionWriter.template("LOCATE({1}, {0})"));
        writers.put("UUID", FunctionWriter.template("RANDOM_UUID()"));
        writers.put("NOW", FunctionWriter.template("LOCALTIMESTAMP"));
        writers.put("BITAND", FunctionWriter.rename("BITAND"));
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public boolean pipesPropagateNull() {
        return true;
    }

    @Override
    public String integerDivisionTemplate() {
        return "CAST({0} / {1} AS BIGINT)";
    }

    @Override
    public String showTablesQuery() {
        return "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() ORDER BY TABLE_NAME";
    }

    @Override
    public String nullSafeEqualsStyle() {
        return "DISTINCT";
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }
}
