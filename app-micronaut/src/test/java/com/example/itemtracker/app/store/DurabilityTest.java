package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.port.WorkItemStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
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
     * H2 leaves it to the OS when its file reaches the disk; the service forces it every second, so a
     * power cut loses at most that second of answered writes, and H2 may reuse a superseded chunk's
     * space after 5 s rather than its default 45 s, which bounds what a burst of adds costs.
     */
    @Test
    void theEmbeddedFileIsForcedToTheDiskEverySecond() throws Exception {
        try (RunningService service = RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString()))) {
            service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"forced to the disk\"}");
            assertThat(setting(service, "RETENTION_TIME")).isEqualTo("5000");
            MeterRegistry registry = service.context().getBean(MeterRegistry.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (syncs(registry) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(syncs(registry)).as("syncs within 10 s").isGreaterThanOrEqualTo(2);
        }
    }

    private static long syncs(MeterRegistry registry) {
        Timer syncs = registry.find("itemtracker.store.sync").timer();
        return syncs == null ? 0 : syncs.count();
    }

    /**
     * A chunk that still holds a live page stays in the file, and its bookkeeping on the heap, until
     * that page is rewritten; H2 rewrites none while every commit is written at once, so without the
     * service's compaction a burst's chunks stayed until it stopped (and grew with every add).
     */
    @Test
    void theEmbeddedFileShrinksBackToItsDataWhileTheServiceRuns() throws Exception {
        Path file = dataDir.resolve("item-tracker.mv.db");
        try (RunningService service = RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString()))) {
            WorkItemStore store = service.context().getBean(WorkItemStore.class);
            for (int i = 0; i < 20_000; i++) {
                store.add(new NewWorkItem("Show how to add an item, one of a burst " + i, "java", "", "Me"));
            }
            long grown = Files.size(file);
            long chunksAfterBurst = chunks(service);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while ((Files.size(file) >= 16L << 20 || chunks(service) >= 1_000) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }

            assertThat(grown).as("the file after the burst").isGreaterThan(100L << 20);
            assertThat(chunksAfterBurst).as("H2's chunks after the burst").isGreaterThan(5_000);
            assertThat(Files.size(file)).as("the file 40 s after the burst, the service running").isLessThan(16L << 20);
            assertThat(chunks(service)).as("H2's chunks 40 s after the burst").isLessThan(1_000);
            assertThat(ids(service.get("/api/items?archived=false"))).hasSize(20_000);
            Timer compactions = service.context().getBean(MeterRegistry.class).find("itemtracker.store.compaction").timer();
            assertThat(compactions).isNotNull();
            assertThat(compactions.count()).isPositive();
        }
    }

    private static long chunks(RunningService service) throws Exception {
        return Long.parseLong(setting(service, "info.CHUNK_COUNT"));
    }

    /** One of H2's settings or figures of the embedded database, as H2 lists it. */
    private static String setting(RunningService service, String name) throws Exception {
        try (Connection connection = service.context().getBean(DataSource.class).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            query.setString(1, name);
            try (ResultSet setting = query.executeQuery()) {
                assertThat(setting.next()).as("H2 setting " + name).isTrue();
                return setting.getString(1);
            }
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
