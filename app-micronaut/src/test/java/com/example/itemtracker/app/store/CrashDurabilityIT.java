package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.ServiceProcess;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means durable on the embedded default: clients add and archive while the service is
 * killed with SIGKILL; started again on the same data directory, it has every item it answered 200
 * for, archived where the archive was answered 200.
 */
class CrashDurabilityIT {

    private static final int CLIENTS = 8;
    private static final int ENOUGH_ADDS = 200;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedAddAndArchiveSurvivesSigkill() throws Exception {
        Map<String, String> env = Map.of("DATA_DIR", work.resolve("data").toString(), "OUTBOX_DIR", work.resolve("outbox").toString());
        Set<String> added = ConcurrentHashMap.newKeySet();
        Set<String> archived = ConcurrentHashMap.newKeySet();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);

        try (ServiceProcess service = ServiceProcess.start(env, work.resolve("first.log"))) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> loads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                loads.add(clients.submit(() -> load(service, client, running, added, archived, unexpected)));
            }
            // Crash in the middle of the load once it has acknowledged enough, not after a fixed time:
            // a cold JVM on a slow machine acknowledged only 58 adds in its first 3 s.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((added.size() <= ENOUGH_ADDS || archived.isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            service.crash();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (Future<?> load : loads) {
                load.get();
            }
        }
        assertThat(unexpected).as("answers other than 200 before the crash").isEmpty();
        assertThat(added).as("the load really ran").hasSizeGreaterThan(ENOUGH_ADDS);
        assertThat(archived).isNotEmpty();

        try (ServiceProcess again = ServiceProcess.start(env, work.resolve("second.log"))) {
            JsonNode items = json(again.client().send(HttpRequest.newBuilder(again.uri("/api/items")).build(),
                    HttpResponse.BodyHandlers.ofString()));
            Map<String, Boolean> stored = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                stored.put(items.get(i).get("id").getStringValue(), items.get(i).get("archived").getBooleanValue());
            }
            assertThat(stored.keySet()).as("acknowledged adds lost in the crash").containsAll(added);
            assertThat(archived).allSatisfy(id -> assertThat(stored.get(id)).as("archived item %s", id).isTrue());
        }
    }

    /**
     * Adds items, archiving every fifth, until the service goes away; records what was answered 200,
     * and any other answer in {@code unexpected} (the test fails on it; the service answers 200 until it dies).
     */
    private static void load(ServiceProcess service, int client, AtomicBoolean running, Set<String> added, Set<String> archived,
                             Queue<String> unexpected) {
        for (int n = 0; running.get(); n++) {
            try {
                HttpResponse<String> add = service.client().send(HttpRequest.newBuilder(service.uri("/api/items"))
                        .timeout(Duration.ofSeconds(5)).header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash\",\"description\":\"client " + client
                                + " item " + n + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (add.statusCode() != 200) {
                    unexpected.add("add: " + add.statusCode() + " " + add.body());
                    continue;
                }
                String id = json(add).get("id").getStringValue();
                added.add(id);
                if (n % 5 == 0) {
                    HttpResponse<String> archive = service.client().send(HttpRequest.newBuilder(service.uri("/api/items/" + id + ":archive"))
                            .timeout(Duration.ofSeconds(5)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (archive.statusCode() == 200) {
                        archived.add(id);
                    } else {
                        unexpected.add("archive: " + archive.statusCode() + " " + archive.body());
                    }
                }
            } catch (IOException gone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
