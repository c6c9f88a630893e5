package com.example.itemtracker.adapter.jdbc;

import java.time.Duration;
import java.util.Map;

/**
 * The network timeouts of the JDBC drivers the service ships, in each driver's own property names
 * and units, so that a database that accepts connections but never answers costs a request a
 * bounded wait instead of a hang.
 */
public final class DriverTimeouts {

    private DriverTimeouts() {
    }

    /** The driver's properties for these timeouts, for the driver of {@code url}; none for a driver it does not know. */
    public static Map<String, String> forUrl(String url, Duration connect, Duration socket) {
        if (url.startsWith("jdbc:postgresql:")) {
            // pgJDBC counts whole seconds.
            String connectSeconds = Long.toString(Math.max(1, ceilSeconds(connect)));
            return Map.of("connectTimeout", connectSeconds, "loginTimeout", connectSeconds,
                    "socketTimeout", Long.toString(Math.max(1, ceilSeconds(socket))));
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return Map.of("connectTimeout", Long.toString(connect.toMillis()), "socketTimeout", Long.toString(socket.toMillis()));
        }
        return Map.of();
    }

    private static long ceilSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
