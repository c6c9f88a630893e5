package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The database of {@code STORE=jdbc}, and the pool of both JDBC stores.
 *
 * @param store             which of the two the pool serves ({@code STORE}): the URL is required for {@code jdbc}
 * @param connectionTimeout how long a request waits for a connection before it answers 503
 * @param socketTimeout     how long a statement waits for a database that stopped answering
 */
@ConfigurationProperties(JdbcConfiguration.PREFIX)
@Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.EMBEDDED_OR_JDBC)
public record JdbcConfiguration(@Property(name = StoreConfiguration.STORE) StoreConfiguration.StoreKind store,
                                @Nullable String url, @Nullable String user, @Nullable String password,
                                int maximumPoolSize, Duration connectionTimeout, Duration socketTimeout) {

    public static final String PREFIX = StoreConfiguration.PREFIX + ".jdbc";
    public static final String URL = PREFIX + ".url";
    public static final String MAXIMUM_POOL_SIZE = PREFIX + ".maximum-pool-size";
    public static final String CONNECTION_TIMEOUT = PREFIX + ".connection-timeout";
    public static final String SOCKET_TIMEOUT = PREFIX + ".socket-timeout";

    /** HikariCP's floor: below it, HikariCP silently waits 30 s instead. */
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public JdbcConfiguration {
        if (store == StoreConfiguration.StoreKind.JDBC && (url == null || url.isBlank())) {
            throw new ConfigurationException(Settings.describe(URL,
                    "is required when STORE=jdbc, e.g. jdbc:postgresql://localhost:5432/auroraappdb"));
        }
        Settings.atLeast(MAXIMUM_POOL_SIZE, maximumPoolSize, 1);
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new ConfigurationException(Settings.describe(CONNECTION_TIMEOUT,
                    "must be at least 250ms, but it is " + connectionTimeout.toMillis() + "ms"));
        }
        if (socketTimeout.isNegative() || socketTimeout.isZero()) {
            throw new ConfigurationException(Settings.describe(SOCKET_TIMEOUT, "must be longer than 0, such as 10s"));
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
        return "JdbcConfiguration[store=" + store + ", url=" + (url == null ? null : urlForLog()) + ", user=" + user
                + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout=" + connectionTimeout
                + ", socketTimeout=" + socketTimeout + "]";
    }
}
