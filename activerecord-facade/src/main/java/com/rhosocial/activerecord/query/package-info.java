/**
 * The query builder: {@link com.rhosocial.activerecord.query.Query} (immutable, each call returns a new query),
 * typed column predicates ({@link com.rhosocial.activerecord.query.Col}), combinators
 * ({@link com.rhosocial.activerecord.query.Predicate}), named scopes and pages. Queries render one canonical SQL text
 * with every value as a bound parameter and every identifier validated and quoted; the dialect translator turns it
 * into each database's SQL.
 */
package com.rhosocial.activerecord.query;
