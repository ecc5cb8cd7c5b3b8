/**
 * Suite 1: what the {@code jdbc:activerecord:} driver adds to a connection and to a statement, over a stub driver
 * with no I/O, beside plain HikariCP (the floor) and the wrappers users would pick instead.
 */
package com.rhosocial.activerecord.benchmarks.driver;
