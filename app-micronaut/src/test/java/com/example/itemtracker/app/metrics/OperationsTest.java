package com.example.itemtracker.app.metrics;

import com.example.itemtracker.app.harness.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees: request ids on responses and problems, and the metrics at /prometheus. */
class OperationsTest {

    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyResponseCarriesARequestIdAndAProblemCarriesTheSame() {
        HttpResponse<String> listed = service.get("/api/items");
        assertThat(listed.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        assertThat(service.get("/api/items").headers().firstValue("X-Request-Id"))
                .isNotEqualTo(listed.headers().firstValue("X-Request-Id"));

        HttpResponse<String> missing = service.get("/api/items/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(json(missing).get("requestId").getStringValue()).isEqualTo(id);
    }

    @Test
    void anIncomingRequestIdIsKeptUnlessItIsUnfitForTheLog() {
        assertThat(service.get("/api/items", "X-Request-Id", "lb-1234.abc:9").headers().firstValue("X-Request-Id"))
                .hasValue("lb-1234.abc:9");
        HttpResponse<String> invalid = service.postJson("/api/items", "{}", "X-Request-Id", "from-proxy-7");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("requestId").getStringValue()).isEqualTo("from-proxy-7");

        for (String unfit : new String[] {"x".repeat(129), "a b", "quote\"d", "<script>"}) {
            assertThat(service.get("/api/items", "X-Request-Id", unfit).headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        }
    }

    @Test
    void prometheusShowsRoutesStoreOperationsReportsThePoolAndTheJvm() {
        String added = json(service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"metered\"}")).get("id").getStringValue();
        service.get("/api/items?archived=false");
        service.get("/api/items/" + added);
        service.putWithoutBody("/api/items/" + added + ":archive");
        service.get("/api/items/999999");
        assertThat(service.postJson("/api/items:report", "{\"email\":\"ops@example.com\"}").statusCode()).isEqualTo(200);
        assertThat(service.postJson("/api/items:report", "{\"email\":\"not an address\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> scraped = service.get("/prometheus");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scraped.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/api/items\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/api/items/\\{id}\"")
                // Micronaut names every 404 NOT_FOUND rather than the route, so unknown paths cannot flood the metrics.
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"NOT_FOUND\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"PUT\"[^}]*uri=\"/api/items/\\{id}:archive\"")
                .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"add\",outcome=\"ok\",store=\"embedded\"} 1")
                .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"ok\",store=\"embedded\"}")
                .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"archive\",outcome=\"ok\",store=\"embedded\"} 1")
                .containsPattern("itemtracker_reports_total\\{delivery=\"inline\",outcome=\"sent\",reason=\"none\"} 1")
                .containsPattern("itemtracker_reports_total\\{delivery=\"none\",outcome=\"failed\",reason=\"invalid-recipient\"} 1")
                .containsPattern("hikaricp_connections_active\\{pool=\"item-tracker\"}")
                .containsPattern("jvm_memory_used_bytes\\{");
    }

    @Test
    void prometheusIsOffWhenAsked() {
        try (RunningService off = RunningService.start(Map.of("endpoints.prometheus.enabled", "false"))) {
            assertThat(off.get("/prometheus").statusCode()).isEqualTo(404);
            assertThat(off.get("/metrics").statusCode()).as("no other metrics endpoint either").isEqualTo(404);
        }
    }

    @Test
    void theMetricsNameNoSecretAndNoItem() {
        service.postJson("/api/items", "{\"name\":\"Secretive\",\"description\":\"do-not-export-me\"}");
        String scraped = service.get("/prometheus").body();
        assertThat(scraped).doesNotContain("do-not-export-me").doesNotContain("Secretive");
    }

}
