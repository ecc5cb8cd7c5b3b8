/**
 * Turns the JSON results of one run of every suite into {@code docs/benchmarks.md}: machine and JVM, one table per
 * suite with our figures beside the peers', the targets with met / not met, and a short reading.
 */
package com.rhosocial.activerecord.benchmarks.report;
