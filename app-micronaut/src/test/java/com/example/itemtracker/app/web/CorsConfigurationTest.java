package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS_ALLOWED_ORIGINS replaces the default origin with a comma-separated list. */
class CorsConfigurationTest {

    @TempDir
    Path dataDir;

    private static HttpResponse<String> preflight(RunningService service, String origin) {
        return service.send("OPTIONS", "/api/items", null, "Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
    }

    @Test
    void configuredOriginsAreAllowedAndOnlyThey() {
        try (RunningService service = RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString(),
                "micronaut.server.cors.configurations.web-client.allowed-origins",
                "https://tracker.example.com,http://localhost:5173"))) {
            assertThat(preflight(service, "https://tracker.example.com").headers().firstValue("access-control-allow-origin"))
                    .hasValue("https://tracker.example.com");
            assertThat(preflight(service, "http://localhost:5173").headers().firstValue("access-control-allow-origin"))
                    .hasValue("http://localhost:5173");
            assertThat(preflight(service, "http://localhost:3000").headers().firstValue("access-control-allow-origin"))
                    .isEmpty();
        }
    }
}
