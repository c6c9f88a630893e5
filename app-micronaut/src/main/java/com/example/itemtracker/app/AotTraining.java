package com.example.itemtracker.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the JDK's AOT cache ({@code bin/item-tracker} in training mode, at
 * {@code package}): starts the service on a temporary embedded store, makes the React client's
 * calls and the common refusals, and stops. The JVM records the classes this loads and links, so
 * a service started with the cache skips that work. Not part of serving anything.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("item-tracker-training");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                "item-tracker.data-dir", scratch.resolve("data").toString(),
                "item-tracker.report.outbox-dir", scratch.resolve("outbox").toString()))) {
            train(server.getURI());
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void train(URI base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int round = 0; round < 20; round++) {
            String added = send(client, base, "POST", "/api/items", "{\"name\":\"Training\",\"guide\":\"java\","
                    + "\"description\":\"An item of the training run\",\"status\":\"\",\"archived\":false}");
            String id = added.replaceAll(".*\"id\":\"(\\d+)\".*", "$1");
            send(client, base, "GET", "/api/items?archived=false", null);
            send(client, base, "GET", "/api/items/" + id, null);
            send(client, base, "PUT", "/api/items/" + id + (round % 2 == 0 ? ":archive" : "%3Aarchive"), null);
            send(client, base, "GET", "/api/items?archived=true", null);
            send(client, base, "GET", "/api/items", null);
            send(client, base, "POST", "/api/items", "{\"name\":\"\",\"description\":5}");
            send(client, base, "POST", "/api/items", "{\"name\":");
            send(client, base, "GET", "/api/items/0", null);
            send(client, base, "GET", "/api/items/999999", null);
            send(client, base, "GET", "/health", null);
        }
        send(client, base, "POST", "/api/items:report", "{\"email\":\"training@example.com\"}");
    }

    private static String send(HttpClient client, URI base, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Origin", "http://localhost:3000");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
