package com.example.itemtracker.app;

import com.example.itemtracker.app.harness.ServiceProcess;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** LOG_FORMAT=json: the built jar's whole output is one JSON object per line, and a request's lines carry its id. */
class JsonLogIT {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    @TempDir
    Path work;

    @Test
    void everyLineIsJsonAndAFailedRequestCanBeFoundByItsId() throws Exception {
        Path notADirectory = Files.writeString(work.resolve("outbox-is-a-file"), "");
        Path log = work.resolve("service.log");
        String requestId;
        try (ServiceProcess service = ServiceProcess.start(Map.of("LOG_FORMAT", "json",
                "DATA_DIR", work.resolve("data").toString(), "OUTBOX_DIR", notADirectory.toString()), log)) {
            HttpResponse<String> report = service.client().send(HttpRequest.newBuilder(service.uri("/api/items:report"))
                    .header("content-type", "application/json").header("X-Request-Id", "it-json-4711")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"to@example.com\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isEqualTo(502);
            requestId = report.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(JSON.readValue(report.body(), JsonNode.class).get("requestId").getStringValue()).isEqualTo(requestId);
        }

        List<JsonNode> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(JsonLogIT::parse).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.get("level")).isNotNull())
                .allSatisfy(line -> assertThat(line.get("loggerName")).isNotNull())
                .allSatisfy(line -> assertThat(line.get("formattedMessage")).isNotNull());
        JsonNode failure = lines.stream().filter(line -> line.get("formattedMessage").getStringValue().contains("report not delivered"))
                .findFirst().orElseThrow();
        assertThat(failure.get("level").getStringValue()).isEqualTo("WARN");
        assertThat(failure.get("mdc").get("requestId").getStringValue()).isEqualTo("it-json-4711").isEqualTo(requestId);
        assertThat(failure.get("throwable")).as("the cause").isNotNull();
    }

    @Test
    void anUnknownLogFormatStopsTheServiceWithOneLine() throws Exception {
        ProcessBuilder wrong = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                System.getProperty("item-tracker.jar")).redirectErrorStream(true);
        wrong.environment().put("LOG_FORMAT", "xml");
        Process refused = wrong.start();
        assertThat(refused.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(2);
        assertThat(new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("Item Tracker cannot start: LOG_FORMAT must be text or json, but it is 'xml'.");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError("Not a JSON line: " + line, e);
        }
    }
}
