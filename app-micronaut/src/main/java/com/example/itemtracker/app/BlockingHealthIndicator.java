package com.example.itemtracker.app;

import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;

import java.util.concurrent.ExecutorService;

/**
 * A health indicator whose check blocks (it asks a database, or reads a provider's keys): the check
 * runs on the blocking executor, never on the event loop that answers {@code /health}.
 */
public abstract class BlockingHealthIndicator implements HealthIndicator {

    private final ExecutorService blocking;

    protected BlockingHealthIndicator(ExecutorService blocking) {
        this.blocking = blocking;
    }

    @Override
    public final Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(blocking, this::check);
    }

    /** The check itself, on a thread that may block. */
    protected abstract HealthResult check();
}
