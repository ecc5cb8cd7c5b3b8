package com.rhosocial.activerecord.dialect.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A spec seen through a target profile is its dialect's spec with only the profile's capabilities and type names
 * changed: every other answer is the dialect's own (a profiled SQL Server spec still quotes with brackets), and an
 * unset feature keeps the dialect's answer (MySQL has no RETURNING whatever the profile leaves unsaid).
 */
class ProfiledSpecsTest {

    private static TargetProfile denyingWindowsAndCtes(Dialect d) {
        return TargetProfile.builder(d).set(Feature.WINDOW_FUNCTIONS, false).set(Feature.CTE, false).build();
    }

    @Test
    void everyAnswerTheProfileDoesNotChangeIsTheDialects() throws Exception {
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Dialect d : Dialect.values()) {
            DialectSpec own = Specs.of(d);
            DialectSpec profiled = Specs.of(denyingWindowsAndCtes(d));
            assertThat(profiled).isNotSameAs(own);
            assertThat(profiled.getClass()).isSameAs(own.getClass());
            for (Method m : DialectSpec.class.getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                        || m.getDeclaringClass() == Object.class || m.getName().equals("toString")
                        || m.getName().equals("profile") || m.getName().equals("supportsWindowFunctions")
                        || m.getName().equals("supportsCte") || m.getName().equals("supportsRecursiveCte")) {
                    continue;
                }
                Object a = m.invoke(own);
                Object b = m.invoke(profiled);
                compared++;
                if (!Objects.equals(a, b)) {
                    differing.add(d + "." + m.getName() + ": " + a + " vs " + b);
                }
            }
        }
        assertThat(compared).isGreaterThan(200);
        assertThat(differing).isEmpty();
    }

    @Test
    void theProfileOverridesItsFeaturesAndLeavesUnsetOnesToTheDialect() {
        DialectSpec pg = Specs.of(denyingWindowsAndCtes(Dialect.POSTGRESQL));
        assertThat(pg.supportsWindowFunctions()).isFalse();
        assertThat(pg.supportsCte()).isFalse();
        assertThat(pg.supportsRecursiveCte()).as("no CTEs, so no recursive ones").isFalse();
        assertThat(pg.supportsReturning()).isTrue();
        assertThat(Specs.of(denyingWindowsAndCtes(Dialect.MYSQL)).supportsReturning()).isFalse();
        assertThat(Specs.of(Dialect.POSTGRESQL).supportsWindowFunctions()).isTrue();
    }

    @Test
    void aProfileWithoutBooleansWritesOneAndZeroAndSmallintColumns() {
        DialectSpec pg = Specs.of(TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.BOOLEAN_TYPE, false).build());
        assertThat(pg.booleanLiteral(true)).isEqualTo("1");
        assertThat(pg.hasBooleanLiterals()).isFalse();
        assertThat(pg.writeType(Types.BOOLEAN)).isEqualTo("SMALLINT");
        assertThat(Specs.of(Dialect.POSTGRESQL).writeType(Types.BOOLEAN)).isEqualTo("BOOLEAN");
    }

    @Test
    void aProfileDenyingReturningDeniesItForUpdateUnlessItSaysOtherwise() {
        DialectSpec noReturning = Specs.of(TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.RETURNING, false).build());
        assertThat(noReturning.supportsUpdateReturning()).isFalse();
        DialectSpec updateOnly = Specs.of(TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.RETURNING, false)
                .set(Feature.UPDATE_RETURNING, true).build());
        assertThat(updateOnly.supportsUpdateReturning()).isTrue();
        assertThat(Specs.of(Dialect.MARIADB).supportsUpdateReturning()).as("MariaDB: INSERT/DELETE only").isFalse();
    }
}
