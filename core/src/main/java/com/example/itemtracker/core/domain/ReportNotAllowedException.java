package com.example.itemtracker.core.domain;

/** The recipient is not one the service may send reports to; nothing was read or sent. */
public final class ReportNotAllowedException extends WorkItemException {

    public ReportNotAllowedException(String message) {
        super(message);
    }
}
