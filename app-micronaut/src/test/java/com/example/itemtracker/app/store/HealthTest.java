package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.TempDirectories;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** micronaut-management's health endpoints on the embedded default, with the store as a readiness check. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest implements TestPropertyProvider {

    private final Path scratch = TempDirectories.create("item-tracker-health");

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("item-tracker.data-dir", scratch.resolve("data").toString(),
                "item-tracker.report.outbox-dir", scratch.resolve("outbox").toString());
    }

    @AfterAll
    void deleteScratch() {
        TempDirectories.delete(scratch);
    }

    private JsonNode get(String path) {
        return client.toBlocking().retrieve(path, JsonNode.class);
    }

    @Test
    void healthAndReadinessReportTheStore() {
        for (String path : new String[] {"/health", "/health/readiness"}) {
            JsonNode store = get(path).get("details").get("store");
            assertThat(get(path).get("status").getStringValue()).as(path).isEqualTo("UP");
            assertThat(store.get("status").getStringValue()).as(path).isEqualTo("UP");
            assertThat(store.get("details").get("store").getStringValue()).isEqualTo("embedded");
            assertThat(store.get("details").get("state").getStringValue()).isEqualTo("available");
        }
    }

    @Test
    void livenessLeavesTheStoreOut() {
        JsonNode liveness = get("/health/liveness");

        assertThat(liveness.get("status").getStringValue()).isEqualTo("UP");
        assertThat(liveness.get("details").get("store")).as("an outage is no reason to restart the service").isNull();
    }
}
