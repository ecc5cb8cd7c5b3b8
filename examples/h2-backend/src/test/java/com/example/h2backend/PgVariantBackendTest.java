package com.example.h2backend;

import static com.rhosocial.activerecord.query.Col.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The PostgreSQL variant on the real local PostgreSQL 15: what it inherits works, what it overrides shows. */
class PgVariantBackendTest {

    private static ConnectionConfig config() {
        return ConnectionConfig.builder().host(System.getenv().getOrDefault("AR_PG_HOST", "127.0.0.1"))
                .database("test").username("postgres").build();
    }

    @Test
    void inheritsUrlAndDriverAndOverridesIsolationAndFlags() throws Exception {
        PgVariantBackend b = new PgVariantBackend();
        assertThat(b.buildUrl(config())).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        try (Connection c = b.connect(config())) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(b.forServer(c.getMetaData()).transactionalDdl()).isFalse();
            assertThat(b.forServer(c.getMetaData()).returning()).isTrue();
        }
        assertThat(b.defaultIsolationLevel()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Test
    void facadeSavesAndQueriesThroughTheVariant() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(config(), PgVariantBackend.class);
        assertThat(ds.backend()).isInstanceOf(PgVariantBackend.class);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ar_be_gizmos");
            s.execute("CREATE TABLE ar_be_gizmos (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, qty INTEGER)");
        }
        Gizmo.FIND.configure(ds);
        Gizmo g = Gizmo.FIND.create(x -> {
            x.name = "cog";
            x.qty = 3;
        });
        Gizmo.FIND.create(x -> {
            x.name = "gear";
            x.qty = 7;
        });
        assertThat(g.id).isNotNull();
        assertThat(Gizmo.FIND.where(col("qty").gt(5)).list()).extracting(x -> x.name).containsExactly("gear");
        assertThat(Gizmo.FIND.findOrFail(g.id).qty).isEqualTo(3);
    }
}
