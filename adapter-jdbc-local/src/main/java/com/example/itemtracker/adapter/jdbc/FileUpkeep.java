package com.example.itemtracker.adapter.jdbc;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Upkeep that a store's file needs from time to time (the embedded H2 file's: {@link EmbeddedH2#upkeep}).
 * The application decides when it runs, and times it.
 */
@FunctionalInterface
public interface FileUpkeep {

    /** How long one round spent compacting the file and forcing it to the disk. */
    record Round(Duration compacting, Duration syncing) {
    }

    /** @throws SQLException when the file cannot be kept up this round; a later round tries again */
    Round run() throws SQLException;
}
