package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.ReportRateLimitedException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportRateLimitTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();

    @Test
    void aBurstUpToTheLimitGoesThenTheNextWaitsItsShare() {
        ReportRateLimit limit = ReportRateLimit.perMinute(3, clock);
        for (int i = 0; i < 3; i++) {
            limit.acquire();
        }

        ReportRateLimitedException refused = catchThrowableOfType(ReportRateLimitedException.class, limit::acquire);

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(refused).hasMessage("This service sends at most 3 reports a minute; try again in 20 s.");
        clock.advance(Duration.ofSeconds(20));
        assertThatCode(limit::acquire).doesNotThrowAnyException();
        assertThatCode(limit::acquire).isInstanceOf(ReportRateLimitedException.class);
    }

    @Test
    void zeroMeansNoLimit() {
        ReportRateLimit none = ReportRateLimit.perMinute(0, clock);

        for (int i = 0; i < 1_000; i++) {
            none.acquire();
        }
    }
}
