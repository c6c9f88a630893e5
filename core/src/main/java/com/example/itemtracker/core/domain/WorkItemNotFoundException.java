package com.example.itemtracker.core.domain;

/** No work item has the requested id. */
public final class WorkItemNotFoundException extends WorkItemException {

    private final long id;

    public WorkItemNotFoundException(long id) {
        super("There is no work item with id " + id + ".");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
