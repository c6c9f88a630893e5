package com.example.itemtracker.core.domain;

/**
 * The store failed in a way retrying will not fix (bad credentials, missing table, a bug). The
 * message is for the log: it may name infrastructure and must not be shown to a client.
 */
public final class StoreFailureException extends WorkItemException {

    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
