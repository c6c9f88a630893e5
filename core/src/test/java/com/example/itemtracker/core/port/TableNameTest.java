package com.example.itemtracker.core.port;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"work_items", "WorkItems", "_t", "t1", "a23456789012345678901234567890123456789012345678901234567890123"})
    void plainIdentifiersAreAccepted(String name) {
        assertThat(new TableName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1items", "work items", "work_items; DROP TABLE x", "public.work_items", "\"quoted\"",
            "work-items", "tablé", "a234567890123456789012345678901234567890123456789012345678901234"})
    void anythingElseIsRefusedWithAMessageNamingTheSetting(String name) {
        assertThatThrownBy(() -> new TableName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The table name must be a plain SQL identifier");
    }

    @Test
    void theDefaultIsTheSeedsTable() {
        assertThat(TableName.defaultName().value()).isEqualTo("work_items");
    }
}
