package com.example.itemtracker.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static com.example.itemtracker.app.ApiAssertions.ids;
import static com.example.itemtracker.app.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

class DurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void itemsSurviveARestartOfTheEmbeddedService() throws Exception {
        Map<String, Object> settings = Map.of("item-tracker.data-dir", dataDir.toString());
        String kept;
        String archived;
        try (RunningService first = RunningService.start(settings)) {
            kept = json(first.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"keep me\"}")).get("id").getStringValue();
            archived = json(first.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"archive me\"}")).get("id").getStringValue();
            first.putWithoutBody("/api/items/" + archived + ":archive");
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("item-tracker"));
        }

        try (RunningService second = RunningService.start(settings)) {
            assertThat(ids(second.get("/api/items?archived=false"))).containsExactly(kept);
            assertThat(ids(second.get("/api/items?archived=true"))).containsExactly(archived);
            assertThat(json(second.get("/api/items/" + kept)).get("description").getStringValue()).isEqualTo("keep me");
        }
    }
}
