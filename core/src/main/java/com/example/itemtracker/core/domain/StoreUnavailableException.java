package com.example.itemtracker.core.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The store cannot answer now but will soon (an Aurora Serverless cluster resuming, a pool
 * exhausted). The request changed nothing and may be repeated after {@link #retryAfter()}.
 */
public final class StoreUnavailableException extends WorkItemException {

    private final Duration retryAfter;

    public StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
