package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The database of {@code STORE=jdbc}, and the pool of both JDBC stores.
 *
 * @param connectionTimeout how long a request waits for a connection before it answers 503
 * @param socketTimeout     how long a statement waits for a database that stopped answering
 */
@ConfigurationProperties("item-tracker.jdbc")
@Requires(property = "item-tracker.store", pattern = "(?i)embedded|jdbc")
public record JdbcConfiguration(@Nullable String url, @Nullable String user, @Nullable String password,
                                int maximumPoolSize, Duration connectionTimeout, Duration socketTimeout) {

    /** HikariCP's floor: below it, HikariCP silently waits 30 s instead. */
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public JdbcConfiguration {
        Settings.atLeast("item-tracker.jdbc.maximum-pool-size", maximumPoolSize, 1);
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new ConfigurationException(Settings.describe("item-tracker.jdbc.connection-timeout",
                    "must be at least 250ms, but it is " + connectionTimeout.toMillis() + "ms"));
        }
        if (socketTimeout.isNegative() || socketTimeout.isZero()) {
            throw new ConfigurationException(Settings.describe("item-tracker.jdbc.socket-timeout",
                    "must be longer than 0, such as 10s"));
        }
    }

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
                + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", socketTimeout=" + socketTimeout + "]";
    }
}
