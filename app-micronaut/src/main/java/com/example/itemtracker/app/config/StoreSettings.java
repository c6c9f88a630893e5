package com.example.itemtracker.app.config;

import com.example.itemtracker.core.port.TableName;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The store settings, checked once at start-up ({@link Context}) so that a wrong value stops the
 * service with a message naming the setting instead of failing on the first request.
 */
@Context
public final class StoreSettings {

    /** Which {@code WorkItemStore} the service uses; chosen explicitly by {@code STORE}. */
    public enum StoreKind {
        EMBEDDED, JDBC;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final StoreKind kind;
    private final TableName table;
    private final boolean createTable;
    private final Path dataDir;
    private final String jdbcUrl;

    public StoreSettings(@Property(name = "item-tracker.store") @Nullable String store,
                         @Property(name = "item-tracker.table-name") @Nullable String tableName,
                         @Property(name = "item-tracker.create-table") @Nullable String createTable,
                         @Property(name = "item-tracker.data-dir") @Nullable String dataDir,
                         @Property(name = "item-tracker.jdbc.url") @Nullable String jdbcUrl) {
        this.kind = parseKind(store);
        this.table = parseTable(tableName);
        this.createTable = parseCreateTable(createTable, kind == StoreKind.EMBEDDED);
        this.dataDir = Path.of(blankToNull(dataDir) == null ? "./data" : dataDir).toAbsolutePath().normalize();
        this.jdbcUrl = blankToNull(jdbcUrl);
        if (kind == StoreKind.JDBC && this.jdbcUrl == null) {
            throw new ConfigurationException("JDBC_URL (item-tracker.jdbc.url) is required when STORE=jdbc,"
                    + " e.g. jdbc:postgresql://localhost:5432/auroraappdb");
        }
    }

    public StoreKind kind() {
        return kind;
    }

    public TableName table() {
        return table;
    }

    public boolean createTable() {
        return createTable;
    }

    /** Where the embedded store keeps its H2 files (absolute). */
    public Path dataDir() {
        return dataDir;
    }

    /** The JDBC URL for {@code STORE=jdbc}; null for the other stores. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    private static StoreKind parseKind(String store) {
        String value = blankToNull(store) == null ? "embedded" : store.trim().toLowerCase(Locale.ROOT);
        for (StoreKind kind : StoreKind.values()) {
            if (kind.configName().equals(value)) {
                return kind;
            }
        }
        throw new ConfigurationException("STORE (item-tracker.store) must be one of "
                + Arrays.stream(StoreKind.values()).map(StoreKind::configName).collect(Collectors.joining(", "))
                + ", but it is '" + store + "'.");
    }

    private static TableName parseTable(String tableName) {
        try {
            return blankToNull(tableName) == null ? TableName.defaultName() : new TableName(tableName);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("TABLE_NAME (item-tracker.table-name): " + e.getMessage());
        }
    }

    private static boolean parseCreateTable(String value, boolean defaultValue) {
        if (blankToNull(value) == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("CREATE_TABLE (item-tracker.create-table) must be true or false,"
                    + " but it is '" + value + "'.");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
