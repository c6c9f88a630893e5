package com.example.itemtracker.adapter.jdbc;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The embedded store's database: an H2 file in a data directory, opened for a service that answers
 * a write only once it is in the file, and the upkeep that H2's own background thread would do if
 * commits were delayed: forcing the file to the disk and compacting it. A program that embeds the
 * JDBC store on H2 opens {@link #url(Path)} and runs {@link #upkeep(DataSource)} every second or so.
 *
 * <p><b>Forcing</b> ({@code CHECKPOINT SYNC}: commit, then fsync). Every commit is in the file before
 * the add or archive is answered, so an answered write survives a crash of the process, but the OS
 * decides when the file reaches the disk, and H2 keeps the space of superseded chunks unused for its
 * retention time on the assumption that the OS has written them by then. Forced every second, a
 * power cut loses at most that second instead of what the OS had not yet written (up to some 35 s on
 * Linux), and a retention of {@value #RETENTION_MILLIS} ms is as safe as H2's default of 45 s.
 *
 * <p><b>Compacting.</b> Each commit writes a chunk, and a chunk that still holds one live page stays,
 * with its bookkeeping on the heap, until that page is rewritten. H2 rewrites such pages in its
 * background thread, which runs only when commits are delayed; with every commit written at once
 * nothing did, so chunks grew with every add since the start (250,000 adds kept some 48,000 chunks:
 * 24 MB of heap, a 1 GB file). Each round rewrites the live pages of sparse chunks (at most
 * {@value #REWRITE_BYTES} bytes, and only when H2's store lock is free within 10 ms) and, once the
 * file is mostly free space, moves its chunks to its start and cuts it (H2 forces the file before it
 * overwrites or cuts anything). After 100,000 adds in a minute the file is back to its data (about
 * 13 MB) within some 15 s.
 */
public final class EmbeddedH2 {

    /** How long H2 keeps a superseded chunk's space unused: five rounds of upkeep. */
    public static final int RETENTION_MILLIS = 5_000;
    /**
     * H2's page cache, in KB: a quarter of its default of 16 MB, which would be a third of the heap
     * bin/item-tracker gives the service; the pages of some 25,000 items. A listing or report of a
     * table larger than the cache reads most of it from the file whichever the size.
     */
    public static final int CACHE_KB = 4_096;

    /** Chunks are rewritten while less than this share of all chunks' space is live. */
    private static final int REWRITE_BELOW_FILL_PERCENT = 50;
    /** The most live page bytes rewritten at once: some tens of ms, during which commits wait. */
    private static final int REWRITE_BYTES = 1 << 20;
    /** Chunks are moved to the file's start while less than this share of the file holds chunks. */
    private static final int MOVE_BELOW_FILL_PERCENT = 50;
    /** The most chunk bytes moved at once. */
    private static final int MOVE_BYTES = 4 << 20;

    private EmbeddedH2() {
    }

    /**
     * The JDBC URL of the database {@code item-tracker} in {@code dataDir}:
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: a commit reaches the file before the add or archive is answered, so an
     *       answered write survives a crash (H2's default keeps the last 0.5 s in memory);</li>
     *   <li>{@code LAZY_QUERY_EXECUTION}: a listing is read row by row as it is written out, not built whole;</li>
     *   <li>{@code RETENTION_TIME}, {@code CACHE_SIZE}: above;</li>
     *   <li>{@code MAX_COMPACT_TIME}: a burst of adds still grows the file within the retention time;
     *       closing compacts it, and H2's default of 0.2 s for that left a large one as it was;</li>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: the pool, not a JVM shutdown hook, closes the database, so
     *       requests in flight finish first.</li>
     * </ul>
     */
    public static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("item-tracker") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
                + ";LAZY_QUERY_EXECUTION=TRUE;RETENTION_TIME=" + RETENTION_MILLIS + ";MAX_COMPACT_TIME=15000"
                + ";CACHE_SIZE=" + CACHE_KB;
    }

    /** Whether the database could not be opened because another process has its file open. */
    public static boolean openElsewhere(SQLException failure) {
        return failure.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
    }

    /**
     * The upkeep of the file behind {@code database}, a round at a time, on a connection of its own:
     * rewrites a little of the sparse chunks, forces the file to the disk, and moves chunks to the
     * file's start when it is mostly free space. A round that fails leaves answered writes in the file,
     * where they may not survive a power cut until a later round succeeds.
     */
    public static FileUpkeep upkeep(DataSource database) {
        return () -> round(database);
    }

    private static FileUpkeep.Round round(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            long start = System.nanoTime();
            store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES);
            long compacting = System.nanoTime() - start;

            start = System.nanoTime();
            statement.execute("CHECKPOINT SYNC");
            long syncing = System.nanoTime() - start;

            if (store.getFileStore() instanceof RandomAccessStore file && file.getFillRate() < MOVE_BELOW_FILL_PERCENT) {
                start = System.nanoTime();
                file.compactMoveChunks(MOVE_BELOW_FILL_PERCENT, MOVE_BYTES, store);
                compacting += System.nanoTime() - start;
            }
            return new FileUpkeep.Round(Duration.ofNanos(compacting), Duration.ofNanos(syncing));
        } catch (RuntimeException e) {
            throw new SQLException("The H2 file could not be compacted: " + e.getMessage(), e);
        }
    }
}
