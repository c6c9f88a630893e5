package com.example.itemtracker.core.domain;

/**
 * The closed set of failures the use cases report. Adapters translate their technology's errors
 * into one of these; the web layer maps each to one HTTP status.
 */
public abstract sealed class WorkItemException extends RuntimeException
        permits InvalidInputException, WorkItemNotFoundException, StoreUnavailableException,
                StoreFailureException, ReportDeliveryException, ReportNotAllowedException, ReportRateLimitedException {

    protected WorkItemException(String message) {
        super(message);
    }

    protected WorkItemException(String message, Throwable cause) {
        super(message, cause);
    }
}
