package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;

/** The database of {@code STORE=jdbc}, and the pool size of both JDBC stores. */
@ConfigurationProperties("item-tracker.jdbc")
@Requires(property = "item-tracker.store", pattern = "(?i)embedded|jdbc")
public record JdbcConfiguration(@Nullable String url, @Nullable String user, @Nullable String password,
                                @Min(1) int maximumPoolSize) {

    /** The URL as the log may show it: parameters may carry credentials ({@code ?password=...}). */
    public String urlForLog() {
        int query = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int cut = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
        return cut < 0 ? url : url.substring(0, cut) + " (parameters not shown)";
    }

    /** Never the password, nor the URL's parameters. */
    @Override
    public String toString() {
        return "JdbcConfiguration[url=" + (url == null ? null : urlForLog()) + ", user=" + user
                + ", maximumPoolSize=" + maximumPoolSize + "]";
    }
}
