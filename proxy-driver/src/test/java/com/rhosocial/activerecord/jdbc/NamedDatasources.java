package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.config.ActiveRecordConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: an {@code activerecord.yaml} with this helper's named datasources, installed through the
 * {@code activerecord.config} system property for the duration of a test class.
 *
 * <ul>
 *   <li>{@code orders}: PostgreSQL database {@code ar_driver_primary}, one replica {@code ar_driver_replica}
 *       (the same server, told apart by database name)</li>
 *   <li>{@code deadreplica}: the same primary, a replica on a port nobody listens on</li>
 *   <li>{@code flaky}: the same primary, a replica database {@code ar_driver_flaky} that tests drop and create</li>
 *   <li>{@code pair}: the same primary, replicas {@code ar_driver_replica} and {@code ar_driver_replica2}, least busy
 *       first</li>
 *   <li>{@code shop}: MariaDB {@code ar_driver_shop} through MariaDB Connector/J, a replica database
 *       {@code ar_driver_shop_replica} reached through MySQL Connector/J</li>
 * </ul>
 */
final class NamedDatasources {

    private static String previous;

    private NamedDatasources() {
    }

    static void install() throws Exception {
        String primary = TestDatabases.postgres("ar_driver_primary");
        String replica = TestDatabases.postgres("ar_driver_replica");
        String replica2 = TestDatabases.postgres("ar_driver_replica2");
        String shop = TestDatabases.mariadb("ar_driver_shop");
        String shopReplica = TestDatabases.mysql("ar_driver_shop_replica");
        String yaml = ""
                + "datasources:\n"
                + "  orders:\n"
                + "    url: " + primary + "\n"
                + "    username: postgres\n"
                + "    pool: { maximumPoolSize: 3 }\n"
                + "    replicas:\n"
                + "      - url: " + replica + "\n"
                + "  deadreplica:\n"
                + "    url: " + primary + "\n"
                + "    username: postgres\n"
                + "    pool: { maximumPoolSize: 3 }\n"
                + "    replicaRetryInterval: 60000\n"
                + "    replicaConnectionTimeout: 250\n"
                + "    replicas:\n"
                + "      - url: jdbc:postgresql://127.0.0.1:1/ar_driver_nowhere\n"
                + "  flaky:\n"
                + "    url: " + primary + "\n"
                + "    username: postgres\n"
                + "    pool: { maximumPoolSize: 3 }\n"
                + "    replicaRetryInterval: 300\n"
                + "    replicaConnectionTimeout: 250\n"
                + "    replicas:\n"
                + "      - url: jdbc:postgresql://" + TestDatabases.PG_HOSTPORT + "/ar_driver_flaky\n"
                + "  pair:\n"
                + "    url: " + primary + "\n"
                + "    username: postgres\n"
                + "    replicaSelection: leastBusy\n"
                + "    pool: { maximumPoolSize: 2 }\n"
                + "    replicas:\n"
                + "      - url: " + replica + "\n"
                + "      - url: " + replica2 + "\n"
                + "  shop:\n"
                + "    url: " + shop + "\n"
                + "    username: root\n"
                + "    password: ''\n"
                + "    sourceDialect: mysql\n"
                + "    pool: { maximumPoolSize: 2 }\n"
                + "    replicas:\n"
                + "      - url: " + shopReplica + "?useSSL=false&allowPublicKeyRetrieval=true\n";
        Path file = Path.of("target", "ar-driver-activerecord.yaml").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        previous = System.getProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, file.toString());
        Resolver.clearCache();
    }

    static void uninstall() {
        if (previous == null) {
            System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        } else {
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previous);
        }
        Resolver.clearCache();
    }
}
