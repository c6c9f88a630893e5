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
@ConfigurationProperties(StoreConfiguration.PREFIX)
public record StoreConfiguration(
        StoreKind store,
        String tableName,
        @Nullable String createTable,
        Path dataDir) {

    public static final String PREFIX = "item-tracker";
    public static final String STORE = PREFIX + ".store";
    public static final String TABLE_NAME = PREFIX + ".table-name";
    public static final String CREATE_TABLE = PREFIX + ".create-table";
    public static final String DATA_DIR = PREFIX + ".data-dir";
    /** The values of {@link #STORE} that select each store, for {@code @Requires(property = STORE, pattern = ...)}. */
    public static final String EMBEDDED = "(?i)embedded";
    public static final String JDBC = "(?i)jdbc";
    public static final String EMBEDDED_OR_JDBC = "(?i)embedded|jdbc";
    public static final String DATA_API = "(?i)data-api";

    public StoreConfiguration {
        try {
            new TableName(tableName);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe(TABLE_NAME, "must be " + TableName.RULE));
        }
        if (createTable != null && !createTable.matches("(?i)true|false|")) {
            throw new ConfigurationException(Settings.describe(CREATE_TABLE, "must be true or false"));
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
