package com.example.itemtracker.app;

import com.example.itemtracker.app.config.ReportConfiguration;
import com.example.itemtracker.app.config.StoreConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training run behind the JDK's AOT cache ({@code bin/item-tracker} in training mode, at
 * {@code package}): starts the service on a temporary embedded store, makes the React client's
 * calls and the common refusals, loads the page, and stops. The JVM records the classes this loads
 * and links, so a service started with the cache skips that work. Not part of serving anything.
 */
public final class AotTraining {

    private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("item-tracker-training");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                StoreConfiguration.DATA_DIR, scratch.resolve("data").toString(),
                ReportConfiguration.OUTBOX_DIR, scratch.resolve("outbox").toString()))) {
            train(server.getURI());
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void train(URI base) throws IOException {
        for (int round = 0; round < 20; round++) {
            String added = send(base, "POST", "/api/items", "{\"name\":\"Training\",\"guide\":\"java\","
                    + "\"description\":\"An item of the training run\",\"status\":\"\",\"archived\":false}");
            Matcher id = ID.matcher(added);
            if (!id.find()) {
                throw new IllegalStateException("the training add was not answered with an id: " + added);
            }
            send(base, "GET", "/api/items?archived=false", null);
            send(base, "GET", "/api/items/" + id.group(1), null);
            send(base, "PUT", "/api/items/" + id.group(1) + (round % 2 == 0 ? ":archive" : "%3Aarchive"), null);
            send(base, "GET", "/api/items?archived=true", null);
            send(base, "GET", "/api/items", null);
            send(base, "POST", "/api/items", "{\"name\":\"\",\"description\":5}");
            send(base, "POST", "/api/items", "{\"name\":");
            send(base, "GET", "/api/items/0", null);
            send(base, "GET", "/api/items/999999", null);
            send(base, "GET", "/health", null);
        }
        send(base, "POST", "/api/items:report", "{\"email\":\"training@example.com\"}");
        for (String page : new String[] {"/", "/assets/app.js", "/assets/app.css", "/assets/icon.svg"}) {
            send(base, "GET", page, null);
        }
    }

    /**
     * One HTTP/1.1 exchange over a plain socket, answered whole (with its headers). Not the JDK's
     * HttpClient: every class the training run loads goes into the cache and is loaded by every
     * service started with it, and that client brings some 800 (HTTP/2, TLS, crypto) the service never uses.
     */
    private static String send(URI base, String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nOrigin: http://localhost:3000\r\nConnection: close\r\nContent-Length: " + body.length
                + (json == null ? "" : "\r\nContent-Type: application/json") + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
