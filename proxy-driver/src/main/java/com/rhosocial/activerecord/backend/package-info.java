/**
 * Backends and their configuration. {@link com.rhosocial.activerecord.backend.ConnectionConfig} says where a database
 * is and how to connect; a {@link com.rhosocial.activerecord.backend.Backend} knows how to reach one kind of database
 * (URL, driver properties with TLS mapped onto the driver's own names, isolation levels, capabilities, dialect);
 * {@link com.rhosocial.activerecord.backend.Backends} is the registry (built-ins plus {@code ServiceLoader});
 * {@link com.rhosocial.activerecord.backend.Masking} hides secrets in everything printed;
 * {@link com.rhosocial.activerecord.backend.TlsFiles} turns PEM files into the key stores some drivers need.
 */
package com.rhosocial.activerecord.backend;
