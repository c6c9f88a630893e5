package com.example.itemtracker.app.config;

import com.example.itemtracker.adapter.dataapi.DataApiSettings;
import com.example.itemtracker.core.port.TableName;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The store settings, checked once at start-up ({@link Context}) so that a wrong value stops the
 * service with a message naming the setting instead of failing on the first request.
 */
@Context
public final class StoreSettings {

    /** Which {@code WorkItemStore} the service uses; chosen explicitly by {@code STORE}. */
    public enum StoreKind {
        EMBEDDED, JDBC, DATA_API;

        public String configName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The Aurora Data API settings, present when {@code STORE=data-api}.
     *
     * @param region   null for the SDK's default region chain
     * @param endpoint null for the Data API's own endpoint
     */
    public record DataApi(String clusterArn, String secretArn, String database, DataApiSettings.Engine engine,
                          Duration resumeBudget, int pageSize, String region, URI endpoint) {

        public DataApiSettings settings(TableName table) {
            return new DataApiSettings(clusterArn, secretArn, database, table, engine, resumeBudget, pageSize);
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    private final StoreKind kind;
    private final TableName table;
    private final boolean createTable;
    private final Path dataDir;
    private final String jdbcUrl;
    private final DataApi dataApi;

    public StoreSettings(@Property(name = "item-tracker.store") @Nullable String store,
                         @Property(name = "item-tracker.table-name") @Nullable String tableName,
                         @Property(name = "item-tracker.create-table") @Nullable String createTable,
                         @Property(name = "item-tracker.data-dir") @Nullable String dataDir,
                         @Property(name = "item-tracker.jdbc.url") @Nullable String jdbcUrl,
                         @Property(name = "item-tracker.data-api.cluster-arn") @Nullable String clusterArn,
                         @Property(name = "item-tracker.data-api.secret-arn") @Nullable String secretArn,
                         @Property(name = "item-tracker.data-api.database") @Nullable String database,
                         @Property(name = "item-tracker.data-api.engine") @Nullable String engine,
                         @Property(name = "item-tracker.data-api.resume-budget") @Nullable String resumeBudget,
                         @Property(name = "item-tracker.data-api.page-size") @Nullable String pageSize,
                         @Property(name = "item-tracker.data-api.region") @Nullable String region,
                         @Property(name = "item-tracker.data-api.endpoint") @Nullable String endpoint) {
        this.kind = parseKind(store);
        this.table = parseTable(tableName);
        this.createTable = parseCreateTable(createTable, kind == StoreKind.EMBEDDED);
        this.dataDir = Path.of(SettingValues.blankToNull(dataDir) == null ? "./data" : dataDir).toAbsolutePath().normalize();
        this.jdbcUrl = SettingValues.blankToNull(jdbcUrl);
        if (kind == StoreKind.JDBC && this.jdbcUrl == null) {
            throw new ConfigurationException("JDBC_URL (item-tracker.jdbc.url) is required when STORE=jdbc,"
                    + " e.g. jdbc:postgresql://localhost:5432/auroraappdb");
        }
        this.dataApi = kind == StoreKind.DATA_API
                ? new DataApi(required(clusterArn, "CLUSTER_ARN (item-tracker.data-api.cluster-arn)"),
                required(secretArn, "SECRET_ARN (item-tracker.data-api.secret-arn)"),
                required(database, "DATABASE (item-tracker.data-api.database)"),
                parseEngine(engine), parseBudget(resumeBudget), SettingValues.wholeNumber(pageSize, "DATA_API_PAGE_SIZE (item-tracker.data-api.page-size)", 1,
                        DataApiSettings.DEFAULT_PAGE_SIZE),
                SettingValues.blankToNull(region), SettingValues.url(endpoint, "DATA_API_ENDPOINT (item-tracker.data-api.endpoint)",
                        "https://rds-data.us-east-1.amazonaws.com"))
                : null;
    }

    /** The Data API settings when {@code STORE=data-api}; null otherwise. */
    public DataApi dataApi() {
        return dataApi;
    }

    private static String required(String value, String setting) {
        if (SettingValues.blankToNull(value) == null) {
            throw new ConfigurationException(setting + " is required when STORE=data-api.");
        }
        return value.trim();
    }

    private static DataApiSettings.Engine parseEngine(String value) {
        String engine = SettingValues.blankToNull(value) == null ? "postgresql" : value.trim().toLowerCase(Locale.ROOT);
        return switch (engine) {
            case "postgresql", "postgres" -> DataApiSettings.Engine.POSTGRESQL;
            case "mysql" -> DataApiSettings.Engine.MYSQL;
            default -> throw new ConfigurationException("DATA_API_ENGINE (item-tracker.data-api.engine) must be postgresql"
                    + " or mysql, but it is '" + value + "'.");
        };
    }

    private static Duration parseBudget(String value) {
        if (SettingValues.blankToNull(value) == null) {
            return DataApiSettings.DEFAULT_RESUME_BUDGET;
        }
        Matcher matcher = DURATION.matcher(value.trim());
        if (!matcher.matches()) {
            throw new ConfigurationException("DATA_API_RESUME_BUDGET (item-tracker.data-api.resume-budget) must be a"
                    + " duration such as 20s, 1500ms or 1m, but it is '" + value + "'.");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
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
        String value = SettingValues.blankToNull(store) == null ? "embedded" : store.trim().toLowerCase(Locale.ROOT);
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
            return SettingValues.blankToNull(tableName) == null ? TableName.defaultName() : new TableName(tableName);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("TABLE_NAME (item-tracker.table-name): " + e.getMessage());
        }
    }

    private static boolean parseCreateTable(String value, boolean defaultValue) {
        if (SettingValues.blankToNull(value) == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("CREATE_TABLE (item-tracker.create-table) must be true or false,"
                    + " but it is '" + value + "'.");
        };
    }
}
