package com.example.itemtracker.app.harness;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The service started for real on a random port, and a plain JDK HTTP client that sends exactly
 * what a test says (no content type unless given), as the React client does.
 */
public final class RunningService implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final EmbeddedServer server;
    private final Path scratch;

    private RunningService(EmbeddedServer server, Path scratch) {
        this.server = server;
        this.scratch = scratch;
    }

    /**
     * Starts the service with these settings on a random port. The data and outbox directories are
     * fresh temporary ones unless the settings name them, so no test writes into the working tree.
     */
    public static RunningService start(Map<String, Object> properties) {
        Path scratch = TempDirectories.create("item-tracker-test");
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("item-tracker.data-dir", scratch.resolve("data").toString());
        all.putIfAbsent("item-tracker.report.outbox-dir", scratch.resolve("outbox").toString());
        all.put("micronaut.server.port", -1);
        all.putIfAbsent("micronaut.server.host", "127.0.0.1");
        try {
            return new RunningService(ApplicationContext.run(EmbeddedServer.class, all), scratch);
        } catch (RuntimeException e) {
            TempDirectories.delete(scratch);
            throw e;
        }
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(request(path, headers).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PUT with no body and no content type, as the client sends to archive. */
    public HttpResponse<String> putWithoutBody(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.getApplicationContext().close();
        } finally {
            TempDirectories.delete(scratch);
        }
    }
}
