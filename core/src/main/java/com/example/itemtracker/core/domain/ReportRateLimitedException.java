package com.example.itemtracker.core.domain;

import java.time.Duration;
import java.util.Objects;

/** Too many reports were asked for in too short a time; nothing was sent. Try again after {@link #retryAfter()}. */
public final class ReportRateLimitedException extends WorkItemException {

    private final Duration retryAfter;

    public ReportRateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
