/**
 * Suite 4: the ActiveRecord facade on five everyday operations, beside hand-written JDBC and jOOQ records on the
 * same pool and the same database.
 */
package com.rhosocial.activerecord.benchmarks.facade;
