package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.FaultyStoreFactory;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.storeHealth;
import static org.assertj.core.api.Assertions.assertThat;

/** How store failures reach the client: 503 with Retry-After, or a generic 500; never the cause. */
class StoreFaultApiTest {

    @Test
    void anUnavailableStoreIs503WithRetryAfter() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "unavailable"))) {
            for (HttpResponse<String> response : List.of(
                    service.get("/api/items?archived=false"),
                    service.get("/api/items/1"),
                    service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"d\"}"),
                    service.putWithoutBody("/api/items/1:archive"))) {
                JsonNode problem = assertProblem(response, 503);
                assertThat(response.headers().firstValue("retry-after")).hasValue("30");
                assertThat(problem.get("detail").getStringValue()).isEqualTo("Data service not ready. Wait a minute and try again.");
                assertThat(response.body()).doesNotContain("hunter2").doesNotContain("db.internal");
            }
            HttpResponse<String> health = service.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(storeHealth(health).get("state").getStringValue()).isEqualTo("unavailable");
            assertThat(service.get("/health/readiness").statusCode()).isEqualTo(503);
            assertThat(service.get("/health/liveness").statusCode()).as("an outage is no reason to restart").isEqualTo(200);
        }
    }

    @Test
    void aFailingStoreIsAGeneric500() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "failure"))) {
            HttpResponse<String> response = service.get("/api/items");

            JsonNode problem = assertProblem(response, 500);
            assertThat(problem.get("detail").getStringValue()).startsWith("The service failed to handle this request.");
            assertThat(response.body()).doesNotContain("hunter2").doesNotContain("db.internal").doesNotContain("access denied");
            HttpResponse<String> health = service.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).doesNotContain("hunter2");
        }
    }

    @Test
    void storeCallsNeverRunOnTheEventLoop() {
        FaultyStoreFactory.CALLING_THREADS.clear();
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "none"))) {
            service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"d\"}");
            service.get("/api/items");
            service.get("/api/items/1");
            service.putWithoutBody("/api/items/1:archive");
            service.get("/health");
        }
        assertThat(FaultyStoreFactory.CALLING_THREADS).hasSize(5).allSatisfy(thread -> {
            assertThat(thread.getName()).doesNotContainIgnoringCase("eventloop");
            assertThat(thread.isVirtual()).as("virtual thread: %s", thread).isTrue();
        });
    }
}
