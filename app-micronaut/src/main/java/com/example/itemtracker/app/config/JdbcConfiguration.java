package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The database of {@code STORE=jdbc}, and the pool size of both JDBC stores. */
@ConfigurationProperties("item-tracker.jdbc")
@Requires(property = "item-tracker.store", pattern = "(?i)embedded|jdbc")
public record JdbcConfiguration(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Min(1) int maximumPoolSize) {

    /** Passwords are never printed, not even in a debugger's or a log's view of this record. */
    @Override
    public String toString() {
        return "JdbcConfiguration[url=" + JdbcUrls.withoutParameters(url) + ", user=" + user + ", maximumPoolSize="
                + maximumPoolSize + "]";
    }
}
