package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;

import java.time.Duration;

/**
 * The health rule of the Data API store: a health check must never wake a paused Aurora cluster,
 * so it reports the outcome of the most recent real call, and makes a call of its own only when
 * there has been none yet, or when the last one found the store unavailable or failing more than
 * {@link #RECHECK_AFTER} ago.
 */
final class CallObservations {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(60);

    /** @param failure null when the database answered (a refusal of the input is an answer too) */
    private record Observation(long atNanos, WorkItemException failure) {
    }

    private volatile Observation last;

    /** Records how a call ended: with a response, or with this exception. */
    void record(RuntimeException outcome) {
        WorkItemException failure = outcome instanceof StoreUnavailableException || outcome instanceof StoreFailureException
                ? (WorkItemException) outcome : null;
        last = new Observation(System.nanoTime(), failure);
    }

    /**
     * @param probe a cheap real call, made only as the rule allows
     * @throws WorkItemException what the last call found, or what the probe throws
     */
    void check(Runnable probe) {
        Observation seen = last;
        if (seen == null || seen.failure() != null && System.nanoTime() - seen.atNanos() > RECHECK_AFTER.toNanos()) {
            probe.run();
        } else if (seen.failure() != null) {
            throw seen.failure();
        }
    }
}
