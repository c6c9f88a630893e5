package com.example.itemtracker.app.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar ({@code item-tracker.jar}, set by failsafe) started as a process of its own, the way
 * the README's run command starts it, with settings as environment variables. Its output goes to a
 * log file, for tests that read what the service logged.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and waits until it is live ({@code /health/liveness}; the store may be down on purpose). */
    public static ServiceProcess start(Map<String, String> environment, Path log) {
        int port = freePort();
        ServiceProcess service = new ServiceProcess(start(new ProcessBuilder(command()), environment, port, log), port, log);
        service.awaitHealthy(Duration.ofSeconds(60));
        return service;
    }

    private static List<String> command() {
        String jar = System.getProperty("item-tracker.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No built jar at " + jar + ": run this test with ./mvnw verify");
        }
        return List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar);
    }

    private static Process start(ProcessBuilder builder, Map<String, String> environment, int port, Path log) {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("PORT", Integer.toString(port));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the jar with settings it is expected to refuse, until it exits.
     *
     * @return its exit code
     */
    public static int runToExit(Map<String, String> environment, Path log) throws InterruptedException {
        Process process = start(new ProcessBuilder(command()), environment, freePort(), log);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The service did not exit within 60 s; see " + log);
        }
        return process.exitValue();
    }

    public URI uri(String path) {
        return uri("127.0.0.1", path);
    }

    /** The service at another of this machine's addresses. */
    public URI uri(String host, String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    public HttpClient client() {
        return CLIENT;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            crash();
        }
    }

    private void awaitHealthy(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = CLIENT.send(HttpRequest.newBuilder(uri("/health/liveness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service did not answer /health within " + patience + "; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
