package com.rhosocial.activerecord.crossdb.xa;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code xa:} section. */
class XaSettingsTest {

    @Test
    void readsTheSection() {
        XaSettings s = XaSettings.fromSection(Map.of("logDir", "/var/lib/app/tx", "nodeId", "orders-1",
                "timeout", "90s", "backgroundRecovery", "false"));

        assertThat(s.logDir()).isEqualTo(Path.of("/var/lib/app/tx"));
        assertThat(s.nodeId()).isEqualTo("orders-1");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.backgroundRecovery()).isFalse();
    }

    @Test
    void defaultsWhenTheSectionIsEmpty() {
        XaSettings s = XaSettings.fromSection(Map.of());

        assertThat(s.logDir()).isEqualTo(Path.of("activerecord-tx-log").toAbsolutePath());
        assertThat(s.nodeId()).isEqualTo("activerecord");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.backgroundRecovery()).isTrue();
    }

    @Test
    void rejectsANodeIdThatDoesNotFitAnXid() {
        assertThatThrownBy(() -> XaSettings.fromSection(Map.of("nodeId", "a-node-name-that-is-far-too-long")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 'a-node-name-that-is-far-too-long'");
    }

    @Test
    void rejectsABadTimeout() {
        assertThatThrownBy(() -> XaSettings.fromSection(Map.of("timeout", "soon")))
                .hasMessage("xa.timeout must be a duration such as 30s, 500ms or 2m, got 'soon'");
    }
}
