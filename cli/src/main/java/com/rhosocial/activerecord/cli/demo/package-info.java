/**
 * The {@code demo} command's program: a small legacy JDBC shop written for MySQL ({@link
 * com.rhosocial.activerecord.cli.demo.LegacyShop}), run statement by statement through {@code jdbc:activerecord:}
 * with what each became on the target, and ActiveRecord models on the same datasource and pool.
 */
package com.rhosocial.activerecord.cli.demo;
