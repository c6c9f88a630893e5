package com.example.itemtracker.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong setting stops the service at start-up with a message naming the setting. */
class ConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void anUnknownStoreIsNamed() {
        assertThatThrownBy(() -> RunningService.start(Map.of("item-tracker.store", "oracle")))
                .rootCause().hasMessageContaining("STORE (item-tracker.store) must be one of embedded, jdbc");
    }

    @Test
    void anInvalidTableNameIsNamed() {
        assertThatThrownBy(() -> RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString(),
                "item-tracker.table-name", "items; drop table x")))
                .rootCause().hasMessageContaining("TABLE_NAME (item-tracker.table-name)");
    }

    @Test
    void theJdbcStoreNeedsAUrl() {
        assertThatThrownBy(() -> RunningService.start(Map.of("item-tracker.store", "jdbc")))
                .rootCause().hasMessageContaining("JDBC_URL (item-tracker.jdbc.url) is required when STORE=jdbc");
    }

    @Test
    void createTableMustBeABoolean() {
        assertThatThrownBy(() -> RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString(),
                "item-tracker.create-table", "sometimes")))
                .rootCause().hasMessageContaining("CREATE_TABLE (item-tracker.create-table) must be true or false");
    }
}
