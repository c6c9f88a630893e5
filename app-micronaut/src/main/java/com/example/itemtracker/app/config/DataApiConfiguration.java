package com.example.itemtracker.app.config;

import com.example.itemtracker.adapter.dataapi.DataApiSettings;
import com.example.itemtracker.core.port.TableName;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.time.Duration;

/**
 * The Aurora cluster behind {@code STORE=data-api}, with the seed's own names ({@code CLUSTER_ARN},
 * {@code SECRET_ARN}, {@code DATABASE}).
 *
 * @param callTimeout the longest one call may take, the SDK's retries included, before it counts as unavailable
 * @param region   empty for the SDK's default region chain ({@code AWS_REGION}, profile, ...)
 * @param endpoint empty for the SDK's endpoint resolution ({@code AWS_ENDPOINT_URL_RDS_DATA}, the service's own)
 */
@ConfigurationProperties(DataApiConfiguration.PREFIX)
@Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.DATA_API)
public record DataApiConfiguration(
        @Nullable String clusterArn,
        @Nullable String secretArn,
        @Nullable String database,
        DataApiSettings.Engine engine,
        Duration resumeBudget,
        int pageSize,
        Duration callTimeout,
        @Nullable String region,
        @Nullable URI endpoint) implements AwsServiceSettings {

    public static final String PREFIX = StoreConfiguration.PREFIX + ".data-api";

    public DataApiConfiguration {
        requiredForDataApi(PREFIX + ".cluster-arn", clusterArn);
        requiredForDataApi(PREFIX + ".secret-arn", secretArn);
        requiredForDataApi(PREFIX + ".database", database);
        Settings.atLeast(PREFIX + ".page-size", pageSize, 1);
        AwsServiceSettings.checkEndpoint(PREFIX, endpoint);
    }

    private static void requiredForDataApi(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(Settings.describe(property, "is required when STORE=data-api"));
        }
    }

    public DataApiSettings settings(TableName table) {
        return new DataApiSettings(clusterArn, secretArn, database, table, engine, resumeBudget, pageSize);
    }
}
