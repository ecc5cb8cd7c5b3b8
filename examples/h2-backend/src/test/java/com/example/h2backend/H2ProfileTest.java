package com.example.h2backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import com.rhosocial.activerecord.dialect.Translation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What the H2 backend declares beyond its dialect (no RETURNING, the JSON type rename, the FORMAT rewrite hook, the
 * function renames) reaching the driver's translations on a real embedded H2 database.
 */
class H2ProfileTest {

    @Test
    void theBackendsProfileCarriesItsDeclarations() throws Exception {
        TargetProfile p = Backends.forName("h2").targetProfile();
        assertThat(p.dialect()).isEqualTo(Dialect.H2);
        assertThat(p.features()).containsEntry(Feature.RETURNING, false);
        assertThat(p.typeRenames()).containsEntry("JSON", "CLOB");
        assertThat(p.functionRewrites()).containsKey("FORMAT");
        assertThat(p.functionRenames().asMap()).containsEntry("BIT_COUNT", "BITCOUNT");
        // the plain H2 dialect writes RETURNING, which H2 rejects; the backend's profile does not
        SqlTranslator t = SqlTranslator.builder().build();
        String sql = "INSERT INTO t (a) VALUES (?) RETURNING id";
        assertThat(t.translate(sql, Dialect.POSTGRESQL, Dialect.H2).sql()).contains("RETURNING");
        Translation tr = t.translate(sql, Dialect.POSTGRESQL, p);
        assertThat(tr.sql()).doesNotContain("RETURNING");
        assertThat(tr.generatedKeyColumns()).containsExactly("id");
    }

    @Test
    void postgresReturningAndJsonColumnsRunOnH2ThroughTheDriver() throws Exception {
        String url = "jdbc:activerecord:h2:mem:ar_be_profile;DB_CLOSE_DELAY=-1?sourceDialect=postgresql";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE docs (id SERIAL PRIMARY KEY, body JSON, title VARCHAR(20))");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs (body, title) VALUES (?, ?) RETURNING id")) {
                ps.setString(1, "{\"a\": 1}");
                ps.setString(2, "first");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(1L);
                }
                ps.setString(1, "[2]");
                ps.setString(2, "second");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(2L);
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT body FROM docs ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("{\"a\": 1}"); // as written, not a JSON string literal
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("[2]");
            }
        }
    }

    @Test
    void mysqlFormatAndBitCountRunOnH2ThroughTheHookAndTheRename() throws Exception {
        String url = "jdbc:activerecord:h2:mem:ar_be_hooks;DB_CLOSE_DELAY=-1?sourceDialect=mysql";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT FORMAT(?, 2), FORMAT(1234567.891, 0), BIT_COUNT(?)")) {
            ps.setBigDecimal(1, new java.math.BigDecimal("1234.5"));
            ps.setInt(2, 7);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                // MySQL answers '1,234.50', '1,234,568' and 3 for the same statement
                assertThat(rs.getString(1)).isEqualTo("1,234.50");
                assertThat(rs.getString(2)).isEqualTo("1,234,568");
                assertThat(rs.getInt(3)).isEqualTo(3);
            }
        }
        Translation refused = SqlTranslator.builder().build().translate("SELECT FORMAT(x, d) FROM t", Dialect.MYSQL,
                Backends.forName("h2").targetProfile());
        assertThat(refused.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(refused.warnings().toString()).contains("literal number of decimals");
    }
}
