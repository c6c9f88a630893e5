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
@ConfigurationProperties("item-tracker.data-api")
@Requires(property = "item-tracker.store", pattern = "(?i)data-api")
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

    public DataApiConfiguration {
        requiredForDataApi("item-tracker.data-api.cluster-arn", clusterArn);
        requiredForDataApi("item-tracker.data-api.secret-arn", secretArn);
        requiredForDataApi("item-tracker.data-api.database", database);
        Settings.atLeast("item-tracker.data-api.page-size", pageSize, 1);
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
