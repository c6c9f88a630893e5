package com.example.itemtracker.core.domain;

/**
 * The report could not be delivered (the mail service refused it or could not be reached). The
 * message says what to do about it, in words fit for the user who asked for the report; it
 * never carries credentials.
 */
public final class ReportDeliveryException extends WorkItemException {

    public ReportDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
