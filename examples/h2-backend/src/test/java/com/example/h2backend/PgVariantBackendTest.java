package com.example.h2backend;

import static com.rhosocial.activerecord.query.Col.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.OnUnsupported;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.jdbc.TranslatingConnection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    void driverTranslatesForTheVariantsProfileOnPostgres15() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(config(), PgVariantBackend.class);
        TargetProfile p = ds.targetProfile();
        assertThat(p.features()).containsEntry(TargetProfile.Feature.SKIP_LOCKED, false);
        assertThat(p.typeRenames()).containsEntry("JSONB", "JSON");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ar_be_docs");
            TranslatingConnection tc = c.unwrap(TranslatingConnection.class);
            try (Statement my = tc.createStatement(Dialect.MYSQL)) {
                my.execute("CREATE TABLE ar_be_docs (id INT AUTO_INCREMENT PRIMARY KEY, doc JSON)");
                my.execute("INSERT INTO ar_be_docs (doc) VALUES ('{\"b\": 1, \"a\": 2}')");
            }
            try (ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'ar_be_docs' AND column_name = 'doc'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("json");
            }
            try (ResultSet rs = s.executeQuery("SELECT doc FROM ar_be_docs")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("{\"b\": 1, \"a\": 2}"); // jsonb would reorder the keys
            }
            s.execute("DROP TABLE ar_be_docs");
        }
        SqlTranslator failing = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        assertThatThrownBy(() -> failing.translate("SELECT id FROM jobs LIMIT 1 FOR UPDATE SKIP LOCKED", Dialect.MYSQL, p))
                .isInstanceOf(SQLException.class).hasMessageContaining("SKIP LOCKED");
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
