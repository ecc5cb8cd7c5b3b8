package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Masking;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What makes two pools the same: backend, real URL, the driver properties (credentials included) and the role.
 * Pool settings are not part of it, so that legacy code and the facade reaching the same database with slightly
 * different pool settings still share one pool (the first settings win, a mismatch is logged).
 * {@link #toString()} is masked.
 */
record PoolKey(String backend, String url, Map<String, String> properties, boolean replica) {

    static PoolKey of(String backend, String url, Properties props, boolean replica) {
        Map<String, String> m = new TreeMap<>();
        for (String k : props.stringPropertyNames()) {
            String v = props.getProperty(k);
            // an empty password logs in as no password does: do not let it split the pool (frameworks pass "")
            if (!(k.equals("password") && v.isEmpty())) {
                m.put(k, v);
            }
        }
        return new PoolKey(backend, url, Map.copyOf(m), replica);
    }

    @Override
    public String toString() {
        return backend + (replica ? " replica " : " ") + Masking.maskUrl(url) + " " + Masking.maskProperties(properties);
    }
}
