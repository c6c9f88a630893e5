package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.FaultyStoreFactory;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A listing over the whole-body limit streams out as the store reads; a failure then cuts it, never shortens it. */
class StreamedListingTest {

    @Test
    void aLargeListingStreamsCompleteAndInOrder() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "many"))) {
            HttpResponse<String> listed = service.get("/api/items");

            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(listed.headers().firstValue("content-length")).as("streamed, so of no known length").isEmpty();
            assertThat(listed.headers().firstValue("X-Request-Id")).isPresent();
            JsonNode items = json(listed);
            assertThat(items.size()).isEqualTo(FaultyStoreFactory.MANY);
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i).get("id").getStringValue()).isEqualTo(Integer.toString(i + 1));
            }
            assertThat(listed.body().length()).as("over the 4 MiB answered whole").isGreaterThan(4 * 1024 * 1024);
            assertThat(service.get("/prometheus").body()).as("read once up to the limit, then again, streamed")
                    .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"stopped\",store=\"embedded\"} 1")
                    .containsPattern("itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"ok\",store=\"embedded\"} 1");
        }
    }

    @Test
    void aStoreFailureOnceStreamingCutsTheAnswerInsteadOfEndingIt() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "fails-midway"))) {
            Throwable cut = catchThrowable(() -> service.get("/api/items"));

            assertThat(cut).isNotNull();
            assertThat(cut).hasRootCauseInstanceOf(IOException.class);
            assertThat(service.get("/health/liveness").statusCode()).as("the service itself is fine").isEqualTo(200);
        }
    }

    /** The thread writing a streamed listing holds the store (a database connection) until the listing ends. */
    @Test
    void aClientThatHangsUpMidwayReleasesTheStore() throws Exception {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "many"))) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.uri("/").getPort())) {
                socket.getOutputStream().write("GET /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(socket.getInputStream().readNBytes(64 * 1024)).hasSize(64 * 1024);
            }
            String stoppedTwice = "itemtracker_store_operations_seconds_count\\{operation=\"list\",outcome=\"stopped\",store=\"embedded\"} 2";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Pattern.compile(stoppedTwice).matcher(service.get("/prometheus").body()).find() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(service.get("/prometheus").body()).as("the first read stopped at the limit, the streamed one by the hang-up")
                    .containsPattern(stoppedTwice);
        }
    }

    @Test
    void aStoreFailureBeforeTheLimitIsStillAProblem() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "unavailable"))) {
            assertProblem(service.get("/api/items"), 503);
        }
    }
}
