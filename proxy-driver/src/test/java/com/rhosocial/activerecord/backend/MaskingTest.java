package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No password, key password or credential in a URL ever appears in what these classes print. */
class MaskingTest {

    private static final String SECRET = "Hunter2-Secret";

    @Test
    void connectionConfigToStringNeverShowsPasswords() {
        ConnectionConfig c = ConnectionConfig.builder().backend("postgresql")
                .url("jdbc:postgresql://app:" + SECRET + "@h/db?password=" + SECRET)
                .username("app").password(SECRET).sslKeyPassword(SECRET)
                .option("sslpassword", SECRET).option("ApplicationName", "orders").build();
        String s = c.toString();
        assertThat(s).doesNotContain(SECRET).contains("username=app").contains("password=****")
                .contains("sslKeyPassword=****").contains("ApplicationName=orders");
    }

    @Test
    void dataSourceDefinitionToStringNeverShowsPasswordsOfItselfOrItsReplicas() {
        DataSourceDefinition ds = ActiveRecordConfig.parse("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1:5432/test
                    username: postgres
                    password: ${PW}
                    apiToken: ${PW}
                    ssl: { mode: verify-full, keyPassword: '${PW}', cert: /c.pem, key: /k.pem }
                    replicas:
                      - url: jdbc:postgresql://u:${PW}@replica/test
                      - url: jdbc:postgresql://replica2/test
                        password: other-${PW}
                """, "mask.yaml", Map.of("PW", SECRET)::get).require("orders");
        assertThat(ds.connection().password()).isEqualTo(SECRET);
        assertThat(ds.toString()).doesNotContain(SECRET).contains("name=orders").contains("replicas=[");
        assertThat(ds.replicas().get(1).connection().password()).isEqualTo("other-" + SECRET);
    }

    @Test
    void maskUrlHidesUserInfoAndPasswordParameters() {
        assertThat(Masking.maskUrl("jdbc:mysql://u:p4ss@h:3306/db?password=p4ss&user=u"))
                .isEqualTo("jdbc:mysql://u:****@h:3306/db?password=****&user=u");
        assertThat(Masking.maskUrl("jdbc:sqlserver://h;databaseName=x;password=p4ss;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://h;databaseName=x;password=****;encrypt=true");
    }

    @Test
    void maskUrlHidesUserInfoPasswordsHoldingUrlCharacters() {
        for (String pw : new String[] {"p@ss", "pa/ss", "pa?ss", "pa;ss", "p@/s?s;"}) {
            assertThat(Masking.maskUrl("jdbc:postgresql://app:" + pw + "@h:5432/db?ApplicationName=x"))
                    .isEqualTo("jdbc:postgresql://app:****@h:5432/db?ApplicationName=x");
        }
        assertThat(Masking.maskUrl("connect to jdbc:mysql://u:p@ss@h/db failed; retry"))
                .isEqualTo("connect to jdbc:mysql://u:****@h/db failed; retry");
    }

    @Test
    void maskUrlLeavesAnAtSignOfAParameterAndTheAddressAlone() {
        // Azure Database for PostgreSQL wants user names of the form admin@server
        String azure = "jdbc:postgresql://srv.example.com:5432/db?user=admin@srv&password=" + SECRET;
        assertThat(Masking.maskUrl(azure))
                .isEqualTo("jdbc:postgresql://srv.example.com:5432/db?user=admin@srv&password=****");
        assertThat(Masking.maskUrl("jdbc:mariadb://h:3306/db")).isEqualTo("jdbc:mariadb://h:3306/db");
    }

    @Test
    void maskUrlHidesOraclesUserSlashPasswordForm() {
        assertThat(Masking.maskUrl("jdbc:oracle:thin:scott/" + SECRET + "@//h:1521/svc"))
                .isEqualTo("jdbc:oracle:thin:scott/****@//h:1521/svc");
        assertThat(Masking.maskUrl("jdbc:oracle:thin:scott/" + SECRET + "@h:1521:ORCL"))
                .isEqualTo("jdbc:oracle:thin:scott/****@h:1521:ORCL");
        assertThat(Masking.maskUrl("jdbc:oracle:thin:@//h:1521/svc")).isEqualTo("jdbc:oracle:thin:@//h:1521/svc");
    }

    @Test
    void driverPropertiesAreMaskedWhenPrinted() {
        ConnectionConfig c = ConnectionConfig.builder().username("u").password(SECRET).sslCert(TestFixtures.tls("client.pem"))
                .sslKey(TestFixtures.tls("client.key")).sslKeyPassword(SECRET).build();
        var props = Backends.forName("mysql").driverProperties(c);
        assertThat(props.getProperty("password")).isEqualTo(SECRET);
        assertThat(Masking.maskProperties(props).toString()).doesNotContain(SECRET);
    }
}
