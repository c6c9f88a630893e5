package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.StoreUnavailableException;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseResumingException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseUnavailableException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Waits out an Aurora Serverless cluster that is resuming (v2 scaled to zero answers
 * {@code DatabaseResumingException}, v1 paused answers {@code BadRequestException} with
 * "Communications link failure"): exponential backoff with jitter, within a time budget, then
 * {@link StoreUnavailableException}. Throttling and 5xx are the SDK retry strategy's business.
 */
final class ResumeRetry {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final long FIRST_DELAY_MILLIS = 250;
    private static final long MAX_DELAY_MILLIS = 5_000;

    private final long budgetNanos;

    ResumeRetry(Duration budget) {
        this.budgetNanos = budget.toNanos();
    }

    static boolean isResuming(RdsDataException e) {
        return e instanceof DatabaseResumingException || e instanceof DatabaseUnavailableException
                || e instanceof BadRequestException && e.getMessage() != null
                && e.getMessage().contains("Communications link failure");
    }

    <T> T call(Supplier<T> call) {
        long start = System.nanoTime();
        long delay = FIRST_DELAY_MILLIS;
        while (true) {
            try {
                return call.get();
            } catch (RdsDataException e) {
                if (!isResuming(e)) {
                    throw e;
                }
                long remainingMillis = (budgetNanos - (System.nanoTime() - start)) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new StoreUnavailableException("The Aurora cluster is still resuming after "
                            + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s: " + e.getMessage(), RETRY_AFTER, e);
                }
                // "Equal jitter": half the delay fixed, half random, so waiting callers spread out.
                long sleep = Math.min(remainingMillis, delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
                pause(sleep);
                delay = Math.min(MAX_DELAY_MILLIS, delay * 2);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the Aurora cluster to resume", RETRY_AFTER, e);
        }
    }
}
