package com.example.itemtracker.app;

import com.example.itemtracker.adapter.ses.MimeComposer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Initialises, on a daemon thread beside the start-up, the classes whose static initialisers cost
 * the most on the way to the first answer and depend on nothing the start-up configures (the idea
 * of Spring Boot's {@code BackgroundPreinitializer}). Without it each ran on the main thread or on
 * the first request, interpreted; with it they run on the other core while Micronaut starts, and a
 * thread that needs one meanwhile waits for it rather than doing it again. Nothing here is needed for
 * correctness: a class missing from a later library version is skipped.
 */
final class BackgroundPreinitializer {

    /**
     * Measured with a CPU profiler over the start-up and the first {@code GET /api/items}. Named as
     * class literals where the class is ours to see, so that a rename fails the build; Micronaut's
     * event class is internal to it, so only its name can be given (the test checks it exists).
     */
    static final List<String> SLOW_CLASSES = List.of(
            // Micronaut's request event for JDK Flight Recorder: loading an event class registers it,
            // which initialises JFR's whole event metadata, some 40 ms of the first request.
            "io.micronaut.http.server.netty.handler.Http1RequestEvent",
            // H2's first session: its value classes' constants, whose powers of ten BigDecimal
            // computes in its own initialiser, some 20 ms.
            BigDecimal.class.getName(),
            // The report's MIME composer: a Jakarta Mail session, whose providers are read from the
            // jar, some 10 ms while the report sender is built.
            MimeComposer.class.getName());

    private BackgroundPreinitializer() {
    }

    static void start() {
        Thread.ofPlatform().daemon().name("preinitializer").start(() -> {
            ClassLoader loader = BackgroundPreinitializer.class.getClassLoader();
            for (String name : SLOW_CLASSES) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not on this class path (another library version): the start-up does without.
                }
            }
        });
    }
}
