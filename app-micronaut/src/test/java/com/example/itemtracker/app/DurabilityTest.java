package com.example.itemtracker.app;

import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.port.WorkItemStore;
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

    /**
     * Every add is a commit that writes a chunk to the H2 file, and H2 reuses a chunk's space only
     * after its retention time, so a burst of adds grows the file by some 17 KB each. Stopping the
     * service compacts it back to its live data. (H2's own 0.2 s of compaction on close is enough at
     * this size; MAX_COMPACT_TIME is for the bursts of 100,000 that bench/memory.sh makes.)
     */
    @Test
    void theEmbeddedFileShrinksBackToItsDataWhenTheServiceStops() throws Exception {
        Map<String, Object> settings = Map.of("item-tracker.data-dir", dataDir.toString());
        Path file = dataDir.resolve("item-tracker.mv.db");
        long grown;
        try (RunningService service = RunningService.start(settings)) {
            WorkItemStore store = service.context().getBean(WorkItemStore.class);
            for (int i = 0; i < 20_000; i++) {
                store.add(new NewWorkItem("Show how to add an item, one of a burst " + i, "java", "", "Me"));
            }
            grown = Files.size(file);
        }
        assertThat(grown).as("the file during the burst").isGreaterThan(100L << 20);
        assertThat(Files.size(file)).as("the file after the service stopped").isLessThan(16L << 20);

        try (RunningService again = RunningService.start(settings)) {
            assertThat(ids(again.get("/api/items?archived=false"))).hasSize(20_000);
        }
    }
}
