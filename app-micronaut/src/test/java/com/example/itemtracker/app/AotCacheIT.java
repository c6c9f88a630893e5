package com.example.itemtracker.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/item-tracker and the AOT cache, in a copy of the checkout's layout: a cache made for the jar is
 * used; one older than the jar (a build with -Daot.skip used to leave it so) is never used, and the
 * script says so in one line instead of the JVM's errors; ITEM_TRACKER_AOT=refresh, which such a
 * build runs, makes it again only where there was one.
 */
class AotCacheIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path checkout;

    @Test
    void aStaleCacheIsNeverUsedAndARefreshMakesItAgain() throws Exception {
        Path built = Path.of(System.getProperty("item-tracker.jar"));
        Path jar = Files.createDirectories(checkout.resolve("app-micronaut/target")).resolve("item-tracker.jar");
        Files.copy(built, jar);
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(built.getParent().getParent().getParent().resolve("bin/item-tracker"), checkout.resolve("bin/item-tracker"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path cache = jar.resolveSibling("item-tracker.aot");

        assertThat(run(Map.of("ITEM_TRACKER_AOT", "refresh"))).as("refresh without a cache").isEmpty();
        assertThat(cache).doesNotExist();

        run(Map.of("ITEM_TRACKER_AOT", "train"));
        assertThat(cache).exists();
        String fresh = startAndCheck(true);
        assertThat(fresh).doesNotContain("AOT cache is older").doesNotContainIgnoringCase("[error][aot]");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(2)));
        String stale = startAndCheck(false);
        assertThat(stale).contains("item-tracker: the AOT cache is older than the jar, so the service starts without it (slower);"
                + " ./mvnw -q -pl app-micronaut -am package -DskipTests makes it again.");
        assertThat(stale.lines().filter(line -> line.toLowerCase().contains("aot")).count()).as("lines about the cache").isEqualTo(1);

        run(Map.of("ITEM_TRACKER_AOT", "refresh"));
        assertThat(Files.getLastModifiedTime(cache)).isGreaterThan(Files.getLastModifiedTime(jar));
        assertThat(startAndCheck(true)).doesNotContain("AOT cache is older");
    }

    /** Starts the service through the script, checks whether the JVM mapped the cache, stops it; returns its output. */
    private String startAndCheck(boolean cacheMapped) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(checkout, "service", ".log");
        Process service = process(Map.of("PORT", Integer.toString(port)), log);
        try {
            awaitHealth(service, port, log);
            String maps = Files.readString(Path.of("/proc", Long.toString(service.pid()), "maps"));
            assertThat(maps.contains("item-tracker.aot")).as("the JVM mapped the AOT cache").isEqualTo(cacheMapped);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
        return Files.readString(log);
    }

    /** Runs the script to its end; returns what it printed. */
    private String run(Map<String, String> environment) throws Exception {
        Path log = Files.createTempFile(checkout, "run", ".log");
        Process process = process(environment, log);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within 2 minutes").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }

    private Process process(Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("bin/item-tracker").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        builder.environment().put("DATA_DIR", checkout.resolve("data").toString());
        builder.environment().put("OUTBOX_DIR", checkout.resolve("outbox").toString());
        builder.environment().remove("ITEM_TRACKER_AOT");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitHealth(Process service, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service runs; its output: %s", Files.readString(log)).isTrue();
            try {
                HttpResponse<Void> health = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answer within 60 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
