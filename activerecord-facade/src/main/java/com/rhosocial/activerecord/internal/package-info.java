/**
 * Engine code of the facade, not API: the executor that takes connections per operation (or the open
 * transaction's), sends the facade's canonical SQL through the dialect translator and binds values with the backend's
 * type mapping, and the registry that resolves which datasource a model uses.
 */
package com.rhosocial.activerecord.internal;
