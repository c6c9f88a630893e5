package com.example.itemtracker.app;

import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static com.example.itemtracker.app.ApiAssertions.ids;
import static com.example.itemtracker.app.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** STORE=jdbc against real PostgreSQL and MariaDB, on a table the service creates. */
class ServerDatabaseApiTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theClientsFlowWorksOnAServerDatabase(TestDatabase database) throws Exception {
        TestDatabase.Coordinates db = database.require();
        String table = "work_items_api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> settings = Map.of(
                "item-tracker.store", "jdbc",
                "item-tracker.jdbc.url", db.url(),
                "item-tracker.jdbc.user", db.user(),
                "item-tracker.jdbc.password", db.password(),
                "item-tracker.table-name", table,
                "item-tracker.create-table", "true");
        try (RunningService service = RunningService.start(settings)) {
            String id = json(service.postJson("/api/items",
                    "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"On a server 😀\",\"status\":\"\",\"archived\":false}"))
                    .get("id").getStringValue();
            assertThat(ids(service.get("/api/items?archived=false"))).containsExactly(id);

            assertThat(json(service.putWithoutBody("/api/items/" + id + ":archive")).get("archived").getBooleanValue()).isTrue();

            assertThat(ids(service.get("/api/items?archived=false"))).isEmpty();
            assertThat(ids(service.get("/api/items?archived=true"))).containsExactly(id);
            assertThat(json(service.get("/api/items/" + id)).get("description").getStringValue()).isEqualTo("On a server 😀");
            assertThat(json(service.get("/health")).get("store").getStringValue()).isEqualTo("jdbc");
        } finally {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
