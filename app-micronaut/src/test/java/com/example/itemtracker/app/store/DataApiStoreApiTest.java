package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.app.config.StartupFailure;
import com.example.itemtracker.app.harness.ClientFlow;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import com.example.itemtracker.core.port.TableName;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static com.example.itemtracker.app.harness.ApiAssertions.storeHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** STORE=data-api against the in-process Data API on real PostgreSQL: the client's whole flow, and faults. */
class DataApiStoreApiTest {

    @TempDir
    static Path outbox;

    private static TestDatabase.Coordinates db;
    private static FakeDataApi dataApi;
    private static TableName table;
    private static RunningService service;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.POSTGRES.require();
        dataApi = new FakeDataApi(FakeDataApi.Flavour.POSTGRESQL, db.url(), db.user(), db.password());
        table = db.createSeedTable();
        service = RunningService.start(settings());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (dataApi != null) {
            dataApi.close();
            db.drop(table);
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = TestSettings.dataApi(dataApi, "postgresql", table);
        settings.put("item-tracker.report.outbox-dir", outbox.toString());
        return settings;
    }

    @BeforeEach
    void clearFaults() {
        dataApi.clearFaults();
    }

    @Test
    void theClientsWholeFlowWorks() throws Exception {
        String kept = json(service.postJson("/api/items",
                "{\"name\":\"Me\",\"guide\":\"python\",\"description\":\"Show how to add an item\",\"status\":\"In progress\",\"archived\":false}"))
                .get("id").getStringValue();

        String archived = ClientFlow.run(service, ":");

        assertThat(ids(service.get("/api/items?archived=false"))).contains(kept).doesNotContain(archived);
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
    void dataApiCallsAreCountedByOutcomeAndResumeRetriesShowAsSuch() {
        service.get("/api/items");
        dataApi.resumingFor(1_000);
        service.get("/api/items");

        String scraped = service.get("/prometheus").body();

        assertThat(scraped)
                .containsPattern("itemtracker_dataapi_calls_seconds_count\\{operation=\"ExecuteStatement\",outcome=\"ok\"} [1-9]")
                .containsPattern("itemtracker_dataapi_calls_seconds_count\\{operation=\"ExecuteStatement\","
                        + "outcome=\"DatabaseResumingException\"} [1-9]")
                .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"ok\",store=\"data-api\"}")
                .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"unavailable\",store=\"data-api\"}");
    }

    @Test
    void aHangingDataApiIsA503WithinTheCallTimeoutAndPilesUpNoThreads() throws Exception {
        int[] platformThreads = new int[2];
        for (int burst = 0; burst < 2; burst++) {
            dataApi.slowFor(16, Duration.ofSeconds(3));
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            long start = System.nanoTime();
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 16; i++) {
                    calls.add(clients.submit(() -> service.get("/api/items?archived=false")));
                }
                for (Future<HttpResponse<String>> call : calls) {
                    JsonNode problem = assertProblem(call.get(), 503);
                    assertThat(problem.get("detail").getStringValue()).isEqualTo("Data service not ready. Wait a minute and try again.");
                }
            }
            // DATA_API_CALL_TIMEOUT is 1 s here; the fake would answer after 3 s.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            // The service's platform threads: not the test's own HTTP client's workers (a cached pool).
            platformThreads[burst] = (int) Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !thread.isVirtual() && !thread.getName().startsWith("HttpClient-")).count();
        }
        // Sixteen hung calls a burst leave no thread behind (the virtual-thread scheduler may add a carrier or two).
        assertThat(platformThreads[1]).as("the service's platform threads after a second burst of hung calls")
                .isLessThanOrEqualTo(platformThreads[0] + 2);
        dataApi.clearFaults();
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
        Map<String, Object> incomplete = settings();
        incomplete.remove("item-tracker.data-api.secret-arn");

        Throwable failure = catchThrowable(() -> RunningService.start(incomplete).close());

        assertThat(StartupFailure.settingProblem(failure))
                .hasValue("SECRET_ARN (item-tracker.data-api.secret-arn) is required when STORE=data-api.");
    }
}
