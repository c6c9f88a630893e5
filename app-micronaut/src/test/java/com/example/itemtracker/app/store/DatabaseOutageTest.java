package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TcpProxy;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static com.example.itemtracker.app.harness.ApiAssertions.storeHealth;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * STORE=jdbc with a TCP proxy the test controls between the service and the real database: while
 * the database refuses connections, drops them or hangs, requests answer 503 with Retry-After
 * quickly, /health says DOWN, adds succeed again soon after it returns, and no write that was
 * answered 200 is lost.
 */
class DatabaseOutageTest {

    /** Generous against a noisy machine, still far below the 5 s (and HikariCP's 30 s) a request used to wait. */
    private static final Duration FAST = Duration.ofMillis(1_500);
    private static final Duration RECOVERY = Duration.ofSeconds(2);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void outagesAreFastFailuresAndLoseNothing(TestDatabase database) throws Exception {
        TestDatabase.Coordinates db = database.require();
        TableName table = db.createSeedTable();
        URI target = URI.create(db.url().substring("jdbc:".length()));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
            Map<String, Object> settings = TestSettings.jdbc(db, table);
            settings.put("item-tracker.jdbc.url", db.url().replace(":" + target.getPort() + "/", ":" + proxy.port() + "/"));
            settings.put("item-tracker.jdbc.socket-timeout", "1s");
            try (RunningService service = RunningService.start(settings)) {
                Thread adder = Thread.ofVirtual().start(() -> addUntilStopped(service, loading, acknowledged, unexpected));
                assertThat(add(service).statusCode()).isEqualTo(200);

                proxy.refuse();
                proxy.cutOpenConnections();
                assertFastUnavailable(service);
                assertThat(service.get("/health").statusCode()).isEqualTo(503);
                assertThat(storeHealth(service.get("/health")).get("state").getStringValue()).isEqualTo("unavailable");
                proxy.forward();
                assertRecovers(service);
                assertThat(service.get("/health").statusCode()).isEqualTo(200);

                proxy.cutOpenConnections();
                assertRecovers(service);

                proxy.hang();
                proxy.cutOpenConnections();
                assertFastUnavailable(service);
                assertThat(service.get("/health").statusCode()).isEqualTo(503);
                proxy.forward();
                assertRecovers(service);

                loading.set(false);
                adder.join();
            }
        } finally {
            loading.set(false);
        }
        assertThat(unexpected).as("answers to the background adds other than 200 or 503").isEmpty();
        assertThat(acknowledged).as("adds answered 200 during the outages").isNotEmpty();
        assertThat(storedIds(db, table)).as("acknowledged adds lost").containsAll(acknowledged);
        db.drop(table);
    }

    private static void assertFastUnavailable(RunningService service) {
        for (Supplier<HttpResponse<String>> call : List.<Supplier<HttpResponse<String>>>of(
                () -> add(service), () -> service.get("/api/items?archived=false"), () -> service.get("/api/items/1"))) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertProblem(response, 503);
            assertThat(response.headers().firstValue("retry-after")).isPresent();
            assertThat(took).as("time to 503").isLessThan(FAST);
            System.out.printf("[outage] %s answered 503 in %d ms%n", response.request().uri().getPath(), took.toMillis());
        }
    }

    /** After the database returns, an add succeeds within {@link #RECOVERY}. */
    private static void assertRecovers(RunningService service) throws InterruptedException {
        long start = System.nanoTime();
        while (add(service).statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to recover").isLessThan(RECOVERY);
            Thread.sleep(20);
        }
        System.out.printf("[outage] adds succeed again %d ms after the database returned%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static HttpResponse<String> add(RunningService service) {
        return service.postJson("/api/items", "{\"name\":\"outage\",\"description\":\"added during an outage test\"}");
    }

    /**
     * Adds for as long as the test runs, on a thread of its own: what it finds wrong goes into
     * {@code unexpected} for the test to fail on (an assertion here would end only this thread, unseen),
     * and it carries on counting the acknowledged adds.
     */
    private static void addUntilStopped(RunningService service, AtomicBoolean loading, Set<String> acknowledged,
                                        Queue<String> unexpected) {
        while (loading.get()) {
            try {
                HttpResponse<String> response = add(service);
                if (response.statusCode() == 200) {
                    acknowledged.add(json(response).get("id").getStringValue());
                } else if (response.statusCode() != 503) {
                    unexpected.add(response.statusCode() + " " + response.body());
                }
            } catch (RuntimeException e) {
                unexpected.add(e.toString());
            }
        }
    }

    private static Set<String> storedIds(TestDatabase.Coordinates db, TableName table) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT iditem FROM " + table)) {
            while (rows.next()) {
                ids.add(Long.toString(rows.getLong(1)));
            }
        }
        return ids;
    }
}
