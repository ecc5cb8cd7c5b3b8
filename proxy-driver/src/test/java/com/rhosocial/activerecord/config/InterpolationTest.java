package com.rhosocial.activerecord.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ${NAME}} and {@code ${NAME:default}} replacement from an injected environment. */
class InterpolationTest {

    private static ActiveRecordConfig parse(String yaml, Map<String, String> env) {
        return ActiveRecordConfig.parse(yaml, "env.yaml", env::get);
    }

    @Test
    void replacesVariablesFromTheEnvironment() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  x:
                    url: jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}
                    username: ${DB_USER}
                """, Map.of("DB_HOST", "pg.internal", "DB_PORT", "6432", "DB_NAME", "orders", "DB_USER", "app"));
        assertThat(cfg.require("x").connection().url()).isEqualTo("jdbc:postgresql://pg.internal:6432/orders");
        assertThat(cfg.require("x").connection().username()).isEqualTo("app");
    }

    @Test
    void usesTheDefaultWhenTheVariableIsUnset() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  x:
                    backend: postgresql
                    host: ${DB_HOST:127.0.0.1}
                    port: ${DB_PORT:5432}
                    database: test
                    password: ${PGPASSWORD:}
                    pool: { maximumPoolSize: "${POOL:4}" }
                """, Map.of());
        var c = cfg.require("x").connection();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(5432);
        assertThat(c.password()).isEmpty();
        assertThat(c.maximumPoolSize()).isEqualTo(4);
    }

    @Test
    void aVariableSetToTheEmptyStringWinsOverTheDefault() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  x: { url: 'jdbc:sqlite::memory:', username: '${U:nobody}' }
                """, Map.of("U", ""));
        assertThat(cfg.require("x").connection().username()).isEmpty();
    }

    @Test
    void defaultMayContainColonsAsInAUrl() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  x:
                    url: ${DB_URL:jdbc:postgresql://127.0.0.1:5432/test}
                """, Map.of());
        assertThat(cfg.require("x").connection().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    @Test
    void doubleDollarKeepsALiteralReference() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  x: { url: 'jdbc:sqlite::memory:', comment: 'costs $${PRICE}' }
                """, Map.of("PRICE", "1"));
        assertThat(cfg.require("x").properties()).containsEntry("comment", "costs ${PRICE}");
    }

    @Test
    void unsetVariableWithoutDefaultNamesVariableFileLineAndKey() {
        assertThatThrownBy(() -> parse("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                    password: ${ORDERS_PASSWORD}
                """, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("env.yaml, line 4: datasource 'orders': password: environment variable ORDERS_PASSWORD"
                        + " is not set and ${ORDERS_PASSWORD} has no default (write ${ORDERS_PASSWORD:default},"
                        + " or ${ORDERS_PASSWORD:} for an empty one)");
    }

    @Test
    void aBrokenReferenceInASecretIsReportedWithoutQuotingTheSecret() {
        // a literal password that happens to contain ${, and a URL whose user info holds one
        for (String yaml : new String[] {
                "datasources:\n  x: { url: 'jdbc:sqlite:t.db', password: 'Hunter2${Secret' }\n",
                "datasources:\n  x: { url: 'jdbc:sqlite:t.db', password: 'Hunter2${Sec ret}' }\n",
                "datasources:\n  x: { url: 'jdbc:postgresql://app:Hunter2${Secret@h/db' }\n",
                "custom:\n  apiToken: 'Hunter2${Sec ret}'\n"}) {
            assertThatThrownBy(() -> parse(yaml, Map.of()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(" of the value")
                    .hasMessageNotContaining("Secret").hasMessageNotContaining("Sec ret")
                    .hasMessageNotContaining("Hunter2");
        }
    }

    @Test
    void unclosedReferenceIsAnError() {
        assertThatThrownBy(() -> parse("""
                datasources:
                  x: { url: 'jdbc:sqlite:${HOME' }
                """, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("datasource 'x': url: unclosed variable reference '${HOME'");
    }

    @Test
    void otherSectionsAreInterpolatedToo() {
        ActiveRecordConfig cfg = parse("""
                facade: { mode: '${MODE:lenient}' }
                """, Map.of());
        assertThat(cfg.section("facade")).containsEntry("mode", "lenient");
    }
}
