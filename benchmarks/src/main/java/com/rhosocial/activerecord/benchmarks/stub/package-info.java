/**
 * A JDBC driver with no I/O for overhead benchmarks: every object is a dynamic proxy that returns constants, as in
 * HikariCP's and the AWS Advanced JDBC Wrapper's own benchmarks, so that what a benchmark measures is the code
 * stacked above the driver.
 */
package com.rhosocial.activerecord.benchmarks.stub;
