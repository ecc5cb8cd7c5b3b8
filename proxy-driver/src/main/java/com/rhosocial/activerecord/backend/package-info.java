/**
 * Backends and their configuration: {@link com.rhosocial.activerecord.backend.ConnectionConfig} says where a
 * database is; a {@link com.rhosocial.activerecord.backend.Backend} knows how to reach one kind of database.
 */
package com.rhosocial.activerecord.backend;
