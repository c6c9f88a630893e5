package com.example.itemtracker.app.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Forces the embedded H2 file to the disk every second ({@code CHECKPOINT SYNC}: commit, then
 * fsync), timed as {@value #NAME}.
 *
 * <p>H2 writes every commit into the file before the add or archive is answered, so an answered write
 * survives a crash of this process, but it leaves to the OS when the file reaches the disk (it
 * forces almost never), and it keeps the space of superseded chunks unused for its retention time
 * on the assumption that the OS has written them by then. So the sync does two things: a power
 * cut loses at most the last second of answered writes instead of what the OS had not yet written
 * (up to some 35 s on Linux), and it makes a retention of {@value JdbcStoreFactory#EMBEDDED_RETENTION_MILLIS}
 * ms as safe as H2's default of 45 s. That shorter retention is what bounds a burst of adds: at
 * 45 s, 100,000 adds in a minute grew the file to 1.9 GB and kept some 25 MB of chunk bookkeeping
 * on the heap.
 */
@Singleton
@Requires(property = "item-tracker.store", pattern = "(?i)embedded")
final class EmbeddedFileSync {

    static final String NAME = "itemtracker.store.sync";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileSync.class);

    private final HikariDataSource dataSource;
    private final Timer timer;
    private boolean failing;

    EmbeddedFileSync(HikariDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.timer = Timer.builder(NAME).description("Forcing the embedded database file to the disk").register(registry);
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void sync() {
        if (dataSource.isClosed()) {
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (failing) {
                failing = false;
                LOG.info("Embedded store: the data file is forced to the disk again");
            }
        } catch (SQLException e) {
            if (dataSource.isClosed()) {
                return;
            }
            if (!failing) {
                failing = true;
                LOG.warn("Embedded store: the data file could not be forced to the disk; answered writes are in the"
                        + " file but may not survive a power cut until this recovers: {}", e.getMessage());
            }
        }
    }
}
