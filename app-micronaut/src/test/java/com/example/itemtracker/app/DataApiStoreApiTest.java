package com.example.itemtracker.app;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.app.config.StartupFailure;
import com.example.itemtracker.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.example.itemtracker.app.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.ApiAssertions.ids;
import static com.example.itemtracker.app.ApiAssertions.json;
import static com.example.itemtracker.app.ApiAssertions.storeHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** STORE=data-api against the in-process Data API on real PostgreSQL: the client's whole flow, and faults. */
class DataApiStoreApiTest {

    @TempDir
    static Path outbox;

    private static TestDatabase.Coordinates db;
    private static FakeDataApi dataApi;
    private static String table;
    private static RunningService service;

    /** The settings of STORE=data-api against a fake Data API, with reports to the outbox. */
    static Map<String, Object> settings(FakeDataApi fake, String engine, String table, Path outbox) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("item-tracker.store", "data-api");
        settings.put("item-tracker.data-api.engine", engine);
        settings.put("item-tracker.data-api.cluster-arn", FakeDataApi.CLUSTER_ARN);
        settings.put("item-tracker.data-api.secret-arn", FakeDataApi.SECRET_ARN);
        settings.put("item-tracker.data-api.database", FakeDataApi.DATABASE);
        settings.put("item-tracker.data-api.region", "us-east-1");
        settings.put("item-tracker.data-api.endpoint", fake.endpoint().toString());
        settings.put("item-tracker.data-api.resume-budget", "1s");
        settings.put("item-tracker.table-name", table);
        settings.put("item-tracker.report.outbox-dir", outbox.toString());
        return settings;
    }

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.POSTGRES.require();
        dataApi = new FakeDataApi(FakeDataApi.Flavour.POSTGRESQL, db.url(), db.user(), db.password());
        System.setProperty("aws.accessKeyId", "AKIDFAKE");
        System.setProperty("aws.secretAccessKey", "fake-secret");
        table = "work_items_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        sql("create table " + table + " (iditem SERIAL PRIMARY KEY, description TEXT, guide VARCHAR(45), status TEXT,"
                + " username VARCHAR(45), archived BOOL DEFAULT false);");
        service = RunningService.start(settings(dataApi, "postgresql", table, outbox));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (dataApi != null) {
            dataApi.close();
            sql("DROP TABLE IF EXISTS " + table);
        }
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static void sql(String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @BeforeEach
    void clearFaults() {
        dataApi.clearFaults();
    }

    @Test
    void theClientsWholeFlowWorks() throws Exception {
        String first = json(service.postJson("/api/items",
                "{\"name\":\"Me\",\"guide\":\"python\",\"description\":\"Show how to add an item\",\"status\":\"In progress\",\"archived\":false}"))
                .get("id").getStringValue();
        String second = json(service.postJson("/api/items",
                "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"Second\",\"status\":\"\",\"archived\":false}"))
                .get("id").getStringValue();

        assertThat(ids(service.get("/api/items?archived=false"))).contains(first, second);
        HttpResponse<String> archived = service.putWithoutBody("/api/items/" + first + ":archive");
        assertThat(json(archived).get("archived").getBooleanValue()).isTrue();
        assertThat(ids(service.get("/api/items?archived=false"))).contains(second).doesNotContain(first);
        assertThat(ids(service.get("/api/items?archived=true"))).contains(first);
        assertThat(json(service.get("/api/items/" + second)).get("description").getStringValue()).isEqualTo("Second");

        HttpResponse<String> report = service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(json(report).get("itemCount").getIntValue()).isEqualTo(ids(service.get("/api/items?archived=false")).size());
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files).hasSize(1);
        }
        assertThat(storeHealth(service.get("/health")).get("store").getStringValue()).isEqualTo("data-api");
        assertThat(service.context().findBean(HikariDataSource.class)).as("no JDBC pool in this mode").isEmpty();
    }

    @Test
    void oneExecuteStatementPerCall() {
        String id = json(service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"count me\"}")).get("id").getStringValue();

        dataApi.resetCalls();
        service.get("/api/items/" + id);
        service.putWithoutBody("/api/items/" + id + ":archive");
        service.get("/api/items?archived=true");
        service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"one more\"}");

        assertThat(dataApi.executeCalls()).isEqualTo(4);
    }

    @Test
    void aClusterStillResumingIs503WithRetryAfter() {
        dataApi.resumingFor(1_000);

        HttpResponse<String> response = service.get("/api/items?archived=false");

        JsonNode problem = assertProblem(response, 503);
        assertThat(problem.get("detail").getStringValue()).isEqualTo("Data service not ready. Wait a minute and try again.");
        assertThat(response.headers().firstValue("retry-after")).hasValue("30");
        HttpResponse<String> health = service.get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(storeHealth(health).get("state").getStringValue()).isEqualTo("unavailable");
    }

    @Test
    void accessDeniedIsAGeneric500() {
        dataApi.failNext(403, "ForbiddenException", "User: arn:aws:sts::123456789012:assumed-role/app is not authorized");

        HttpResponse<String> response = service.get("/api/items");

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("arn:").doesNotContain("123456789012").doesNotContain("authorized");
    }

    @Test
    void aMissingSettingIsNamedAtStartUp() {
        Map<String, Object> incomplete = settings(dataApi, "postgresql", table, outbox);
        incomplete.remove("item-tracker.data-api.secret-arn");

        Throwable failure = catchThrowable(() -> RunningService.start(incomplete).close());

        assertThat(StartupFailure.settingProblem(failure))
                .hasValue("SECRET_ARN (item-tracker.data-api.secret-arn) is required when STORE=data-api.");
    }
}
