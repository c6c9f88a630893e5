package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.ClientFlow;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.fields;
import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static com.example.itemtracker.app.harness.ApiAssertions.storeHealth;
import static org.assertj.core.api.Assertions.assertThat;

/** STORE=jdbc against real PostgreSQL and MariaDB. */
class ServerDatabaseApiTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theClientsFlowWorksOnATableTheServiceCreates(TestDatabase database) throws Exception {
        TestDatabase.Coordinates db = database.require();
        TableName table = TestDatabase.uniqueTableName();
        Map<String, Object> settings = TestSettings.jdbc(db, table);
        settings.put("item-tracker.create-table", "true");
        try (RunningService service = RunningService.start(settings)) {
            ClientFlow.run(service, ":");
            assertThat(storeHealth(service.get("/health")).get("store").getStringValue()).isEqualTo("jdbc");
        } finally {
            db.drop(table);
        }
    }

    @Test
    void emojiThatALatin1TableCannotHoldIsA400NamingTheField() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.MARIADB.require();
        TableName table = TestDatabase.uniqueTableName();
        db.execute(db.dialect().seedDdl(table) + " CHARACTER SET latin1");
        try (RunningService service = RunningService.start(TestSettings.jdbc(db, table))) {
            JsonNode problem = assertProblem(service.postJson("/api/items", "{\"name\":\"Zoë 😀\",\"description\":\"d\"}"), 400);

            assertThat(fields(problem)).containsExactly("name");
            assertThat(ids(service.get("/api/items"))).isEmpty();
        } finally {
            db.drop(table);
        }
    }
}
