package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.jdbc.JdbcWorkItemStore;
import com.example.itemtracker.app.config.StoreSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The JDBC stores: the embedded H2 file database and an external PostgreSQL / MySQL / MariaDB.
 * One HikariCP pool per process, created only when one of these stores is selected.
 */
@Factory
@Requires(property = "item-tracker.store", pattern = "(?i)embedded|jdbc")
final class JdbcStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStoreFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(StoreSettings settings,
                                @Property(name = "item-tracker.jdbc.user") @Nullable String user,
                                @Property(name = "item-tracker.jdbc.password") @Nullable String password,
                                @Property(name = "item-tracker.jdbc.maximum-pool-size") @Nullable Integer poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("item-tracker");
        config.setMaximumPoolSize(poolSize == null ? 10 : poolSize);
        // Fail a request after 5 s without a connection (answered 503) rather than hang for 30 s.
        config.setConnectionTimeout(5_000);
        if (settings.kind() == StoreSettings.StoreKind.EMBEDDED) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + settings.dataDir()
                        + " (DATA_DIR)", e);
            }
            // The pool, not a JVM shutdown hook, closes the database, so in-flight requests finish first.
            config.setJdbcUrl("jdbc:h2:file:" + settings.dataDir().resolve("item-tracker") + ";DB_CLOSE_ON_EXIT=FALSE");
            LOG.info("Embedded store: H2 database in data directory {} (table {})", settings.dataDir(), settings.table());
        } else {
            config.setJdbcUrl(settings.jdbcUrl());
            if (user != null && !user.isBlank()) {
                config.setUsername(user);
            }
            if (password != null && !password.isEmpty()) {
                config.setPassword(password);
            }
            // Start even while the database is down; requests answer 503 until it is back.
            config.setInitializationFailTimeout(-1);
            LOG.info("JDBC store: {} (table {})", withoutParameters(settings.jdbcUrl()), settings.table());
        }
        return new HikariDataSource(config);
    }

    /** At start-up, so that the pool, the table and the log line naming the data directory come first. */
    @Context
    JdbcWorkItemStore store(HikariDataSource dataSource, StoreSettings settings) {
        JdbcWorkItemStore store = new JdbcWorkItemStore(dataSource, settings.table());
        if (settings.createTable()) {
            store.createTableIfMissing();
        }
        return store;
    }

    @Singleton
    StoreProbe probe(JdbcWorkItemStore store, StoreSettings settings) {
        return new StoreProbe(settings.kind().configName(), store::checkAvailable);
    }

    /** URL parameters may carry credentials (?password=...); they never reach the log. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int cut = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
        return cut < 0 ? url : url.substring(0, cut) + " (parameters not shown)";
    }
}
