package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.ReportRateLimitedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many reports one service instance sends a minute: a token bucket that holds a minute's worth
 * and refills evenly, so a burst up to the limit goes through and a steady stream is held to it.
 */
public final class ReportRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private double tokens;
    private Instant refilledAt;

    private ReportRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = perMinute;
        this.refilledAt = clock.instant();
    }

    /** @param perMinute reports a minute; 0 for no limit */
    public static ReportRateLimit perMinute(int perMinute, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("The report rate limit must be 0 (none) or more, but it is " + perMinute + ".");
        }
        return new ReportRateLimit(perMinute, clock);
    }

    public static ReportRateLimit unlimited() {
        return new ReportRateLimit(0, Clock.systemUTC());
    }

    /** Counts one report, or refuses it. @throws ReportRateLimitedException saying when the next may go */
    synchronized void acquire() {
        if (perMinute == 0) {
            return;
        }
        Instant now = clock.instant();
        double refill = Duration.between(refilledAt, now).toNanos() / (double) WINDOW.toNanos() * perMinute;
        tokens = Math.min(perMinute, tokens + Math.max(0, refill));
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return;
        }
        long waitMillis = (long) Math.ceil((1 - tokens) * WINDOW.toMillis() / perMinute);
        throw new ReportRateLimitedException("This service sends at most " + perMinute + " reports a minute; try again in "
                + Math.max(1, (waitMillis + 999) / 1000) + " s.", Duration.ofMillis(waitMillis));
    }
}
