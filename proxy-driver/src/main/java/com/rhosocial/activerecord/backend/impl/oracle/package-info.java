/**
 * The oracle backend: Oracle Database through the ojdbc11 thin driver (service name or SID, TCPS). How each {@link com.rhosocial.activerecord.backend.ConnectionConfig} field maps onto the
 * driver is described on the backend class and in {@code docs/backends/}.
 */
package com.rhosocial.activerecord.backend.impl.oracle;
