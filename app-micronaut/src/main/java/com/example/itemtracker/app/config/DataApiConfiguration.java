package com.example.itemtracker.app.config;

import com.example.itemtracker.adapter.dataapi.DataApiSettings;
import com.example.itemtracker.core.port.TableName;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
        @Nullable @NotBlank(message = "is required when STORE=data-api") String clusterArn,
        @Nullable @NotBlank(message = "is required when STORE=data-api") String secretArn,
        @Nullable @NotBlank(message = "is required when STORE=data-api") String database,
        @NotNull DataApiSettings.Engine engine,
        @NotNull Duration resumeBudget,
        @Min(1) int pageSize,
        @NotNull Duration callTimeout,
        @Nullable String region,
        @Nullable URI endpoint) implements AwsServiceSettings {

    public DataApiSettings settings(TableName table) {
        return new DataApiSettings(clusterArn, secretArn, database, table, engine, resumeBudget, pageSize);
    }
}
