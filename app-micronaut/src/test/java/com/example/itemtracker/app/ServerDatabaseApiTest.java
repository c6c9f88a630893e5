package com.example.itemtracker.app;

import com.example.itemtracker.testsupport.TestDatabase;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static com.example.itemtracker.app.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.ApiAssertions.fields;
import static com.example.itemtracker.app.ApiAssertions.ids;
import static com.example.itemtracker.app.ApiAssertions.json;
import static com.example.itemtracker.app.ApiAssertions.storeHealth;
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
            assertThat(storeHealth(service.get("/health")).get("store").getStringValue()).isEqualTo("jdbc");
        } finally {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    @Test
    void emojiThatALatin1TableCannotHoldIsA400NamingTheField() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.MARIADB.require();
        String table = "work_items_latin1_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " (iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT,"
                    + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT 0) CHARACTER SET latin1");
        }
        try (RunningService service = RunningService.start(Map.of("item-tracker.store", "jdbc",
                "item-tracker.jdbc.url", db.url(), "item-tracker.jdbc.user", db.user(),
                "item-tracker.jdbc.password", db.password(), "item-tracker.table-name", table))) {
            JsonNode problem = assertProblem(service.postJson("/api/items", "{\"name\":\"Zoë 😀\",\"description\":\"d\"}"), 400);

            assertThat(fields(problem)).containsExactly("name");
            assertThat(ids(service.get("/api/items"))).isEmpty();
        } finally {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
