package com.rhosocial.activerecord.dialect.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A profiled spec must answer every hook as its dialect does: each overridable method is re-declared there. */
class ProfiledSpecTest {

    @Test
    void everyOverridableHookOfDialectSpecIsDelegated() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Method m : DialectSpec.class.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isFinal(mod) || Modifier.isPrivate(mod) || m.isSynthetic()) {
                continue;
            }
            try {
                ProfiledSpec.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(m.getName());
            }
        }
        assertThat(missing).as("DialectSpec methods ProfiledSpec does not delegate").isEmpty();
    }
}
