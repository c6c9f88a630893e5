package com.example.itemtracker.app;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.example.itemtracker.app.ApiAssertions.ids;
import static com.example.itemtracker.app.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** DATA_API_ENGINE=mysql: the client's flow against the fake Data API in its Aurora MySQL flavour, on MariaDB. */
class DataApiMySqlApiTest {

    @TempDir
    Path outbox;

    @Test
    void theClientsFlowWorksOnAuroraMySql() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.MARIADB.require();
        String table = "work_items_app_mysql_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        System.setProperty("aws.accessKeyId", "AKIDFAKE");
        System.setProperty("aws.secretAccessKey", "fake-secret");
        try (FakeDataApi dataApi = new FakeDataApi(FakeDataApi.Flavour.MYSQL, db.url(), db.user(), db.password())) {
            Map<String, Object> settings = new HashMap<>(DataApiStoreApiTest.settings(dataApi, "mysql", table, outbox));
            settings.put("item-tracker.create-table", "true");
            try (RunningService service = RunningService.start(settings)) {
                String id = json(service.postJson("/api/items",
                        "{\"name\":\"Me\",\"guide\":\"php\",\"description\":\"On Aurora MySQL\",\"status\":\"\",\"archived\":false}"))
                        .get("id").getStringValue();
                assertThat(ids(service.get("/api/items?archived=false"))).containsExactly(id);

                assertThat(json(service.putWithoutBody("/api/items/" + id + "%3Aarchive")).get("archived").getBooleanValue()).isTrue();

                assertThat(ids(service.get("/api/items?archived=false"))).isEmpty();
                assertThat(ids(service.get("/api/items?archived=true"))).containsExactly(id);
                assertThat(json(service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}")).get("itemCount")
                        .getIntValue()).isZero();
            }
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
