package com.example.itemtracker.app;

import com.example.itemtracker.app.harness.FaultyStoreFactory;
import com.example.itemtracker.app.harness.RunningService;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Stopping the service lets the requests in flight finish, and takes no new ones. */
class GracefulShutdownTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aRequestInFlightIsAnsweredWhileTheServiceStops() throws Exception {
        RunningService service = RunningService.start(Map.of("test.store-fault", "slow"));
        URI items = service.uri("/api/items");
        CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(HttpRequest.newBuilder(items).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(FaultyStoreFactory.SLOW_CALL.toMillis() / 3);

        long start = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);
        Thread.sleep(200);
        Throwable refused = catchThrowable(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(items).build(),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(inFlight.get().statusCode()).isEqualTo(200);
        assertThat(inFlight.get().body()).isEqualTo("[]");
        assertThat(refused).as("a new connection while stopping").isInstanceOf(ConnectException.class);
        stopping.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the stop waited for the request")
                .isGreaterThan(FaultyStoreFactory.SLOW_CALL.dividedBy(2));
    }
}
