package com.example.itemtracker.app.config;

import com.example.itemtracker.core.port.TableName;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/**
 * Which store keeps the work items ({@code STORE}), in which table, and whether to create it.
 *
 * @param createTable {@code true}, {@code false}, or empty for the store's default (on for embedded only);
 *                    a string, since Micronaut reads any word but "true" as false
 */
@Context
@ConfigurationProperties("item-tracker")
public record StoreConfiguration(
        StoreKind store,
        String tableName,
        @Nullable String createTable,
        Path dataDir) {

    public StoreConfiguration {
        try {
            new TableName(tableName);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe("item-tracker.table-name", "must be " + TableName.RULE));
        }
        if (createTable != null && !createTable.matches("(?i)true|false|")) {
            throw new ConfigurationException(Settings.describe("item-tracker.create-table", "must be true or false"));
        }
    }

    /** The store adapters the service can run on. */
    public enum StoreKind {
        EMBEDDED, JDBC, DATA_API;

        /** As written in {@code STORE}. */
        public String configName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public TableName table() {
        return new TableName(tableName);
    }

    public boolean createsTable() {
        return createTable == null || createTable.isEmpty() ? store == StoreKind.EMBEDDED : Boolean.parseBoolean(createTable);
    }

    /** Where the embedded store keeps its H2 files (absolute). */
    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
