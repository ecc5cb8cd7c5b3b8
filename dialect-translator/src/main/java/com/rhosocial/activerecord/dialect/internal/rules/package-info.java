/**
 * Rule families (paging, names, predicates, arithmetic, dates, strings, aggregates, upserts, DML, DDL, catalog,
 * transactions). Rules ask the source and target specs; they never test for a particular dialect.
 */
package com.rhosocial.activerecord.dialect.internal.rules;
