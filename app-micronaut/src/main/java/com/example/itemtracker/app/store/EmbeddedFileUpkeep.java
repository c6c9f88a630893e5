package com.example.itemtracker.app.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Every second, compacts the embedded H2 file and forces it to the disk: the upkeep that H2's own
 * background thread would do, which {@code WRITE_DELAY=0} switches off.
 *
 * <p><b>Forcing</b> ({@code CHECKPOINT SYNC}: commit, then fsync; timed as {@value #SYNC}). H2 writes
 * every commit into the file before the add or archive is answered, so an answered write survives a
 * crash of this process, but it leaves to the OS when the file reaches the disk, and it keeps the
 * space of superseded chunks unused for its retention time on the assumption that the OS has written
 * them by then. So a power cut loses at most the last second of answered writes instead of what the
 * OS had not yet written (up to some 35 s on Linux), and a retention of
 * {@value JdbcStoreFactory#EMBEDDED_RETENTION_MILLIS} ms is as safe as H2's default of 45 s.
 *
 * <p><b>Compacting</b> (timed as {@value #COMPACTION}). Each commit writes a chunk, and a chunk that
 * still holds one live page stays, with its bookkeeping on the heap, until that page is rewritten.
 * H2 rewrites such pages in its background thread, which runs only when commits are delayed; with
 * every commit written at once nothing did, so the chunks grew with every add since the start: 250,000
 * adds kept some 48,000 chunks (24 MB of heap, a 1 GB file) until the service stopped. Here the live
 * pages of sparse chunks are rewritten (at most {@value #REWRITE_BYTES} bytes a second, and only when
 * H2's store lock is free within 10 ms), and once the file is mostly free space its chunks are moved
 * to its start and the file is cut (H2 forces the file before it overwrites or cuts anything). After
 * 100,000 adds in a minute the file is back to its data (about 13 MB) within some 15 s.
 */
@Singleton
@Requires(property = "item-tracker.store", pattern = "(?i)embedded")
final class EmbeddedFileUpkeep {

    static final String SYNC = "itemtracker.store.sync";
    static final String COMPACTION = "itemtracker.store.compaction";

    /** Chunks are rewritten while less than this share of all chunks' space is live. */
    private static final int REWRITE_BELOW_FILL_PERCENT = 50;
    /** The most live page bytes rewritten at once: some tens of ms, during which commits wait. */
    private static final int REWRITE_BYTES = 1 << 20;
    /** Chunks are moved to the file's start while less than this share of the file holds chunks. */
    private static final int MOVE_BELOW_FILL_PERCENT = 50;
    /** The most chunk bytes moved at once. */
    private static final int MOVE_BYTES = 4 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileUpkeep.class);

    private final HikariDataSource dataSource;
    private final Timer syncs;
    private final Timer compactions;
    private boolean failing;

    EmbeddedFileUpkeep(HikariDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.syncs = Timer.builder(SYNC).description("Forcing the embedded database file to the disk").register(registry);
        this.compactions = Timer.builder(COMPACTION)
                .description("Compacting the embedded database file (rewriting sparse chunks, moving chunks to its start)")
                .register(registry);
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void upkeep() {
        if (dataSource.isClosed()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            long start = System.nanoTime();
            store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES);
            long compacting = System.nanoTime() - start;

            start = System.nanoTime();
            statement.execute("CHECKPOINT SYNC");
            syncs.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);

            if (store.getFileStore() instanceof RandomAccessStore file && file.getFillRate() < MOVE_BELOW_FILL_PERCENT) {
                start = System.nanoTime();
                file.compactMoveChunks(MOVE_BELOW_FILL_PERCENT, MOVE_BYTES, store);
                compacting += System.nanoTime() - start;
            }
            compactions.record(compacting, TimeUnit.NANOSECONDS);
            if (failing) {
                failing = false;
                LOG.info("Embedded store: the data file is forced to the disk again");
            }
        } catch (SQLException | RuntimeException e) {
            if (dataSource.isClosed()) {
                return;
            }
            if (!failing) {
                failing = true;
                LOG.warn("Embedded store: the data file could not be forced to the disk or compacted; answered writes are in"
                        + " the file but may not survive a power cut until this recovers: {}", e.getMessage());
            }
        }
    }
}
