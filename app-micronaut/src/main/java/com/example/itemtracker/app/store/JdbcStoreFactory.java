package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.jdbc.DriverTimeouts;
import com.example.itemtracker.adapter.jdbc.EmbeddedH2;
import com.example.itemtracker.adapter.jdbc.FileUpkeep;
import com.example.itemtracker.adapter.jdbc.JdbcWorkItemStore;
import com.example.itemtracker.app.config.JdbcConfiguration;
import com.example.itemtracker.app.config.Settings;
import com.example.itemtracker.app.config.StoreConfiguration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The JDBC stores: the embedded H2 file database and an external PostgreSQL / MySQL / MariaDB.
 * One HikariCP pool per process, created only when one of these stores is selected.
 */
@Factory
@Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.EMBEDDED_OR_JDBC)
final class JdbcStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStoreFactory.class);
    private static final long EMBEDDED_WAIT_MILLIS = 5_000;

    @Singleton
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(StoreConfiguration store, JdbcConfiguration jdbc, MeterRegistry registry) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("item-tracker");
        // HikariCP's own Micrometer meters: hikaricp_connections_active, _pending, _timeout_total, ...
        config.setMetricRegistry(registry);
        config.setMaximumPoolSize(jdbc.maximumPoolSize());
        // A database server that is down makes a request answer 503 after JDBC_CONNECTION_TIMEOUT, not
        // after HikariCP's 30 s. The embedded database runs in this process and cannot be unreachable:
        // a wait for one of its connections is only contention or a moment's stall (H2 writing its
        // file), which a request should sit out rather than be refused for.
        long wait = store.store() == StoreConfiguration.StoreKind.EMBEDDED ? EMBEDDED_WAIT_MILLIS : jdbc.connectionTimeout().toMillis();
        config.setConnectionTimeout(wait);
        // A connection idle for a moment is checked within half the wait before it is handed out.
        config.setValidationTimeout(Math.max(250, wait / 2));
        if (store.store() == StoreConfiguration.StoreKind.EMBEDDED) {
            Path dataDir = store.dataDirectory();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new ConfigurationException(Settings.describe(StoreConfiguration.DATA_DIR, "must be a directory this"
                        + " service can create and write, but " + dataDir + " cannot be created (" + e.getClass().getSimpleName() + ")"), e);
            }
            config.setJdbcUrl(EmbeddedH2.url(dataDir));
            LOG.info("Embedded store: H2 database in data directory {} (table {})", dataDir, store.table());
        } else {
            config.setJdbcUrl(jdbc.url().strip());
            DriverTimeouts.forUrl(jdbc.url().strip(), jdbc.connectionTimeout(), jdbc.socketTimeout())
                    .forEach(config::addDataSourceProperty);
            if (jdbc.user() != null && !jdbc.user().isBlank()) {
                config.setUsername(jdbc.user());
            }
            if (jdbc.password() != null && !jdbc.password().isEmpty()) {
                config.setPassword(jdbc.password());
            }
            // Start even while the database is down; requests answer 503 until it is back.
            config.setInitializationFailTimeout(-1);
            LOG.info("JDBC store: {} (table {})", jdbc.urlForLog(), store.table());
        }
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            // Only the embedded store can fail here: a server database is allowed to be down at start.
            throw embeddedUnavailable(store.dataDirectory(), e);
        }
    }

    /** The embedded database did not open: most often a second service on the same data directory. */
    private static ConfigurationException embeddedUnavailable(Path dataDir, HikariPool.PoolInitializationException e) {
        SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
        if (cause != null && EmbeddedH2.openElsewhere(cause)) {
            return new ConfigurationException(Settings.describe(StoreConfiguration.DATA_DIR, "is in use by another running"
                    + " service: " + dataDir + " holds an H2 database, which one process at a time opens. Stop the other one,"
                    + " or give this one a DATA_DIR of its own"), e);
        }
        return new ConfigurationException(Settings.describe(StoreConfiguration.DATA_DIR, "holds a database that could not"
                + " be opened: " + (cause != null ? cause.getMessage() : e.getMessage())), e);
    }

    /** At start-up, so that the pool, the table and the log line naming the data directory come first. */
    @Context
    JdbcWorkItemStore store(HikariDataSource dataSource, StoreConfiguration store) {
        JdbcWorkItemStore jdbcStore = new JdbcWorkItemStore(dataSource, store.table());
        if (store.createsTable()) {
            jdbcStore.createTableIfMissing();
        }
        return jdbcStore;
    }

    /** The embedded file's upkeep, which {@link EmbeddedFileUpkeep} runs every second. */
    @Singleton
    @Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.EMBEDDED)
    FileUpkeep embeddedFileUpkeep(HikariDataSource dataSource) {
        return EmbeddedH2.upkeep(dataSource);
    }

    @Singleton
    StoreProbe probe(JdbcWorkItemStore jdbcStore, StoreConfiguration store) {
        return new StoreProbe(store.store().configName(), jdbcStore::checkAvailable);
    }
}
