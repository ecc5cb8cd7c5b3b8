/**
 * A worked example of a custom backend: H2 added to rhosocial ActiveRecord by a jar on the classpath, with no change
 * to the project's code. {@link com.example.h2backend.H2Backend} is listed in
 * {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}, so {@code jdbc:activerecord:h2:mem:...} URLs,
 * {@code backend: h2} in {@code activerecord.yaml} and {@code ActiveRecord.configure(cfg, H2Backend.class)} all find
 * it. {@code docs/backends/custom-backends.md} walks through it step by step.
 */
package com.example.h2backend;
