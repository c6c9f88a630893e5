package com.example.itemtracker.adapter.jdbc;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each driver's own names and units for the connect and socket timeouts. */
class DriverTimeoutsTest {

    @Test
    void postgresCountsWholeSecondsRoundedUp() {
        assertThat(DriverTimeouts.forUrl("jdbc:postgresql://db:5432/app", Duration.ofMillis(400), Duration.ofMillis(10_200)))
                .isEqualTo(Map.of("connectTimeout", "1", "loginTimeout", "1", "socketTimeout", "11"));
    }

    @Test
    void mariaDbAndMySqlCountMilliseconds() {
        for (String url : new String[] {"jdbc:mariadb://db:3306/app", "jdbc:mysql://db:3306/app"}) {
            assertThat(DriverTimeouts.forUrl(url, Duration.ofMillis(400), Duration.ofSeconds(10)))
                    .isEqualTo(Map.of("connectTimeout", "400", "socketTimeout", "10000"));
        }
    }

    @Test
    void anotherDriverIsLeftToItsDefaults() {
        assertThat(DriverTimeouts.forUrl("jdbc:h2:mem:test", Duration.ofSeconds(1), Duration.ofSeconds(1))).isEmpty();
    }
}
