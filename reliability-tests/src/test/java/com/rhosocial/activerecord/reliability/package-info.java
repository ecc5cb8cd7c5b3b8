/**
 * Reliability and security suite (issue 8): many threads moving money through {@code jdbc:activerecord:}, server
 * connections killed and the server restarted mid-run, pool exhaustion, a replica going away, translator fuzzing,
 * configuration errors, secrets in logs and messages, hostile strings through the facade, and TLS verification.
 *
 * <p>Every test talks to the real local PostgreSQL 15 and MariaDB 10.11 in databases named {@code ar_rel_*}. The
 * default run is the short variant of each; {@code -Plong} (system property {@code reliability.long=true}) runs the
 * long variants. Each test records what it did in {@link com.rhosocial.activerecord.reliability.Figures}, written to
 * {@code target/reliability-figures.properties}; {@code docs/reliability.md} quotes the last run.
 */
package com.rhosocial.activerecord.reliability;
