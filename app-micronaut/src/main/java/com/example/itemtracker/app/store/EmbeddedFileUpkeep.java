package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.jdbc.FileUpkeep;
import com.example.itemtracker.app.config.StoreConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * Runs the embedded H2 file's upkeep every second (compacting it and forcing it to the disk, which H2's
 * own background thread would do if commits were delayed; {@code EmbeddedH2} says why and how) and
 * times it as {@value #COMPACTION} and {@value #SYNC}. A failure is logged once, and again when the
 * upkeep recovers.
 */
@Singleton
@Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.EMBEDDED)
final class EmbeddedFileUpkeep {

    static final String SYNC = "itemtracker.store.sync";
    static final String COMPACTION = "itemtracker.store.compaction";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileUpkeep.class);

    private final FileUpkeep upkeep;
    private final HikariDataSource dataSource;
    private final Timer syncs;
    private final Timer compactions;
    private boolean failing;

    EmbeddedFileUpkeep(FileUpkeep upkeep, HikariDataSource dataSource, MeterRegistry registry) {
        this.upkeep = upkeep;
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
        try {
            FileUpkeep.Round round = upkeep.run();
            compactions.record(round.compacting());
            syncs.record(round.syncing());
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
