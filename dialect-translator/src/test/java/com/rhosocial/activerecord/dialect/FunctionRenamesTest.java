package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionRenamesTest {

    private final FunctionRenames r = FunctionRenames.of(Map.of("uuid", "RANDOM_UUID", "NOW", "CURRENT_TIMESTAMP"));

    @Test
    void renamesCallsIgnoringCaseAndSpaceBeforeTheParenthesis() {
        assertThat(r.apply("SELECT uuid(), Now (), a FROM t")).isEqualTo("SELECT RANDOM_UUID(), CURRENT_TIMESTAMP (), a FROM t");
    }

    @Test
    void leavesLiteralsQuotedNamesCommentsColumnsAndQualifiedCallsAlone() {
        String sql = "SELECT 'uuid()', \"uuid\"(x), `now`(), [now](), s.uuid(), uuid, uuidx() -- now()\n/* now() */ FROM t";
        assertThat(r.apply(sql)).isSameAs(sql);
        assertThat(r.apply("SELECT 'it''s', uuid()")).isEqualTo("SELECT 'it''s', RANDOM_UUID()");
    }

    @Test
    void keepsTheParameterMapAndMarksAnUnchangedTranslationTranslated() {
        Translation t = new Translation("SELECT UUID(), ?, ?", List.of("SELECT UUID(), ?, ?"), new int[]{2, 1},
                Outcome.UNCHANGED, List.of());
        Translation renamed = r.apply(t);
        assertThat(renamed.sql()).isEqualTo("SELECT RANDOM_UUID(), ?, ?");
        assertThat(renamed.parameterMap()).containsExactly(2, 1);
        assertThat(renamed.outcome()).isEqualTo(Outcome.TRANSLATED);
        assertThat(FunctionRenames.NONE.apply(t)).isSameAs(t);
    }

    @Test
    void rejectsNamesThatAreNotIdentifiersNamingTheEntry() {
        assertThatThrownBy(() -> FunctionRenames.of(Map.of("NOW()", "X")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOW() -> X");
    }
}
