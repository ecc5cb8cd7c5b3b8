package com.rhosocial.activerecord.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamingTest {

    @Test
    void classNamesMapToPluralSnakeCaseTables() {
        assertThat(Naming.plural(Naming.snake("OrderItem"))).isEqualTo("order_items");
        assertThat(Naming.plural(Naming.snake("Category"))).isEqualTo("categories");
        assertThat(Naming.plural(Naming.snake("Address"))).isEqualTo("addresses");
        assertThat(Naming.plural(Naming.snake("Day"))).isEqualTo("days");
        assertThat(Naming.plural(Naming.snake("Box"))).isEqualTo("boxes");
    }

    @Test
    void fieldNamesMapToSnakeCaseColumns() {
        assertThat(Naming.snake("createdAt")).isEqualTo("created_at");
        assertThat(Naming.snake("id")).isEqualTo("id");
        assertThat(Naming.snake("HTTPCode")).isEqualTo("http_code");
        assertThat(Naming.snake("userId2")).isEqualTo("user_id2");
        assertThat(Naming.snake("address2Line")).isEqualTo("address2_line");
    }

    @Test
    void onlyPlainIdentifiersPass() {
        assertThat(Naming.isPlain("users")).isTrue();
        assertThat(Naming.isPlain("_x1")).isTrue();
        assertThat(Naming.isPlain("1x")).isFalse();
        assertThat(Naming.isPlain("a b")).isFalse();
        assertThat(Naming.isPlain("a\"b")).isFalse();
        assertThat(Naming.isPlain("a;--")).isFalse();
        assertThat(Naming.isPlain("ä")).isFalse();
        assertThat(Naming.isPlain("")).isFalse();
        assertThatThrownBy(() -> Naming.requirePlain("x` OR 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x` OR 1'");
    }
}
